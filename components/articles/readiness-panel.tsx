import type { ReactNode } from "react";
import type { ArticleReadiness, BlockerGroup } from "@/lib/workflow/readiness";

import Link from "next/link";

/** `correctionsHref`: this article's corrections, offered when one holds it back. */
type ReadinessPanelProps = { readiness: ArticleReadiness; published: boolean; action?: ReactNode; correctionsHref?: string };

export const READINESS_ID = "article-progress";

/** Claims listed by name in each group: past this, a list stops helping (a long article can have hundreds). */
const LISTED_PER_GROUP = 8;

/** "n of m claims settled" as a bar, and whether the article may be published. */
export function ReadinessPanel({ readiness, published, action, correctionsHref }: ReadinessPanelProps) {
  const { settled, total, ready, blockers, groups } = readiness;
  const percent = total === 0 ? 0 : Math.round((settled / total) * 100);
  return (
    <section id={READINESS_ID} className="card readiness" aria-label="Progress">
      <div className="readiness-head">
        <strong>{total === 0 ? "No claims to check" : `${settled} of ${total} ${total === 1 ? "claim" : "claims"} settled`}</strong>
        <div className="actions">
          {published ? (
            <span className="badge info">Published</span>
          ) : ready ? (
            <span className="badge ok">Ready to publish</span>
          ) : (
            <span className="badge warn">Not ready to publish</span>
          )}
          {published ? null : action}
        </div>
      </div>
      {/* No claims, no bar: one from 0 to 0 read as work not started. */}
      {total === 0 ? null : (
        <div className="progress" role="progressbar" aria-label="Claims settled" aria-valuemin={0} aria-valuemax={total} aria-valuenow={settled} aria-valuetext={`${settled} of ${total}`}>
          <span style={{ width: `${percent}%` }} />
        </div>
      )}
      {blockers.length > 0 ? (
        <details>
          <summary>
            {blockers.length} thing{blockers.length === 1 ? "" : "s"} to settle first
            {groups.length > 1 ? <span className="muted">, first {groups[0].short}</span> : null}
          </summary>
          {/* Grouped by what has to happen next, most pressing first, so the one that needs an editor now is not item 7 of 20. */}
          {groups.map((group) => (
            <section key={group.key} className="readiness-group" aria-label={group.title}>
              <h3>
                {group.title} <span className="muted">({group.items.length})</span>
              </h3>
              <ul className="small">
                {group.items.slice(0, LISTED_PER_GROUP).map((item, i) => (
                  <li key={item.claimId ?? `${group.key}-${i}`}>{blockerLink(item, group.key, correctionsHref)}</li>
                ))}
                {group.items.length > LISTED_PER_GROUP ? <li className="muted">and {group.items.length - LISTED_PER_GROUP} more: the claims list shows each one</li> : null}
              </ul>
            </section>
          ))}
          {!published && readiness.pendingCorrections > 0 ? (
            // Before the article runs, readers never saw the error: fixing the copy is the usual way, and then there is nothing to correct in public.
            <p className="small muted">
              The article has not run yet. If its text was fixed instead, discard the correction
              {correctionsHref ? (
                <>
                  {" "}
                  (<Link href={correctionsHref}>this article&apos;s corrections</Link>)
                </>
              ) : null}
              ; the fixed claim is checked again.
            </p>
          ) : null}
        </details>
      ) : null}
    </section>
  );
}

/** A blocker as a link to where it is settled: its claim's page, or the article's corrections. */
function blockerLink(item: BlockerGroup["items"][number], group: BlockerGroup["key"], correctionsHref?: string): ReactNode {
  if (item.claimId) return <Link href={`/claims/${item.claimId}`}>{item.text}</Link>;
  if (group === "corrections_unpublished" && correctionsHref) return <Link href={correctionsHref}>{item.text}</Link>;
  return item.text;
}
