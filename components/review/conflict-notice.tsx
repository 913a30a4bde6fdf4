import { formatDateTime } from "@/components/ui/format";
import { useDeskZone } from "@/components/ui/desk-zone";
import styles from "./review.module.css";
import { CONFLICT_MESSAGE } from "./schemas";
import type { ScaleOption, VerdictSnapshot } from "./types";

type ConflictNoticeProps = {
  current: VerdictSnapshot | null;
  /** The person looking: a save of their own was made in another tab or window. */
  viewerId: string;
  scale: ScaleOption[];
  onLoadTheirs: () => void;
  onKeepMine: () => void;
};

/**
 * Shown when someone saved this verdict after the reviewer opened it. It shows
 * the saved state next to the form (which still holds the reviewer's typing) and
 * lets them choose: load the saved version, or save theirs over it on purpose.
 */
export function ConflictNotice({ current, viewerId, scale, onLoadTheirs, onKeepMine }: ConflictNoticeProps) {
  // On the desk's clock, with its zone, as every other time on the desk.
  const zone = useDeskZone();
  const label = scale.find((s) => s.key === current?.verdictKey)?.label ?? "No verdict chosen";
  return (
    <div className={styles.conflict} role="alert" aria-labelledby="conflict-heading">
      <h3 id="conflict-heading">{CONFLICT_MESSAGE}</h3>
      {current ? (
        <>
          <p className="small">
            {/* Named, the reviewer's own save read as a colleague's: at 11 pm that looks like someone took the claim. */}
            {current.reviewerId === viewerId ? "You" : current.reviewerName} saved version {current.number} ({current.state}) at {formatDateTime(new Date(current.updatedAt), zone)}
            {current.reviewerId === viewerId ? ", in another tab or window" : ""}. The saved state:
          </p>
          <blockquote aria-label="Saved version">
            <strong>{label}</strong>
            <div style={{ whiteSpace: "pre-wrap" }}>{current.rationale || "No rationale yet."}</div>
            <div className="muted small">{current.evidence.length} evidence {current.evidence.length === 1 ? "item" : "items"}</div>
          </blockquote>
        </>
      ) : (
        <p className="small">The verdict you were editing is gone.</p>
      )}
      <p className="small">Your typing is still in the form below. Nothing was overwritten.</p>
      {/* A version with the editors (or decided) takes no edits: only a draft can be replaced. */}
      {current && current.state !== "draft" && current.state !== "returned" ? (
        <p className="small">That version was {current.state === "submitted" ? "submitted for sign-off" : current.state} and takes no edits: copy anything of yours you want to keep, then reload.</p>
      ) : null}
      <div className="actions">
        <button type="button" onClick={onLoadTheirs}>Load the saved version</button>
        {current && current.state !== "draft" && current.state !== "returned" ? null : (
          <button type="button" className="danger" onClick={onKeepMine}>Replace it with mine</button>
        )}
      </div>
    </div>
  );
}
