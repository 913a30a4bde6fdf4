import { createAnchor } from "./create";
import { computeEditMap, mapOffset, mapUnchanged, shiftForRange, type Segment } from "./edit-map";
import { cutsWord, reanchor } from "./reanchor";
import type { Anchor, PositionSelector, ReanchorOptions, ReanchorResult } from "./types";

export type ReanchorAllOptions = ReanchorOptions & {
  /**
   * "incremental" (default) shifts anchors that lie outside every edit and
   * searches only for the rest; "full" searches for every anchor, which is
   * what a benchmark compares against.
   */
  strategy?: "incremental" | "full";
};

function overlaps(a: PositionSelector, b: PositionSelector): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Shifts an anchor lying wholly in an unchanged run, or returns null. */
function shifted(oldText: string, newText: string, segments: Segment[], previous: Anchor): ReanchorResult | null {
  const { start, end } = previous.position;
  // Anchors saved against another version of the text are searched, not trusted.
  const trusted = end - start === previous.quote.exact.length && oldText.startsWith(previous.quote.exact, start);
  const shift = trusted ? shiftForRange(segments, start, end) : null;
  // Untouched words, but an edit right at an end may have lengthened the word or
  // number there ("300" to "3000"): then it is searched for, and found changed.
  if (shift === null || cutsWord(newText, start + shift, end + shift, previous.quote)) return null;
  // The claim's words are untouched but its context may not be: rebuild the
  // selectors from the new text so the stored prefix/suffix stay fresh.
  const anchor = createAnchor(newText, start + shift, end + shift);
  const common = { previous, anchor, searched: false, score: 1 };
  return shift === 0 ? { ...common, state: "anchored", method: "unchanged" } : { ...common, state: "moved", method: "shifted" };
}

/** How far an edit inside a claim may grow it before the claim is searched for instead. */
const MAX_GROWTH = 200;
/** The share of a claim's words that must survive an edit inside it, as in the fuzzy search's threshold. */
const MIN_KEPT = 0.6;

/** How many characters of the old range [start, end) lie in unchanged runs. */
function keptLength(segments: Segment[], start: number, end: number): number {
  let kept = 0;
  for (const segment of segments) {
    const from = Math.max(start, segment.oldStart);
    const to = Math.min(end, segment.oldStart + segment.length);
    if (to > from) kept += to - from;
  }
  return kept;
}

/**
 * A claim whose first and last words are untouched but whose middle was edited
 * ("pupils in England" → "pupils in England and Wales"): both ends map through
 * the edit, and the claim covers what now lies between them. A fuzzy search
 * would pick the substring with the fewest errors, which after an insertion is
 * a shortened piece of the sentence ("…according to the Institute for
 * Independent"), so this runs before it. Null when an end touches an edit, or
 * when the new span crosses a paragraph break the old did not, grew past
 * MAX_GROWTH characters, or kept under MIN_KEPT of the old words (two common
 * words at the ends of a rewritten sentence): then it is not the same sentence
 * edited.
 */
function stretched(oldText: string, newText: string, segments: Segment[], previous: Anchor): ReanchorResult | null {
  const { start, end } = previous.position;
  if (end - start !== previous.quote.exact.length || !oldText.startsWith(previous.quote.exact, start)) return null;
  const newStart = mapUnchanged(segments, start, "start");
  const newEnd = mapUnchanged(segments, end, "end");
  if (newStart === null || newEnd === null || newEnd <= newStart || cutsWord(newText, newStart, newEnd, previous.quote)) return null;
  if (keptLength(segments, start, end) < MIN_KEPT * (end - start)) return null;
  const after = newText.slice(newStart, newEnd);
  if (after.length > previous.quote.exact.length + MAX_GROWTH) return null;
  if (after.includes("\n\n") && !previous.quote.exact.includes("\n\n")) return null;
  const anchor = createAnchor(newText, newStart, newEnd);
  const common = { previous, anchor, method: "edited" as const, searched: true, score: 1 };
  if (after === previous.quote.exact) return { ...common, state: newStart === start ? "anchored" : "moved" };
  return { ...common, state: "changed", before: previous.quote.exact, after };
}

/**
 * Re-anchors every claim of an article after a save, returning one result per
 * anchor in the same order. Incrementally, the two versions are compared once
 * (common prefix/suffix, then a paragraph diff); an anchor wholly inside an
 * unchanged run is shifted with it and never searched for, so editing one
 * paragraph costs about as much as the claims in that paragraph.
 *
 * The rest are searched in two rounds: exact position/quote first, then (for a
 * claim edited inside, see stretched) its ends mapped through the edit, then fuzzy
 * matching. Neither may land on text another claim holds unless the two claims
 * overlapped before (so a deleted claim cannot slide onto a similar, or an
 * identical, neighbouring claim and pass as "changed" or "moved").
 */
export function reanchorAll(
  oldText: string,
  newText: string,
  anchors: readonly Anchor[],
  options: ReanchorAllOptions = {},
): ReanchorResult[] {
  const segments = options.strategy === "full" ? [] : computeEditMap(oldText, newText);
  const hints = anchors.map((anchor) => mapOffset(segments, anchor.position.start, newText.length));
  const results: Array<ReanchorResult | null> = anchors.map((anchor) => shifted(oldText, newText, segments, anchor));
  /** Where the other claims sit now, leaving out those that overlapped claim i before. */
  const occupiedFor = (i: number): PositionSelector[] => {
    const spans: PositionSelector[] = [];
    results.forEach((other, j) => {
      if (other?.anchor && j !== i && !overlaps(anchors[j].position, anchors[i].position)) spans.push(other.anchor.position);
    });
    return spans;
  };
  // Exact matches may not take another claim's text either: when one of two
  // identical sentences is deleted, the claim on the deleted copy must not land
  // on the copy its twin still holds.
  // The best-placed claims choose first (a match at its own position, then the
  // best-scored quote), so of two twins the one whose copy is left keeps it.
  const firstLook = new Map<number, ReanchorResult>();
  anchors.forEach((anchor, i) => {
    if (results[i] === null) firstLook.set(i, reanchor(newText, anchor, { ...options, hint: hints[i], exactOnly: true }));
  });
  const byScore = [...firstLook.entries()].sort(([, a], [, b]) => b.score - a.score);
  for (const [i, look] of byScore) {
    const occupied = occupiedFor(i);
    const taken = look.anchor !== null && occupied.some((span) => overlaps(span, look.anchor!.position));
    results[i] = taken ? reanchor(newText, anchors[i], { ...options, hint: hints[i], exactOnly: true, occupied }) : look;
  }
  anchors.forEach((anchor, i) => {
    if (results[i]?.state !== "orphaned") return;
    const edited = stretched(oldText, newText, segments, anchor);
    const occupied = occupiedFor(i);
    if (edited?.anchor && !occupied.some((span) => overlaps(span, edited.anchor!.position))) results[i] = edited;
  });
  anchors.forEach((anchor, i) => {
    if (results[i]?.state !== "orphaned") return;
    results[i] = reanchor(newText, anchor, { ...options, hint: hints[i], occupied: occupiedFor(i) });
  });
  return results.filter((result): result is ReanchorResult => result !== null);
}

/**
 * How many results needed a search (quote or fuzzy lookup) instead of a plain
 * shift; a benchmark prints it beside the timing to show the saved work.
 */
export function countSearched(results: readonly ReanchorResult[]): number {
  return results.filter((result) => result.searched).length;
}
