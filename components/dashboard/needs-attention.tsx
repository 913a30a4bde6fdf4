import Link from "next/link";
import { DueTime } from "@/components/ui/due-time";
import { formatDateTime } from "@/components/ui/format";
import { attentionCutNote, type AttentionItem } from "@/lib/workflow/attention";

const REASONS: Record<AttentionItem["reason"], { label: string; tone: string; hint: string }> = {
  overdue: { label: "Overdue", tone: "danger", hint: "" },
  more_time: { label: "Asks for more time", tone: "warn", hint: "" },
  stale: { label: "Stale", tone: "warn", hint: "Its text changed under a verdict: check it again." },
  lost: { label: "Lost", tone: "danger", hint: "Its text is gone from the article: mark it again or dismiss it." },
  released: { label: "Needs a holder", tone: "warn", hint: "Handed back or taken off its holder: assign it again." },
};

/**
 * The claims behind "Overdue assignments" and "Stale or lost claims", each with
 * why it is here and who holds it, so an editor on deadline can act on them: an
 * overdue claim can be reassigned from here, a request for more time answered
 * on its claim's page.
 */
export function NeedsAttention({ items, now, zone, totals }: { items: AttentionItem[]; now: Date; zone: string; totals?: { overdue: number; troubled: number } }) {
  const cut = totals ? attentionCutNote(items, totals) : null;
  return (
    <section className="card table-card" aria-labelledby="attention" id="needs-attention">
      <h2 id="attention" className="table-title">Needs attention</h2>
      {cut ? <p className="muted small">{cut}</p> : null}
      <table className="list stack">
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">Why</th>
            <th scope="col">Held by</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const reason = REASONS[item.reason];
            return (
              <tr key={`${item.reason}-${item.claimId}`}>
                <td>
                  <Link href={`/claims/${item.claimId}`}>{item.claimText}</Link>
                  <div className="muted small">
                    in <Link href={`/articles/${item.articleId}`}>{item.articleTitle}</Link>
                  </div>
                </td>
                <td data-label="Why">
                  <span className={`badge ${reason.tone}`}>{reason.label}</span>
                  {item.reason === "overdue" ? <DueTime value={item.dueAt} now={now} zone={zone} /> : null}
                  {item.reason === "more_time" ? <div className="muted small">Until {formatDateTime(item.dueAt, zone)}</div> : null}
                  {reason.hint ? <div className="muted small">{reason.hint}</div> : null}
                </td>
                <td data-label="Held by">
                  {item.holderName ?? <span className="muted">Nobody</span>}
                  {item.reason === "overdue" || item.reason === "released" ? (
                    <div className="small">
                      <Link href={`/claims/assign?article=${item.articleId}&claim=${item.claimId}`} aria-label={`${item.reason === "overdue" ? "Reassign" : "Assign"} “${item.claimText}”`}>
                        {item.reason === "overdue" ? "Reassign" : "Assign"}
                      </Link>
                    </div>
                  ) : null}
                  {item.reason === "more_time" ? (
                    <div className="small">
                      <Link href={`/claims/${item.claimId}#more-time-heading`} aria-label={`Answer the request for more time on “${item.claimText}”`}>Answer</Link>
                    </div>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
