/**
 * Whether an article is ready to publish, and what stands in the way.
 *
 * PRODUCT.md step 8 plus the "coverage gate": an article is ready only when its
 * claims have been looked for, every claim is approved or dismissed, no correction
 * is pending or missing (an approved verdict that the scale says needs one), and
 * no check-worthy suggestion is left undecided. Low-scoring
 * suggestions that the claim finder kept (checkWorthy false) neither count nor
 * block, so the progress bar measures the work people actually have to do.
 */
import { shorten } from "@/lib/text/shorten";
import type { AnchorState, ClaimStatus } from "./statuses";
import { canDismiss } from "./transitions";

export type ReadinessClaim = {
  status: ClaimStatus;
  text: string;
  /** For `proposed` claims: whether the finder scored it check-worthy. Defaults to true. */
  checkWorthy?: boolean;
  /** "manual" when an editor marked the passage by hand. Defaults to "suggested". */
  origin?: "suggested" | "manual";
  /** For a hand-marked claim: whether it was marked on the text as it is now (after its last change). */
  markedOnCurrentText?: boolean;
  anchorState?: AnchorState;
  /**
   * For an approved claim whose verdict needs a correction and has none: the
   * verdict's label ("Inaccurate"). The check is settled, but the copy is wrong.
   */
  correctionMissing?: string;
};

/**
 * Whether Find claims has run on the article's text as it is now: "current";
 * only on an earlier version of the text: "outdated"; or never: "never".
 */
export type ClaimSearch = "current" | "outdated" | "never";

export type ArticleReadiness = {
  settled: number;
  total: number;
  ready: boolean;
  blockers: string[];
  /** Corrections drafted or approved but not published (one of the blockers, counted). */
  pendingCorrections: number;
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

const LOST = "is no longer in the article's text: dismiss it, or mark the passage again";

const SNIPPET_LENGTH = 60;

/** Shortens claim text for a one-line blocker. */
const snippet = (text: string): string => shorten(text, SNIPPET_LENGTH);

const NOT_SEARCHED: Record<Exclude<ClaimSearch, "current">, string> = {
  never: "Find claims has not been run",
  outdated: "Find claims has not been run since the text changed",
};

/**
 * Claims an editor marked by hand in the current text. "0 of 0 claims settled"
 * means nothing to check only if someone looked: the finder ran on this text, or
 * an editor read it and marked what needs checking, which is the finder's job done.
 */
function editorMarkedClaims(claims: readonly ReadinessClaim[]): boolean {
  // Marked before the text last changed, a claim says nothing about the words added since.
  return claims.some((c) => c.origin === "manual" && c.anchorState !== "orphaned" && c.markedOnCurrentText === true);
}

/**
 * Counts settled claims and lists the blockers, in the order the claims are given
 * (callers pass them by position). A claim is settled when approved or dismissed.
 * An article whose claims were looked for, with no claims left to settle and no
 * pending corrections, is ready: there is nothing (more) to check.
 */
export function articleReadiness(input: { claims: readonly ReadinessClaim[]; pendingCorrections: number; claimSearch: ClaimSearch }): ArticleReadiness {
  let settled = 0;
  let total = 0;
  const blockers: string[] = [];
  const search = input.claimSearch;
  if (search !== "current" && !editorMarkedClaims(input.claims)) blockers.push(NOT_SEARCHED[search]);
  for (const claim of input.claims) {
    if (claim.status === "proposed" && claim.checkWorthy === false) continue;
    total += 1;
    if (claim.status === "approved" || claim.status === "dismissed") {
      settled += 1;
      // Words that left the text need no correction before the article runs.
      if (claim.status === "approved" && claim.correctionMissing && claim.anchorState !== "orphaned") {
        blockers.push(`“${snippet(claim.text)}” was approved as ${claim.correctionMissing}: draft its correction, or fix the text and have it checked again`);
      }
      continue;
    }
    // A lost claim's words left the text: whatever its state, an editor dismisses
    // it (see canDismiss) or marks the passage again.
    const waiting = claim.anchorState === "orphaned" && canDismiss(claim) ? LOST : WAITING_ON[claim.status];
    blockers.push(`“${snippet(claim.text)}” ${waiting}`);
  }
  if (input.pendingCorrections > 0) {
    const n = input.pendingCorrections;
    blockers.push(n === 1 ? "1 correction is not yet published" : `${n} corrections are not yet published`);
  }
  return { settled, total, ready: blockers.length === 0, blockers, pendingCorrections: input.pendingCorrections };
}
