/**
 * What the memo says about one claim's outcome, decided once here so every
 * format (and the summary) agrees: dismissed, a verdict (approved, awaiting
 * sign-off or returned), or nothing yet. A draft verdict never counts as an
 * outcome; it only shows as "a draft is in progress".
 */
import { CLAIM_STATUS_LABELS, DISMISS_REASON_LABELS, type DismissReason } from "@/lib/workflow/statuses";
import { earlierWording as wordsCheckedBefore } from "@/lib/verdicts/checked-words";
import type { MemoClaim, MemoDismissal, MemoVerdict, MemoVerdictState } from "./types";

export type MemoDecision =
  | { kind: "dismissed"; dismissal: MemoDismissal }
  | { kind: "verdict"; state: MemoVerdictState; verdict: MemoVerdict; draftInProgress: boolean }
  | { kind: "none"; draftInProgress: boolean };

/** Lower case: the memo reads "Dismissed: opinion". */
export const DISMISS_REASON_TEXT = Object.fromEntries(
  Object.entries(DISMISS_REASON_LABELS).map(([reason, label]) => [reason, label.toLowerCase()]),
) as Record<DismissReason, string>;

/** The verdict's state; inputs that do not say are approved when dated so, else submitted. */
export function verdictState(verdict: MemoVerdict): MemoVerdictState {
  return verdict.state ?? (verdict.approvedAt !== null ? "approved" : "submitted");
}

/**
 * A claim's outcome as the memo shows it. A dismissal wins over any verdict
 * recorded before it (a stale claim can be dismissed): the claim is no longer
 * one the desk checks, so an old verdict would mislead.
 */
export function decisionOf(claim: MemoClaim): MemoDecision {
  const draftInProgress = claim.draftInProgress === true;
  if (claim.status === "dismissed") return { kind: "dismissed", dismissal: claim.dismissal ?? { reason: "other", note: null } };
  if (claim.verdict) return { kind: "verdict", state: verdictState(claim.verdict), verdict: claim.verdict, draftInProgress };
  return { kind: "none", draftInProgress };
}

/** The claim's status as the memo prints it, saying when its words have left the article. */
export function statusText(claim: Pick<MemoClaim, "status" | "lost">): string {
  return `${CLAIM_STATUS_LABELS[claim.status]}${claim.lost ? " — no longer in the article's text" : ""}`;
}

/** "opinion", or "opinion — the columnist's view" with the editor's note. */
export function dismissalText(dismissal: MemoDismissal): string {
  const note = dismissal.note?.trim();
  return note ? `${DISMISS_REASON_TEXT[dismissal.reason]} — ${note}` : DISMISS_REASON_TEXT[dismissal.reason];
}

/** " (2/5)" after a verdict label, or nothing for a verdict without a rating. */
export function ratingText(ratingValue: number | null): string {
  return ratingValue === null ? "" : ` (${ratingValue}/5)`;
}

const STATE_TEXT: Record<MemoVerdictState, string> = {
  approved: "",
  submitted: "submitted, awaiting sign-off",
  returned: "returned to the reviewer",
};

/** What a reader must know beside the label: not signed off yet, returned, a newer draft underway. */
export function verdictNotes(decision: Extract<MemoDecision, { kind: "verdict" }>): string[] {
  return [STATE_TEXT[decision.state], decision.draftInProgress ? "a newer version is in progress" : ""].filter(Boolean);
}

/**
 * What follows the label on the "Verdict" line of Markdown and Word:
 * " (1/5) (version 2)", " (3/5) (version 1) — submitted, awaiting sign-off".
 */
export function verdictSuffix(decision: Extract<MemoDecision, { kind: "verdict" }>): string {
  const notes = verdictNotes(decision);
  return `${ratingText(decision.verdict.ratingValue)} (version ${decision.verdict.version})${notes.length > 0 ? ` — ${notes.join("; ")}` : ""}`;
}

/** Follows the earlier words on the memo's "Words checked" line. */
export const EARLIER_WORDING_NOTE = "the article's words changed after this verdict";

/** The words `verdict` was given for when the claim's words have changed since (see lib/verdicts/checked-words). */
export function earlierWording(claim: Pick<MemoClaim, "text">, verdict: MemoVerdict): string | null {
  return wordsCheckedBefore(verdict.checkedText, claim.text);
}

/** "No verdict yet", saying so when a reviewer has a draft (its content stays private). */
export function noVerdictText(decision: Extract<MemoDecision, { kind: "none" }>): string {
  return decision.draftInProgress ? "No verdict yet (a draft is in progress)" : "No verdict yet";
}
