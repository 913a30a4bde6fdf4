import type { ClaimStatus } from "./statuses";

/** The states in which a claim in someone's queue still needs their work. */
export const QUEUE_TO_DO: readonly ClaimStatus[] = ["assigned", "in_review", "returned", "stale"];

/**
 * The claim to open after this one in a list of claims (My queue, or the
 * verdicts waiting for sign-off): the first wanted one that comes after it,
 * wrapping round to the top, so someone working down the list never has to go
 * back to it. When the current claim is not in the list, the first wanted one.
 * Null when nothing else is wanted. `list` is in the order the desk shows it.
 *
 * These are the rules stated over a whole list; the claim page asks the
 * database for the one claim they pick (db/queries/next-claim.ts), and its
 * tests hold it to these.
 */
export function nextAfter<T extends { claimId: string }>(list: readonly T[], currentClaimId: string, wanted: (entry: T) => boolean): T | null {
  const here = list.findIndex((entry) => entry.claimId === currentClaimId);
  const ordered = here < 0 ? list : [...list.slice(here + 1), ...list.slice(0, here)];
  return ordered.find((entry) => entry.claimId !== currentClaimId && wanted(entry)) ?? null;
}

/** "Next in my queue": the next claim that still needs the holder's work. */
export function nextInQueue<T extends { claimId: string; claimStatus: ClaimStatus }>(queue: readonly T[], currentClaimId: string): T | null {
  return nextAfter(queue, currentClaimId, (entry) => QUEUE_TO_DO.includes(entry.claimStatus));
}

/** Where a verdict stands in the sign-off list: those needing a correction first, then by when they were submitted. */
export type SignOffPlace = { needsCorrection: boolean; submittedAt: Date };

/** Whether `entry` comes after `place` in the sign-off list's order. */
function standsAfter(entry: { needsCorrection?: boolean; submittedAt?: Date | null }, place: SignOffPlace): boolean {
  const rank = (needsCorrection: boolean | undefined) => (needsCorrection ? 0 : 1);
  if (rank(entry.needsCorrection) !== rank(place.needsCorrection)) return rank(entry.needsCorrection) > rank(place.needsCorrection);
  return (entry.submittedAt?.getTime() ?? 0) > place.submittedAt.getTime();
}

/**
 * "Next to sign off": the next verdict waiting for sign-off that this editor did
 * not write (the two-person rule). Just approved or returned, the current claim
 * has left the list (needing a correction first, then oldest submitted first):
 * its verdict's `place` keeps the editor's place, so they go on down the list
 * instead of back to its top.
 */
export function nextToSignOff<T extends { claimId: string; authorId: string; needsCorrection?: boolean; submittedAt?: Date | null }>(
  waiting: readonly T[],
  currentClaimId: string,
  editorId: string,
  place: SignOffPlace | null = null,
): T | null {
  const wanted = (entry: T) => entry.authorId !== editorId;
  if (place === null || waiting.some((entry) => entry.claimId === currentClaimId)) return nextAfter(waiting, currentClaimId, wanted);
  const later = waiting.findIndex((entry) => standsAfter(entry, place));
  const ordered = later < 0 ? waiting : [...waiting.slice(later), ...waiting.slice(0, later)];
  return ordered.find(wanted) ?? null;
}
