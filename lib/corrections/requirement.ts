/**
 * Whether an approved verdict calls for a correction, read from the newsroom's
 * scale rather than hard-coded keys, because admins can edit the scale.
 */
import type { CorrectionType } from "@/lib/workflow/statuses";
import { findVerdict, type CorrectionNeed, type VerdictScaleEntry } from "@/lib/verdicts/scale";

/**
 * "yes" when the verdict needs a correction, "optional" when one may be added,
 * "no" otherwise. An unknown key (a verdict removed from the scale) answers "no":
 * the correction workflow should not force work on a verdict nobody can see.
 */
export function correctionRequirement(verdictKey: string, scale: readonly VerdictScaleEntry[]): CorrectionNeed {
  return findVerdict(verdictKey, scale)?.needsCorrection ?? "no";
}

/**
 * The correction type to preselect for a verdict: the scale's suggestion, else
 * "correction" when one is required, else null (the editor picks).
 */
export function suggestedCorrectionType(verdictKey: string, scale: readonly VerdictScaleEntry[]): CorrectionType | null {
  const entry = findVerdict(verdictKey, scale);
  if (!entry || entry.needsCorrection === "no") return null;
  return entry.suggestedCorrectionType ?? (entry.needsCorrection === "yes" ? "correction" : null);
}
