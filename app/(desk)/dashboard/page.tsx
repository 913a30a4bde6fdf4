import type { Metadata } from "next";
import Link from "next/link";
import { NeedsAttention } from "@/components/dashboard/needs-attention";
import { DueTime } from "@/components/ui/due-time";
import { formatRelative } from "@/components/ui/format";
import { getDb } from "@/db";
import { listArticles } from "@/db/queries/articles";
import { listReviewerWorkloads } from "@/db/queries/assignments";
import { listActivity } from "@/db/queries/activity";
import { deskCounts, listNeedsAttention, openArticleTotals } from "@/db/queries/dashboard";
import { kindsFor } from "@/lib/audit/activity";
import { activityRuns, runPhrase } from "@/lib/audit/activity-runs";
import { activityFilter } from "@/lib/audit/activity-query";
import { requirePermission } from "@/lib/auth/guards";
import { shorten } from "@/lib/text/shorten";
import { busiestFirst } from "@/lib/workflow/workload-view";
import { isNewsroomNamed } from "@/db/queries/settings";
import { awayNote } from "@/lib/workflow/away";
import { can } from "@/lib/workflow/permissions";
import { deskTimeZone } from "../desk-time-zone";

export const metadata: Metadata = { title: "Dashboard" };

/** Events read for "Latest activity": enough that one big auto-assign (one event per claim) still leaves room for what came before it. */
const ACTIVITY_READ = 400;

/** Articles in "By deadline": the nearest deadlines are the work; the rest (abandoned drafts too) are on the Articles list. */
const BY_DEADLINE_SHOWN = 25;

/** One figure; with `href`, the whole card leads to where that work is done. */
function Stat({ label, value, tone, href }: { label: string; value: string | number; tone?: "warn" | "danger"; href?: string }) {
  const className = `card stat${tone ? ` stat-${tone}` : ""}${href ? " stat-link" : ""}`;
  const body = (
    <>
      <div className="muted small">{label}</div>
      <div className="stat-value">{value}</div>
    </>
  );
  return href ? <Link className={className} href={href}>{body}</Link> : <div className={className}>{body}</div>;
}

export default async function DashboardPage() {
  const user = await requirePermission("dashboard.view");
  const db = getDb();
  const kinds = kindsFor(user.role === "admin" ? "admin" : "editor");
  const [open, totals, counts, reviewers, zone, activity, attention, named] = await Promise.all([
    listArticles(db, { viewerId: user.id, all: true, status: "open", order: "deadline", limit: BY_DEADLINE_SHOWN }),
    openArticleTotals(db),
    deskCounts(db),
    listReviewerWorkloads(db),
    deskTimeZone(),
    // Only what the viewer may read on the Activity page (dashboard.view and audit.view are both editors and admins).
    can(user.role, "audit.view") ? listActivity(db, { ...activityFilter({ drafts: false }, kinds, "UTC" /* no days asked: no clock read */), limit: ACTIVITY_READ }) : { rows: [], more: false },
    listNeedsAttention(db),
    // Only an admin can name the newsroom, so only an admin is asked to.
    can(user.role, "settings.manage") ? isNewsroomNamed(db) : true,
  ]);
  const workloads = busiestFirst(reviewers);
  const now = new Date();
  const suggestions = totals.suggested;
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Dashboard</h1>
          <p>Where the desk stands across every article not yet published.</p>
        </div>
      </div>
      {named ? null : (
        <p className="form-note" role="note">
          Exports name your newsroom &ldquo;Our newsroom&rdquo; at newsroom.example until you set its name and web address in{" "}
          <Link href="/admin/settings">Newsroom settings</Link>.
        </p>
      )}
      <div className="stats">
        <Stat label="Articles in progress" value={totals.articles} />
        <Stat label="Claims settled" value={`${totals.settled} / ${totals.claims}`} />
        <Stat label="Waiting for sign-off" value={counts.waitingForSignOff} tone={counts.waitingForSignOff ? "warn" : undefined} href={counts.waitingForSignOff ? "/queue#signoff-heading" : undefined} />
        <Stat label="Overdue assignments" value={counts.overdue} tone={counts.overdue ? "danger" : undefined} href={counts.overdue ? "#needs-attention" : undefined} />
        <Stat label="Stale or lost claims" value={counts.stale + counts.orphaned} tone={counts.stale + counts.orphaned ? "danger" : undefined} href={counts.stale + counts.orphaned ? "#needs-attention" : undefined} />
        <Stat label="Suggestions to curate" value={suggestions} href={suggestions ? "#by-deadline" : undefined} />
      </div>
      <div className="dashboard-grid">
        <div className="dashboard-main">
          <section className="card table-card" aria-labelledby="by-deadline">
            <h2 id="by-deadline" className="table-title">By deadline</h2>
            {open.length === 0 ? (
              <p className="empty">
                Nothing in progress. Bring in an article from <Link href="/articles">Articles</Link> to start a check.
              </p>
            ) : (
              <table className="list stack deadline-table">
                <thead>
                  <tr>
                    <th scope="col">Article</th>
                    <th scope="col">Deadline</th>
                    <th scope="col">Progress</th>
                  </tr>
                </thead>
                <tbody>
                  {open.map((a) => (
                    <tr key={a.id}>
                      <td>
                        <Link href={`/articles/${a.id}`}>{a.title}</Link>
                      </td>
                      <td data-label="Deadline">
                        <DueTime value={a.deadline} now={now} zone={zone} />
                      </td>
                      <td data-label="Progress" style={{ minWidth: 160 }}>
                        <div className="small">
                          {a.claimCount === 0 ? <span className="muted">No claims</span> : `${a.settledCount} of ${a.claimCount} settled`}
                          {a.suggestedCount ? <span className="muted"> · {a.suggestedCount} to curate</span> : null}
                        </div>
                        {a.claimCount === 0 ? null : (
                          <div className="progress" aria-hidden="true">
                            <span style={{ width: `${Math.round((a.settledCount / a.claimCount) * 100)}%` }} />
                          </div>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {totals.articles > open.length ? (
              <p className="small" style={{ padding: "0 1rem 1rem", margin: 0 }}>
                The {open.length} nearest deadlines of {totals.articles} in progress. <Link href="/articles?status=open">All articles in progress</Link>
              </p>
            ) : null}
          </section>
          {attention.length > 0 ? <NeedsAttention items={attention} now={now} zone={zone} totals={{ overdue: counts.overdue, troubled: counts.stale + counts.orphaned }} /> : null}
        </div>
        <div className="dashboard-side">
          <section className="card table-card" aria-labelledby="workloads">
            <h2 id="workloads" className="table-title">Reviewers&apos; open claims</h2>
            {reviewers.length === 0 ? (
              <p className="empty">No active reviewers. Add people in Admin.</p>
            ) : (
              <table className="list">
                <tbody>
                  {workloads.shown.map((r) => {
                    const away = awayNote(r.awayUntil, now, zone);
                    return (
                      <tr key={r.id}>
                        <td>
                          {r.name}
                          {away ? <span className="due-when">{away}</span> : null}
                        </td>
                        <td style={{ textAlign: "right" }}>{r.openCount}</td>
                      </tr>
                    );
                  })}
                  {workloads.more > 0 ? (
                    <tr>
                      <td colSpan={2} className="muted small">
                        {workloads.more} more {workloads.more === 1 ? "reviewer" : "reviewers"}
                        {workloads.moreAllIdle ? " with no open claims" : " with fewer open claims"}
                      </td>
                    </tr>
                  ) : null}
                </tbody>
              </table>
            )}
          </section>
          <section className="card" aria-labelledby="latest-activity">
            <h2 id="latest-activity">Latest activity</h2>
            {activity.rows.length === 0 ? (
              <p className="muted">Nothing yet.</p>
            ) : (
              <ul className="activity-feed">
                {activityRuns(activity.rows, 8).map(({ latest: row, count, articleId }) => (
                  <li key={row.id}>
                    <strong>{row.actorName ?? "The desk"}</strong> {runPhrase({ latest: row, count, articleId })}
                    {count > 1 ? (
                      articleId ? (
                        <>
                          {" "}
                          · <Link href={`/articles/${articleId}`}>{row.articleTitle}</Link>
                        </>
                      ) : null
                    ) : row.claimText !== null && row.claimId ? (
                      <>
                        {" "}
                        · <Link href={`/claims/${row.claimId}`}>{shorten(row.claimText, 60)}</Link>
                      </>
                    ) : row.articleId ? (
                      <>
                        {" "}
                        · <Link href={`/articles/${row.articleId}`}>{row.articleTitle}</Link>
                      </>
                    ) : row.subjectName ? (
                      // A person: "Ada Admin added them as editor · Rae Reviewer".
                      <> · {row.subjectName}</>
                    ) : null}
                    <span className="due-when">{formatRelative(row.createdAt, now)}</span>
                  </li>
                ))}
              </ul>
            )}
            <p className="small" style={{ marginBottom: 0 }}>
              <Link href="/activity">All activity</Link>
            </p>
          </section>
        </div>
      </div>
    </>
  );
}
