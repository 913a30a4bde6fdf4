import { reanchorAll, type Anchor } from "@/lib/anchoring";
import { nextStatus } from "@/lib/workflow/transitions";
import type { AnchorState, ClaimStatus } from "@/lib/workflow/statuses";

export type AnchoredClaim = {
  id: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  status: ClaimStatus;
  /** Whether any verdict (draft or later) has been recorded on the claim. */
  hasVerdict: boolean;
  /**
   * For a stale claim whose newest verdict version is still the approved one (no
   * one has begun checking it again): the words that verdict ruled on.
   */
  approvedWords?: string | null;
};

export type ClaimUpdate = {
  id: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  anchorState: AnchorState;
  status: ClaimStatus;
  /** Set when the claim's own words changed: what the audit event records. */
  textChange: { before: string; after: string } | null;
  becameStale: boolean;
  /** A stale claim's words are back to those its approved verdict ruled on: approved again. */
  wordsRestored: boolean;
};

/**
 * Decides what every claim becomes after the article's text changes. Anchors
 * follow the text (see lib/anchoring). A claim whose own words changed after a
 * verdict was recorded is *stale*: reopened so it is checked again. A claim
 * whose words are gone is *orphaned*: it keeps its last position and quote and
 * is listed apart, never dropped.
 */
export function planClaimUpdates(oldText: string, newText: string, claims: readonly AnchoredClaim[]): ClaimUpdate[] {
  const anchors: Anchor[] = claims.map((c) => ({
    position: { start: c.start, end: c.end },
    quote: { exact: c.exact, prefix: c.prefix, suffix: c.suffix },
  }));
  const results = reanchorAll(oldText, newText, anchors);
  return claims.map((claim, i) => {
    const result = results[i];
    if (result.state === "orphaned") {
      const start = Math.min(claim.start, newText.length);
      return { ...claim, start, end: Math.min(claim.end, newText.length), anchorState: "orphaned", textChange: null, becameStale: false, wordsRestored: false };
    }
    const { position, quote } = result.anchor;
    const base = { id: claim.id, ...position, ...quote };
    // A typo undone: the words are back to those the approved verdict ruled on,
    // and nobody has begun a new version. No second check is needed.
    const restored = claim.status === "stale" && Boolean(claim.approvedWords) && quote.exact === claim.approvedWords;
    if (restored) {
      const textChange = result.state === "changed" ? { before: result.before, after: result.after } : null;
      return { ...base, anchorState: "anchored", status: nextStatus(claim.status, "words_restored") ?? claim.status, textChange, becameStale: false, wordsRestored: true };
    }
    if (result.state === "changed") {
      const staleStatus = claim.hasVerdict ? nextStatus(claim.status, "mark_stale") : null;
      return {
        ...base,
        anchorState: staleStatus ? "stale" : "anchored",
        status: staleStatus ?? claim.status,
        textChange: { before: result.before, after: result.after },
        becameStale: staleStatus !== null,
        wordsRestored: false,
      };
    }
    // A claim already stale stays stale until someone re-checks it.
    const anchorState: AnchorState = claim.status === "stale" ? "stale" : result.state;
    return { ...base, anchorState, status: claim.status, textChange: null, becameStale: false, wordsRestored: false };
  });
}
