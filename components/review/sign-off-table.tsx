import Link from "next/link";
import { formatDateTime } from "@/components/ui/format";
import type { SignOffItem } from "@/db/queries/review";
import { VerdictLabel } from "./verdict-label";

type SignOffTableProps = {
  items: SignOffItem[];
  /** How many are waiting in all: `items` may be only the first of them. */
  total: number;
  /** The editor looking: their own verdicts are marked, another editor decides those. */
  viewerId: string;
  zone: string;
  /** Leads to all of them when `items` is not. */
  moreHref: string;
};

/**
 * My queue's "Waiting for sign-off" for editors: each verdict with its label and
 * colour and how many sources back it, those needing a correction first, so the
 * one that changes the story is decided first.
 */
export function SignOffTable({ items, total, viewerId, zone, moreHref }: SignOffTableProps) {
  return (
    <section className="card table-card" aria-labelledby="signoff-heading" style={{ marginBottom: "1rem" }}>
      <h2 id="signoff-heading" style={{ padding: "1rem 1rem 0" }}>
        Waiting for sign-off <span className="muted small">({total})</span>
      </h2>
      <table className="list stack">
        <thead>
          <tr><th scope="col">Claim</th><th scope="col">Verdict</th><th scope="col">Article</th><th scope="col">Written by</th><th scope="col">Submitted</th></tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.claimId}>
              <td><Link href={`/claims/${item.claimId}`}>{item.claimText}</Link></td>
              <td data-label="Verdict">
                <VerdictLabel label={item.verdictLabel} color={item.verdictColor} />
                <div className="muted small">{item.evidenceCount} source{item.evidenceCount === 1 ? "" : "s"}</div>
              </td>
              <td data-label="Article">{item.articleTitle}</td>
              <td data-label="Written by">{item.authorName}{item.authorId === viewerId ? <span className="badge" style={{ marginLeft: "0.4rem" }}>You: another editor decides</span> : null}</td>
              <td data-label="Submitted">{formatDateTime(item.submittedAt, zone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length < total ? (
        <p className="small" style={{ padding: "0 1rem 1rem", margin: 0 }}>
          <Link href={moreHref}>Show all {total}</Link>
        </p>
      ) : null}
    </section>
  );
}
