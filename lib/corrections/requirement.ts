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

/**
 * The type the "new correction" form starts on. A verdict that needs a correction
 * starts on the scale's suggestion (else "correction"); an optional one on its
 * suggestion (else "clarification", the scale's reading of "optional"); and a
 * verdict that needs none, such as Accurate, on "update", because an editor
 * adding something there is updating or annotating the article, not admitting an
 * error. With no approved verdict yet the desk cannot tell, and starts on
 * "correction", the common case for a claim checked ahead of its sign-off.
 */
export function initialCorrectionType(verdictKey: string | null, scale: readonly VerdictScaleEntry[]): CorrectionType {
  if (verdictKey === null) return "correction";
  const need = correctionRequirement(verdictKey, scale);
  if (need === "no") return "update";
  return suggestedCorrectionType(verdictKey, scale) ?? (need === "yes" ? "correction" : "clarification");
}
