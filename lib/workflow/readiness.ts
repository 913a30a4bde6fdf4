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
  /** The claim's id, so a grouped blocker can link to it. */
  id?: string;
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

/**
 * What holds an article back, grouped by what has to happen next, most pressing
 * first: the copy is wrong, words went missing or changed, an editor's decision
 * is waiting, a reviewer has it back, then the work not yet started or under way.
 */
export type BlockerGroupKey = "search" | "correction_missing" | "lost" | "stale" | "submitted" | "returned" | "proposed" | "open" | "with_reviewer" | "corrections_unpublished";

export type BlockerGroup = {
  key: BlockerGroupKey;
  /** What the group's claims are waiting for, as a heading ("Waiting for sign-off"). */
  title: string;
  /** The same within a sentence ("verdicts waiting for sign-off"). */
  short: string;
  /** One per claim (`claimId` to link to it), or one line for the article (`claimId` null). */
  items: { claimId: string | null; text: string }[];
};

export type ArticleReadiness = {
  settled: number;
  total: number;
  ready: boolean;
  /** Every blocker as a sentence, in the order of the claims in the text. */
  blockers: string[];
  /** The same blockers grouped by what has to happen next, most pressing group first, empty groups left out. */
  groups: BlockerGroup[];
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

/** The groups' headings, in the order they are shown, and how the summary names the first. */
const GROUPS: Record<BlockerGroupKey, { title: string; short: string }> = {
  search: { title: "Look for claims", short: "look for claims" },
  correction_missing: { title: "Approved, but the copy needs a correction", short: "a correction to draft" },
  lost: { title: "Words no longer in the text: dismiss, or mark the passage again", short: "claims whose words left the text" },
  stale: { title: "Stale: the text changed after the verdict", short: "stale claims" },
  submitted: { title: "Waiting for sign-off", short: "verdicts waiting for sign-off" },
  returned: { title: "Returned to the reviewer", short: "verdicts returned to the reviewer" },
  proposed: { title: "Suggested, not yet accepted or dismissed", short: "suggestions to decide" },
  open: { title: "Not assigned", short: "claims to assign" },
  with_reviewer: { title: "With a reviewer", short: "claims with a reviewer" },
  corrections_unpublished: { title: "Corrections not yet published", short: "corrections to publish" },
};

const GROUP_OF: Record<Exclude<ClaimStatus, "approved" | "dismissed">, BlockerGroupKey> = {
  proposed: "proposed",
  open: "open",
  assigned: "with_reviewer",
  in_review: "with_reviewer",
  submitted: "submitted",
  returned: "returned",
  stale: "stale",
};

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
  const grouped = new Map<BlockerGroupKey, BlockerGroup["items"]>();
  const block = (key: BlockerGroupKey, sentence: string, claimId: string | null, text = sentence) => {
    blockers.push(sentence);
    grouped.set(key, [...(grouped.get(key) ?? []), { claimId, text }]);
  };
  const search = input.claimSearch;
  if (search !== "current" && !editorMarkedClaims(input.claims)) block("search", NOT_SEARCHED[search], null);
  for (const claim of input.claims) {
    if (claim.status === "proposed" && claim.checkWorthy === false) continue;
    total += 1;
    const quoted = `“${snippet(claim.text)}”`;
    if (claim.status === "approved" || claim.status === "dismissed") {
      settled += 1;
      // Words that left the text need no correction before the article runs.
      if (claim.status === "approved" && claim.correctionMissing && claim.anchorState !== "orphaned") {
        const sentence = `${quoted} was approved as ${claim.correctionMissing}: draft its correction, or fix the text and have it checked again`;
        block("correction_missing", sentence, claim.id ?? null);
      }
      continue;
    }
    // A lost claim's words left the text: whatever its state, an editor dismisses
    // it (see canDismiss) or marks the passage again.
    const lost = claim.anchorState === "orphaned" && canDismiss(claim);
    block(lost ? "lost" : GROUP_OF[claim.status], `${quoted} ${lost ? LOST : WAITING_ON[claim.status]}`, claim.id ?? null, quoted);
  }
  if (input.pendingCorrections > 0) {
    const n = input.pendingCorrections;
    block("corrections_unpublished", n === 1 ? "1 correction is not yet published" : `${n} corrections are not yet published`, null);
  }
  const groups = (Object.keys(GROUPS) as BlockerGroupKey[]).flatMap((key) => {
    const items = grouped.get(key);
    return items ? [{ key, ...GROUPS[key], items }] : [];
  });
  return { settled, total, ready: blockers.length === 0, blockers, groups, pendingCorrections: input.pendingCorrections };
}
