import type { VerdictChanges } from "@/lib/workflow/verdict-changes";
import styles from "./review.module.css";
import { STANCE_LABELS, type EvidenceValue, type ScaleOption } from "./types";

type Props = { changes: VerdictChanges<EvidenceValue>; returnedNumber: number; scale: ScaleOption[] };

function SourceList({ sources }: { sources: EvidenceValue[] }) {
  return (
    <ul className={styles.changedSources}>
      {sources.map((source) => (
        <li key={source.url}>
          {source.title || source.url} <span className="muted small">· {STANCE_LABELS[source.stance]}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * For the editor deciding a resubmitted verdict: what the reviewer changed since
 * the version that was returned, so only the difference needs reading.
 */
export function VerdictChangesCard({ changes, returnedNumber, scale }: Props) {
  const label = (key: string | null) => (key === null ? "None" : (scale.find((option) => option.key === key)?.label ?? key));
  return (
    <section className="card" aria-labelledby="changes-heading">
      <h2 id="changes-heading">Changed since version {returnedNumber} was returned</h2>
      {changes.unchanged ? (
        <p className="muted">Sent back without changes.</p>
      ) : (
        <dl className={styles.facts}>
          {changes.verdict ? (
            <>
              <dt>Verdict</dt>
              <dd className="diff-inline">
                <del>{label(changes.verdict.from)}</del> → <ins>{label(changes.verdict.to)}</ins>
              </dd>
            </>
          ) : null}
          {changes.rationale ? (
            <>
              <dt>Rationale</dt>
              <dd className="diff-inline" aria-label="Rationale changes">
                {changes.rationale.map((part, index) =>
                  part.kind === "added" ? <ins key={index}>{part.text}</ins> : part.kind === "removed" ? <del key={index}>{part.text}</del> : <span key={index}>{part.text}</span>,
                )}
              </dd>
            </>
          ) : null}
          {changes.added.length > 0 ? (<><dt>Sources added</dt><dd><SourceList sources={changes.added} /></dd></>) : null}
          {changes.revised.length > 0 ? (
            <>
              <dt>Sources revised</dt>
              <dd>
                <ul className={styles.changedSources}>
                  {changes.revised.map(({ source, was, changed }) => (
                    <li key={source.url}>
                      {source.title || source.url}{" "}
                      <span className="muted small">
                        · {changed.map((field) => (field === "stance" ? `${STANCE_LABELS[was.stance]} → ${STANCE_LABELS[source.stance]}` : `${field} changed`)).join(", ")}
                      </span>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          {changes.removed.length > 0 ? (<><dt>Sources removed</dt><dd><SourceList sources={changes.removed} /></dd></>) : null}
        </dl>
      )}
    </section>
  );
}
