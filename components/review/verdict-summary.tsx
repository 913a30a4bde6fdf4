import { formatDateTime, formatDay } from "@/components/ui/format";
import styles from "./review.module.css";
import { VerdictLabel } from "./verdict-label";
import { STANCE_LABELS, type ScaleOption, type VerdictSnapshot } from "./types";

const STATE_BADGES: Record<VerdictSnapshot["state"], [string, string]> = {
  draft: ["Draft", ""],
  submitted: ["Waiting for sign-off", "info"],
  returned: ["Returned", "warn"],
  approved: ["Approved", "ok"],
  superseded: ["Superseded", ""],
};

/**
 * Only web addresses become links. A draft's sources are not checked yet (the
 * reviewer may be half way through typing one), so a draft could hold a data: or
 * an app's own scheme, which an editor reading it must not be one click from.
 */
const isWebAddress = (url: string) => /^https?:\/\//i.test(url.trim());

/** A verdict version read-only: label, rationale, sources, who wrote and who decided it. */
export function VerdictSummary({ verdict, scale, zone }: { verdict: VerdictSnapshot; scale: ScaleOption[]; zone: string }) {
  const entry = scale.find((s) => s.key === verdict.verdictKey);
  const [stateLabel, tone] = STATE_BADGES[verdict.state];
  return (
    <div>
      <div className="actions">
        <VerdictLabel label={verdict.approvedLabel ?? entry?.label} color={entry?.color} />
        <span className={`badge ${tone}`}>{stateLabel}</span>
        <span className="muted small">
          Version {verdict.number} by {verdict.reviewerName}
          {verdict.approverName ? `, ${verdict.state === "returned" ? "returned" : "signed off"} by ${verdict.approverName}` : ""} · {formatDateTime(verdict.updatedAt, zone)}
        </span>
      </div>
      <p className={styles.rationale}>{verdict.rationale || <span className="muted">No rationale.</span>}</p>
      {verdict.evidence.length > 0 ? (
        <ul className={styles.sources} aria-label="Evidence">
          {verdict.evidence.map((item, index) => (
            <li key={index}>
              <span className={`badge ${item.stance === "supports" ? "ok" : item.stance === "contradicts" ? "danger" : "info"}`}>{STANCE_LABELS[item.stance]}</span>{" "}
              {isWebAddress(item.url) ? (
                <a href={item.url} rel="noreferrer noopener" target="_blank">{item.title || item.url}</a>
              ) : (
                <span>{item.title || item.url}</span>
              )}
              <span className="muted small"> {item.publisher ? `· ${item.publisher} ` : ""}· accessed {formatDay(item.accessedOn)}</span>
              {item.archiveUrl && isWebAddress(item.archiveUrl) ? <span className="small"> · <a href={item.archiveUrl} rel="noreferrer noopener" target="_blank">archived copy</a></span> : null}
              {item.quote ? <q>{item.quote}</q> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
