/**
 * The colour family a claim is shown in, from its workflow status and verdict.
 * One function so the highlight in the text and the card in the list agree.
 */
export type ClaimToneInput = { status: string; anchorState: string; verdictKey: string | null };

export function claimTone({ status, anchorState, verdictKey }: ClaimToneInput): string {
  if (anchorState === "orphaned") return "orphaned";
  if (status === "stale") return "stale";
  if (status === "proposed") return "suggested";
  if (status === "dismissed") return "dismissed";
  if (status === "approved" && verdictKey) {
    if (verdictKey === "accurate" || verdictKey === "mostly_accurate") return "true";
    if (verdictKey === "misleading" || verdictKey === "inaccurate") return "false";
    if (verdictKey === "mixed") return "mixed";
    return "unverified";
  }
  if (status === "submitted") return "submitted";
  return "open";
}
