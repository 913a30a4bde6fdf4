import { CORRECTION_TYPE_LABELS, type CorrectionStatus, type CorrectionType } from "@/lib/workflow/statuses";

/** Labels and badge tones for a correction's status. */
export const CORRECTION_STATUS_LABELS: Record<CorrectionStatus, string> = { draft: "Draft", approved: "Approved", published: "Published" };
export const CORRECTION_STATUS_TONE: Record<CorrectionStatus, string> = { draft: "badge warn", approved: "badge info", published: "badge ok" };

type CorrectionBadgesProps = { type: CorrectionType; status: CorrectionStatus };

/** The type and status of a correction as two badges. */
export function CorrectionBadges({ type, status }: CorrectionBadgesProps) {
  return (
    <span style={{ display: "inline-flex", gap: "0.35rem" }}>
      <span className="badge">{CORRECTION_TYPE_LABELS[type]}</span>
      <span className={CORRECTION_STATUS_TONE[status]}>{CORRECTION_STATUS_LABELS[status]}</span>
    </span>
  );
}
