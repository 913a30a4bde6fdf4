import type { ClaimStatus } from "./statuses";

/** The states in which a claim in someone's queue still needs their work. */
export const QUEUE_TO_DO: readonly ClaimStatus[] = ["assigned", "in_review", "returned", "stale"];

type QueueEntry = { claimId: string; claimStatus: ClaimStatus };

/**
 * The claim to open after this one, for "Next in my queue": the first claim
 * still to do that comes after it in queue order, wrapping round to the top, so
 * a reviewer working down the list never has to go back to it. Null when
 * nothing else needs work. `queue` is in the order My queue shows it.
 */
export function nextInQueue<T extends QueueEntry>(queue: readonly T[], currentClaimId: string): T | null {
  const here = queue.findIndex((entry) => entry.claimId === currentClaimId);
  // Not in the queue (an editor reading someone else's claim): start from the top.
  const ordered = here < 0 ? queue : [...queue.slice(here + 1), ...queue.slice(0, here)];
  return ordered.find((entry) => entry.claimId !== currentClaimId && QUEUE_TO_DO.includes(entry.claimStatus)) ?? null;
}
