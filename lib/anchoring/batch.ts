import { createAnchor } from "./create";
import { computeEditMap, mapOffset, shiftForRange } from "./edit-map";
import { reanchor } from "./reanchor";
import type { Anchor, ReanchorOptions, ReanchorResult } from "./types";

export type ReanchorAllOptions = ReanchorOptions & {
  /**
   * "incremental" (default) shifts anchors that lie outside every edit and
   * searches only for the rest; "full" searches for every anchor, which is
   * what a benchmark compares against.
   */
  strategy?: "incremental" | "full";
};

/**
 * Re-anchors every claim of an article after a save, returning one result per
 * anchor in the same order. Incrementally, the two versions are compared once
 * (common prefix/suffix, then paragraph diff); an anchor wholly inside an
 * unchanged run is shifted with it and never searched for, so editing one
 * paragraph costs about as much as the claims in that paragraph. Anchors
 * that touch an edit go through `reanchor` with their mapped position as the
 * hint. Anchors whose stored quote does not match `oldText` (saved against
 * another version) are searched for rather than trusted.
 */
export function reanchorAll(
  oldText: string,
  newText: string,
  anchors: readonly Anchor[],
  options: ReanchorAllOptions = {},
): ReanchorResult[] {
  if (options.strategy === "full") {
    return anchors.map((anchor) => reanchor(newText, anchor, options));
  }
  const segments = computeEditMap(oldText, newText);
  return anchors.map((previous): ReanchorResult => {
    const { start, end } = previous.position;
    const trusted = end <= oldText.length && oldText.startsWith(previous.quote.exact, start) && end - start === previous.quote.exact.length;
    const shift = trusted ? shiftForRange(segments, start, end) : null;
    if (shift === null) {
      return reanchor(newText, previous, { ...options, hint: mapOffset(segments, start, newText.length) });
    }
    // The claim's own text is untouched, but its context may not be: rebuild
    // the selectors from the new text so the stored prefix/suffix stay fresh.
    const anchor = createAnchor(newText, start + shift, end + shift);
    const common = { previous, anchor, searched: false, score: 1 };
    return shift === 0
      ? { ...common, state: "anchored", method: "unchanged" }
      : { ...common, state: "moved", method: "shifted" };
  });
}

/**
 * How many results needed a search (quote or fuzzy lookup) instead of a plain
 * shift; a benchmark prints it beside the timing to show the saved work.
 */
export function countSearched(results: readonly ReanchorResult[]): number {
  return results.filter((result) => result.searched).length;
}
