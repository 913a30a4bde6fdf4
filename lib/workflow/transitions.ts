/**
 * The claim status machine as a transition table of named events.
 *
 * Actions never set a status directly: they name what happened ("approve",
 * "return") and ask this table where the claim goes. That keeps the rules in one
 * place, lets the server refuse an impossible move (approving a claim nobody has
 * submitted) and lets a test walk every (status × event) cell.
 */
import { CLAIM_STATUSES, type ClaimStatus } from "./statuses";

export const CLAIM_EVENTS = [
  "accept",
  "dismiss",
  "restore",
  "reopen",
  "assign",
  "unassign",
  "start_review",
  "save_draft",
  "submit",
  "approve",
  "return",
  "revise",
  "mark_stale",
  "drop_lost",
  "undo_dismiss",
  "undo_accept",
  "withdraw",
  "words_restored",
] as const;
export type ClaimEvent = (typeof CLAIM_EVENTS)[number];

type Rule = { from: readonly ClaimStatus[]; to: ClaimStatus };

/**
 * Decisions worth knowing:
 * - `restore` brings a dismissed claim back as `open`, not `proposed`: restoring is
 *   an editor's deliberate act, so it counts as accepting the claim.
 * - `assign` from `assigned` or `in_review` is a reassignment; the new reviewer
 *   starts from `assigned` (a draft, if any, stays with the claim).
 * - `save_draft` from `in_review` stays in `in_review` so autosave is always legal.
 * - `revise` reopens an approved verdict; the next submit makes a new version.
 * - `mark_stale` applies only where a verdict exists or is being written; an
 *   `assigned` claim has nothing to go stale. Its holder checks it again straight
 *   away (`save_draft`, `submit` from `stale`: a new version of the verdict);
 *   `reopen` puts it back in the open pool when the editor wants someone else to look.
 * - `drop_lost` dismisses a claim whose words an edit took out of the article
 *   while someone was checking it (the caller checks that it is lost): the check
 *   is moot, and making the editor return, unassign and then dismiss it would be
 *   three steps for one decision. An approved claim is settled and stays so.
 * - `undo_dismiss` takes back the dismissal of a suggestion at once (the
 *   caller checks that the claim was a suggestion when dismissed): it goes back
 *   to `proposed`, where `restore` would accept it.
 * - `undo_accept` takes back an "Accept all suggested" at once (the caller
 *   checks that nothing happened to the claim since): back among the suggestions.
 * - `withdraw` is the reviewer taking a submitted verdict back before anyone
 *   decided it (submitted too early, a better source found): back in review.
 * - `words_restored` takes a stale claim back to approved when an edit puts back
 *   the very words its approved verdict ruled on, before anyone began a new
 *   version (the caller checks both): a typo undone needs no second check.
 */
export const TRANSITIONS: Readonly<Record<ClaimEvent, Rule>> = {
  accept: { from: ["proposed"], to: "open" },
  dismiss: { from: ["proposed", "open", "stale"], to: "dismissed" },
  restore: { from: ["dismissed"], to: "open" },
  reopen: { from: ["stale"], to: "open" },
  assign: { from: ["open", "assigned", "in_review", "returned", "stale"], to: "assigned" },
  unassign: { from: ["assigned", "in_review", "returned"], to: "open" },
  start_review: { from: ["assigned", "returned"], to: "in_review" },
  save_draft: { from: ["assigned", "returned", "in_review", "stale"], to: "in_review" },
  submit: { from: ["assigned", "in_review", "returned", "stale"], to: "submitted" },
  approve: { from: ["submitted"], to: "approved" },
  return: { from: ["submitted"], to: "returned" },
  revise: { from: ["approved"], to: "in_review" },
  mark_stale: { from: ["in_review", "submitted", "approved", "returned"], to: "stale" },
  drop_lost: { from: ["assigned", "in_review", "submitted", "returned"], to: "dismissed" },
  undo_dismiss: { from: ["dismissed"], to: "proposed" },
  undo_accept: { from: ["open"], to: "proposed" },
  withdraw: { from: ["submitted"], to: "in_review" },
  words_restored: { from: ["stale"], to: "approved" },
};

/** The status a claim in `from` moves to on `event`, or null when the move is not allowed. */
export function nextStatus(from: ClaimStatus, event: ClaimEvent): ClaimStatus | null {
  const rule = TRANSITIONS[event];
  return rule.from.includes(from) ? rule.to : null;
}

/** Whether `event` may be applied to a claim in status `from`. */
export function canApply(from: ClaimStatus, event: ClaimEvent): boolean {
  return nextStatus(from, event) !== null;
}

/** The events a claim in `from` accepts, in table order (for menus and guards). */
export function allowedEvents(from: ClaimStatus): ClaimEvent[] {
  return CLAIM_EVENTS.filter((event) => canApply(from, event));
}

/**
 * Whether an editor may dismiss this claim: where the status machine allows a
 * dismissal, or anywhere a check is under way on a claim that is no longer in
 * the article's text (`drop_lost`).
 */
export function canDismiss(claim: { status: ClaimStatus; anchorState?: string }): boolean {
  return canApply(claim.status, "dismiss") || (claim.anchorState === "orphaned" && canApply(claim.status, "drop_lost"));
}

/** The event that dismisses this claim (see canDismiss), or null when it cannot be dismissed. */
export function dismissEvent(claim: { status: ClaimStatus; anchorState?: string }): "dismiss" | "drop_lost" | null {
  if (canApply(claim.status, "dismiss")) return "dismiss";
  return claim.anchorState === "orphaned" && canApply(claim.status, "drop_lost") ? "drop_lost" : null;
}

/** Type guard for strings from forms or the database. */
export function isClaimEvent(value: string): value is ClaimEvent {
  return (CLAIM_EVENTS as readonly string[]).includes(value);
}

/** Type guard for status strings, re-exported here so callers need one import. */
export function isClaimStatus(value: string): value is ClaimStatus {
  return (CLAIM_STATUSES as readonly string[]).includes(value);
}
