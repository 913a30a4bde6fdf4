import type { Metadata } from "next";
import Link from "next/link";
import { PageLinks } from "@/components/ui/page-links";
import { PageNotice } from "@/components/ui/page-notice";
import { redirect } from "next/navigation";
import { formatDate } from "@/components/ui/format";
import { getDb } from "@/db";
import { countHeldClaims, listAwayPeople, listPeoplePage } from "@/db/queries/users";
import { MAX_SEARCH_LENGTH } from "@/lib/articles/list-query";
import { requirePermission } from "@/lib/auth/guards";
import { pageSpan } from "@/lib/paging/pages";
import { dayIn } from "@/lib/time/days";
import { AddUserForm } from "./add-user-form";
import { AwayControl } from "./away-control";
import { ResetPassword } from "./reset-password";
import { UserRowControls } from "./user-row-controls";
import { deskTimeZone } from "../desk-time-zone";
import styles from "./people.module.css";
import { PEOPLE_PAGE_SIZE, PEOPLE_STATUS_LABELS, PEOPLE_STATUSES, parsePeopleQuery, peopleHref, peopleSummary, type PeopleStatus } from "./people-query";

export const metadata: Metadata = { title: "Admin" };

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * People on the desk and the desk's settings. The people list is searched by
 * name or e-mail and kept to the active people unless asked otherwise, newest
 * first, a page at a time with its count; the search lives in the URL.
 */
export default async function AdminPage({ searchParams }: PageProps) {
  const admin = await requirePermission("users.manage");
  const now = new Date();
  const query = parsePeopleQuery(await searchParams);
  const db = getDb();
  const [found, zone, away, held] = await Promise.all([
    listPeoplePage(db, { search: query.q, status: query.status, limit: PEOPLE_PAGE_SIZE, offset: (query.page - 1) * PEOPLE_PAGE_SIZE }),
    deskTimeZone(),
    listAwayPeople(db, now),
    countHeldClaims(db),
  ]);
  const total = query.status === "all" ? found.counts.active + found.counts.deactivated : found.counts[query.status];
  const span = pageSpan(total, query.page, PEOPLE_PAGE_SIZE);
  // A page past the end (someone was deactivated meanwhile, or a hand-edited URL) is sent to the last one.
  if (span.pastEnd) redirect(peopleHref(query, span.pages));
  const people = found.rows;
  const filtered = query.q !== "" || query.status !== "active";
  const counted = (status: PeopleStatus) => (status === "all" ? found.counts.active + found.counts.deactivated : found.counts[status]);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Admin</h1>
          <p>People on the desk and their roles. Deactivated people cannot sign in; their history stays.</p>
        </div>
        <div className="actions">
          <Link className="button" href="/admin/scale">
            Verdict scale
          </Link>
          <Link className="button" href="/admin/settings">
            Newsroom settings
          </Link>
          <Link className="button" href="/admin/claim-finder">
            Claim finder
          </Link>
          <Link className="button" href="/activity?kind=people">
            Activity
          </Link>
        </div>
      </div>
      <section className="card" aria-labelledby="add-user-heading">
        <h2 id="add-user-heading">Add a person</h2>
        <AddUserForm />
      </section>
      <section aria-labelledby="people-heading" className={styles.people}>
        <h2 id="people-heading">People</h2>
        <form role="search" aria-label="Find people" method="get" action="/admin" className="card article-filters">
          <div className="field">
            <label htmlFor="people-q">Search people</label>
            <input id="people-q" type="search" name="q" defaultValue={query.q} maxLength={MAX_SEARCH_LENGTH} placeholder="Name or e-mail" />
          </div>
          <div className="field">
            <label htmlFor="people-status">Status</label>
            <select id="people-status" name="status" defaultValue={query.status}>
              {PEOPLE_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {PEOPLE_STATUS_LABELS[status]} ({counted(status)})
                </option>
              ))}
            </select>
          </div>
          <div className="actions">
            <button type="submit" className="primary">
              Find
            </button>
            {filtered ? <Link href="/admin">Clear</Link> : null}
          </div>
        </form>
        {/* Not a live region: the page's own messages (a person added, a role saved) are the ones to announce. */}
        <p className={styles.summary} id="people-summary">
          {peopleSummary(query, span, total)}
          {query.status === "active" && found.counts.deactivated > 0 ? (
            <>
              {" "}
              · <Link href={peopleHref({ ...query, status: "deactivated" })}>{found.counts.deactivated} deactivated</Link>
            </>
          ) : null}
        </p>
        <PageNotice>
          {people.length === 0 ? (
            <div className="card empty">
              <h2>Nobody matches</h2>
              <p>
                Try part of the name or e-mail, or another status, or <Link href={peopleHref({ q: "", status: "all" })}>show everyone</Link>.
              </p>
            </div>
          ) : (
            <div className="card table-card">
              <table className="list stack" aria-label="People" aria-describedby="people-summary">
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Email</th>
                    <th scope="col">Status</th>
                    <th scope="col">Since</th>
                    <th scope="col">Role and access</th>
                  </tr>
                </thead>
                <tbody>
                  {people.map((person) => (
                    <tr key={person.id}>
                      <td>{person.name}</td>
                      <td data-label="Email">{person.email}</td>
                      <td data-label="Status">
                        {!person.active ? (
                          <span className="badge">Deactivated</span>
                        ) : away.has(person.id) ? (
                          <span className="badge warn">Away until {formatDate(away.get(person.id)!, zone)}</span>
                        ) : (
                          <span className="badge ok">Active</span>
                        )}
                      </td>
                      <td data-label="Since">{formatDate(person.createdAt, zone)}</td>
                      <td data-label="Role and access" className="people-actions">
                        <UserRowControls
                          userId={person.id}
                          name={person.name}
                          role={person.role}
                          active={person.active}
                          held={held.get(person.id) ?? 0}
                          self={person.id === admin.id}
                        />
                        <div className="row-tools">
                          {person.id !== admin.id ? <ResetPassword userId={person.id} name={person.name} /> : null}
                          {person.active ? (
                            <AwayControl userId={person.id} name={person.name} awayDay={away.has(person.id) ? dayIn(zone, away.get(person.id)!) : null} today={dayIn(zone, now)} />
                          ) : null}
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </PageNotice>
        <PageLinks label="Pages of people" page={span.page} pages={span.pages} href={(n) => peopleHref(query, n)} />
      </section>
    </>
  );
}
