import type { ReactNode } from "react";
import type { ArticleReadiness } from "@/lib/workflow/readiness";

import Link from "next/link";

/** `correctionsHref`: this article's corrections, offered when one holds it back. */
type ReadinessPanelProps = { readiness: ArticleReadiness; published: boolean; action?: ReactNode; correctionsHref?: string };

/** Blockers listed by name: past this, a list stops helping (a long article can have hundreds). */
export const READINESS_ID = "article-progress";

const LISTED = 20;

/** "n of m claims settled" as a bar, and whether the article may be published. */
export function ReadinessPanel({ readiness, published, action, correctionsHref }: ReadinessPanelProps) {
  const { settled, total, ready, blockers } = readiness;
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
          </summary>
          <ul className="small">
            {blockers.slice(0, LISTED).map((b) => (
              <li key={b}>{b}</li>
            ))}
            {blockers.length > LISTED ? <li className="muted">and {blockers.length - LISTED} more: the claims list shows each one</li> : null}
          </ul>
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
