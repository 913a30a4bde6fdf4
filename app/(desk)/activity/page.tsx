import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/components/ui/format";
import { getDb } from "@/db";
import { listActivity, type ActivityRow } from "@/db/queries/activity";
import { listUsers } from "@/db/queries/users";
import { ACTIVITY_KIND_LABELS, activityDetail, activityPhrase, kindsFor } from "@/lib/audit/activity";
import { ACTIVITY_EXPORT_RECENT_DAYS, ACTIVITY_PAGE_SIZE, activityExportHref, activityFilter, activityHref, exportsRecentDays, parseActivityQuery } from "@/lib/audit/activity-query";
import { peopleForFilter } from "@/lib/audit/person-filter";
import { requirePermission } from "@/lib/auth/guards";
import { shorten } from "@/lib/text/shorten";
import { deskTimeZone } from "../desk-time-zone";

export const metadata: Metadata = { title: "Activity" };

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const SETTINGS_SUBJECTS: Record<string, string> = { scale: "Verdict scale", settings: "Newsroom settings" };

/** What a row is about: its claim (and article), its article, its person, or the setting. */
function About({ row }: { row: ActivityRow }) {
  if (row.claimId && row.claimText !== null) {
    return (
      <>
        <Link href={`/claims/${row.claimId}`}>“{shorten(row.claimText, 90)}”</Link>
        {row.articleId ? (
          <span className="due-when">
            in <Link href={`/articles/${row.articleId}`}>{row.articleTitle}</Link>
          </span>
        ) : null}
      </>
    );
  }
  if (row.articleId) return <Link href={`/articles/${row.articleId}`}>{row.articleTitle}</Link>;
  if (row.subjectName) return <>{row.subjectName}</>;
  if (row.action.startsWith("claim_model.")) return <>Claim finder</>;
  return <span className="muted">{SETTINGS_SUBJECTS[row.entityType] ?? "—"}</span>;
}

/**
 * Activity: the desk's audit trail, newest first, for editors and administrators
 * (people and access for administrators only). Read only: the trail has no edit
 * or delete path anywhere.
 */
export default async function ActivityPage({ searchParams }: PageProps) {
  const user = await requirePermission("audit.view");
  const db = getDb();
  const kinds = kindsFor(user.role === "admin" ? "admin" : "editor");
  const [people, zone] = await Promise.all([listUsers(db), deskTimeZone()]);
  const query = parseActivityQuery(await searchParams, kinds, people.map((p) => p.id));
  const { rows, more } = await listActivity(db, { ...activityFilter(query, kinds, zone), limit: ACTIVITY_PAGE_SIZE });
  const choosable = peopleForFilter(people);
  const filtered = query.kind !== undefined || query.person !== undefined || query.from !== undefined || query.to !== undefined || query.drafts;
  const last = rows.at(-1);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Activity</h1>
          <p>Every change on the desk, newest first: who did what, and when. The record cannot be edited or deleted.</p>
        </div>
        <div className="actions">
          {/* Without chosen days the export is the last month's (the route's default); From and until choose others. */}
          <a className="button" href={activityExportHref(query)} download>
            {exportsRecentDays(query) ? `Export CSV, last ${ACTIVITY_EXPORT_RECENT_DAYS} days` : "Export CSV"}
          </a>
        </div>
      </div>
      <form role="search" aria-label="Filter activity" method="get" action="/activity" className="card article-filters activity-filters">
        <div className="field">
          <label htmlFor="activity-person">Person</label>
          <select id="activity-person" name="person" defaultValue={query.person ?? ""}>
            <option value="">Anyone</option>
            {choosable.active.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
            {choosable.deactivated.length > 0 ? (
              <optgroup label="Deactivated">
                {choosable.deactivated.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        </div>
        <div className="field">
          <label htmlFor="activity-kind">What</label>
          <select id="activity-kind" name="kind" defaultValue={query.kind ?? ""}>
            <option value="">Everything</option>
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {ACTIVITY_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="activity-from">From</label>
          <input id="activity-from" type="date" name="from" defaultValue={query.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="activity-to">until</label>
          <input id="activity-to" type="date" name="to" defaultValue={query.to ?? ""} />
        </div>
        <div className="field checkbox-field">
          <label>
            <input type="checkbox" name="drafts" value="1" defaultChecked={query.drafts} /> Include autosaved drafts
          </label>
        </div>
        <div className="actions">
          <button type="submit" className="primary">
            Show
          </button>
          {filtered ? <Link href="/activity">Clear</Link> : null}
        </div>
      </form>
      {rows.length === 0 ? (
        <div className="card empty">
          <h2>{filtered || query.before ? "Nothing matches" : "Nothing has happened yet"}</h2>
          <p>{filtered ? <Link href="/activity">Show all activity</Link> : "Changes to articles, claims, verdicts and corrections appear here as people make them."}</p>
        </div>
      ) : (
        <div className="card table-card">
          <table className="list stack" aria-label="Activity">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">About</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const detail = activityDetail(row);
                return (
                  <tr key={row.id}>
                    <td className="nowrap">{formatDateTime(row.createdAt, zone)}</td>
                    <td data-label="Who">{row.actorName ?? <span className="muted">The desk</span>}</td>
                    <td data-label="What">
                      {activityPhrase(row)}
                      {detail ? <span className="due-when">“{shorten(detail, 160)}”</span> : null}
                    </td>
                    <td data-label="About">
                      <About row={row} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {query.before || more ? (
        <nav className="pager" aria-label="Older and newer activity">
          {query.before ? <Link href={activityHref({ ...query, before: undefined })}>Newest</Link> : <span />}
          {more && last ? <Link href={activityHref({ ...query, before: last.cursor })}>Older</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
