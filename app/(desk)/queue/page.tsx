import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/components/ui/format";
import { getDb } from "@/db";
import { listQueue } from "@/db/queries/queue";
import { requirePermission } from "@/lib/auth/guards";
import { CLAIM_STATUS_LABELS } from "@/lib/workflow/statuses";

export const metadata: Metadata = { title: "My queue" };

export default async function QueuePage() {
  const user = await requirePermission("queue.view");
  const items = await listQueue(getDb(), { reviewerId: user.id });
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.claimStatus, (counts.get(item.claimStatus) ?? 0) + 1);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>My queue</h1>
          <p>Claims assigned to you, soonest due first.</p>
        </div>
        <div className="actions" aria-label="Counts by state">
          {[...counts].map(([status, n]) => (
            <span key={status} className="badge info">
              {CLAIM_STATUS_LABELS[status as keyof typeof CLAIM_STATUS_LABELS]}: {n}
            </span>
          ))}
        </div>
      </div>
      {items.length === 0 ? (
        <div className="card empty">
          <h2>Your queue is empty</h2>
          <p>When an editor assigns you a claim, it appears here with its due time. You will also get a notification.</p>
        </div>
      ) : (
        <div className="card table-card">
          <table className="list">
            <thead>
              <tr>
                <th scope="col">Claim</th>
                <th scope="col">Article</th>
                <th scope="col">State</th>
                <th scope="col">Due</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => {
                return (
                  <tr key={item.assignmentId}>
                    <td>
                      <Link href={`/claims/${item.claimId}`}>{item.claimText}</Link>
                      {item.note ? <div className="muted small">Note: {item.note}</div> : null}
                    </td>
                    <td>{item.articleTitle}</td>
                    <td>
                      <span className="badge">{CLAIM_STATUS_LABELS[item.claimStatus]}</span>
                      {item.priority === "high" || item.priority === "urgent" ? <span className="badge warn"> {item.priority}</span> : null}
                    </td>
                    <td>
                      {formatDateTime(item.dueAt)} {item.overdue ? <span className="badge danger">Overdue</span> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
