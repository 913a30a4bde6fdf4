import { formatDateTime } from "@/components/ui/format";
import { historyLines, type HistoryEntry } from "./history-labels";
import styles from "./review.module.css";

/** The claim's audit trail as a timeline, oldest first. */
export function HistoryPanel({ events, zone }: { events: HistoryEntry[]; zone: string }) {
  const lines = historyLines(events, (value) => formatDateTime(value, zone));
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      {lines.length === 0 ? (
        <p className="muted small">Nothing has happened to this claim yet.</p>
      ) : (
        <ol className={styles.timeline} aria-label="Claim history">
          {lines.map((line) => (
            <li key={line.id} data-tone={line.tone}>
              {line.text}
              {/* Only a run of draft saves is counted: autosave writes one at every pause in typing. */}
              {line.count > 1 ? <span className="muted"> (last of {line.count} saves)</span> : null}
              {line.detail ? <div><q>{line.detail}</q></div> : null}
              <time dateTime={line.createdAt.toISOString()}>{formatDateTime(line.createdAt, zone)}</time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
