/**
 * Whether an article is ready to publish, and what stands in the way.
 *
 * PRODUCT.md step 8 plus the "coverage gate": an article is ready only when every
 * claim is approved or dismissed, no correction is pending, and no check-worthy
 * suggestion is left undecided. Low-scoring suggestions that the claim finder kept
 * (checkWorthy false) neither count nor block, so the progress bar measures the
 * work people actually have to do.
 */
import { shorten } from "@/lib/text/shorten";
import type { ClaimStatus } from "./statuses";

export type ReadinessClaim = {
  status: ClaimStatus;
  text: string;
  /** For `proposed` claims: whether the finder scored it check-worthy. Defaults to true. */
  checkWorthy?: boolean;
};

export type ArticleReadiness = {
  settled: number;
  total: number;
  ready: boolean;
  blockers: string[];
};

const WAITING_ON: Record<Exclude<ClaimStatus, "approved" | "dismissed">, string> = {
  proposed: "is suggested but not yet accepted or dismissed",
  open: "is not assigned",
  assigned: "is assigned but not yet reviewed",
  in_review: "is in review",
  submitted: "is waiting for sign-off",
  returned: "was returned to the reviewer",
  stale: "is stale: the text changed after the verdict",
};

const SNIPPET_LENGTH = 60;

/** Shortens claim text for a one-line blocker. */
const snippet = (text: string): string => shorten(text, SNIPPET_LENGTH);

/**
 * Counts settled claims and lists the blockers, in the order the claims are given
 * (callers pass them by position). A claim is settled when approved or dismissed.
 * An article with no claims and no pending corrections is ready: there is nothing
 * to check.
 */
export function articleReadiness(input: { claims: readonly ReadinessClaim[]; pendingCorrections: number }): ArticleReadiness {
  let settled = 0;
  let total = 0;
  const blockers: string[] = [];
  for (const claim of input.claims) {
    if (claim.status === "proposed" && claim.checkWorthy === false) continue;
    total += 1;
    if (claim.status === "approved" || claim.status === "dismissed") {
      settled += 1;
      continue;
    }
    blockers.push(`“${snippet(claim.text)}” ${WAITING_ON[claim.status]}`);
  }
  if (input.pendingCorrections > 0) {
    const n = input.pendingCorrections;
    blockers.push(n === 1 ? "1 correction is not yet published" : `${n} corrections are not yet published`);
  }
  return { settled, total, ready: blockers.length === 0, blockers };
}
