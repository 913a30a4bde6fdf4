import Link from "next/link";
import { DueTime } from "@/components/ui/due-time";
import { formatDateTime } from "@/components/ui/format";
import { isDueSoon } from "@/lib/workflow/due-reminders";
import { CLAIM_STATUS_LABELS, type ClaimStatus, type Priority } from "@/lib/workflow/statuses";

type QueueRow = {
  assignmentId: string;
  claimId: string;
  claimText: string;
  claimStatus: ClaimStatus;
  articleTitle: string;
  dueAt: Date | null;
  priority: Priority;
  note: string;
  overdue: boolean;
  moreTimeUntil: Date | null;
  lost?: boolean;
};

const TONE: Partial<Record<ClaimStatus, string>> = { returned: "warn", submitted: "info", approved: "ok", stale: "danger" };

type QueueTableProps = {
  title: string;
  items: QueueRow[];
  empty: string;
  now: Date;
  zone: string;
  /** Sent to the editors (submitted or signed off): due times no longer press. */
  done?: boolean;
  /** Claims due within this many minutes are marked "Due soon" (the reminder's lead time). */
  dueSoonMinutes?: number;
  /** Only the first `limit` rows, with `moreHref` leading to all of them. */
  limit?: number;
  moreHref?: string;
};

/** One section of My queue as a table: claim (linked), article, state, due. */
export function QueueTable({ title, items, empty, now, zone, done = false, dueSoonMinutes = 0, limit, moreHref }: QueueTableProps) {
  const rows = limit === undefined ? items : items.slice(0, limit);
  const headingId = `queue-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section className="card table-card" aria-labelledby={headingId} style={{ marginBottom: "1rem" }}>
      <h2 id={headingId} style={{ padding: "1rem 1rem 0" }}>{title} <span className="muted small">({items.length})</span></h2>
      {items.length === 0 ? (
        <p className="muted" style={{ padding: "0 1rem 1rem" }}>{empty}</p>
      ) : (
        <table className="list stack queue-table">
          <thead>
            <tr><th scope="col">Claim</th><th scope="col">Article</th><th scope="col">State</th><th scope="col">Due</th></tr>
          </thead>
          <tbody>
            {rows.map((item) => (
              <tr key={item.assignmentId}>
                <td>
                  <Link href={`/claims/${item.claimId}`}>{item.claimText}</Link>
                  {item.note ? <div className="muted small">Note: {item.note}</div> : null}
                </td>
                <td data-label="Article">{item.articleTitle}</td>
                <td data-label="State">
                  <span className={`badge ${TONE[item.claimStatus] ?? ""}`}>{CLAIM_STATUS_LABELS[item.claimStatus]}</span>
                  {item.lost ? (
                    <>
                      {" "}
                      <span className="badge danger">Lost</span>
                      <div className="muted small">Its words are no longer in the article: an editor decides what happens to it.</div>
                    </>
                  ) : null}
                  {item.priority === "high" || item.priority === "urgent" ? <> <span className="badge warn">{item.priority === "urgent" ? "Urgent" : "High"}</span></> : null}
                </td>
                <td data-label="Due">
                  <DueTime value={item.dueAt} now={now} zone={zone} done={done} />
                  {item.overdue ? <span className="badge danger">Overdue</span> : null}
                  {!done && !item.overdue && isDueSoon(item.dueAt, now, dueSoonMinutes) ? <span className="badge warn">Due soon</span> : null}
                  {!done && item.moreTimeUntil ? <div className="muted small">More time asked: until {formatDateTime(item.moreTimeUntil, zone)}</div> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rows.length < items.length && moreHref ? (
        <p className="small" style={{ padding: "0 1rem 1rem", margin: 0 }}>
          <Link href={moreHref}>Show all {items.length}</Link>
        </p>
      ) : null}
    </section>
  );
}
