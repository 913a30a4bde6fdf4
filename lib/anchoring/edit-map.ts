import { diffArrays, diffWordsWithSpace } from "diff";

/** A run of text that is identical in the old and the new version. */
export type Segment = { oldStart: number; newStart: number; length: number };

/** Past this many changed paragraphs, treat the middle as one edit. */
const MAX_PARAGRAPH_EDITS = 2000;

function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let i = 0;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffixLength(a: string, b: string, limit: number): number {
  let i = 0;
  while (i < limit && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** Splits text into paragraph chunks, each keeping its trailing "\n\n". */
function paragraphChunks(text: string): string[] {
  const chunks: string[] = [];
  let from = 0;
  while (from < text.length) {
    const at = text.indexOf("\n\n", from);
    const to = at === -1 ? text.length : at + 2;
    chunks.push(text.slice(from, to));
    from = to;
  }
  return chunks;
}

/** Lengths of the common prefix and (non-overlapping) common suffix. */
function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
  const prefix = commonPrefixLength(a, b);
  return { prefix, suffix: commonSuffixLength(a, b, Math.min(a.length, b.length) - prefix) };
}

/**
 * Past this length a replaced paragraph is only trimmed, not compared word by
 * word; nor is one with more than MAX_WORD_EDITS words changed, which is a
 * rewrite, not an edit (and, diffed in full, cost 370 ms for 8,600 characters).
 */
const MAX_WORD_DIFF = 20_000;
const MAX_WORD_EDITS = 200;

/**
 * Appends the unchanged runs inside a replaced paragraph: its common prefix and
 * suffix, and between them the words both versions share (so two edits in one
 * sentence leave the words between them unchanged, and a claim spanning both
 * edits keeps its ends; see stretched in batch.ts). Claims in the untouched
 * sentences are then shifted, not searched for.
 */
function pushTrimmed(segments: Segment[], oldText: string, newText: string, oldAt: number, newAt: number): void {
  const { prefix, suffix } = commonEnds(oldText, newText);
  if (prefix > 0) segments.push({ oldStart: oldAt, newStart: newAt, length: prefix });
  const oldMiddle = oldText.slice(prefix, oldText.length - suffix);
  const newMiddle = newText.slice(prefix, newText.length - suffix);
  if (oldMiddle.length > 0 && newMiddle.length > 0 && oldMiddle.length + newMiddle.length <= MAX_WORD_DIFF) {
    let oldIn = oldAt + prefix;
    let newIn = newAt + prefix;
    for (const change of diffWordsWithSpace(oldMiddle, newMiddle, { maxEditLength: MAX_WORD_EDITS }) ?? []) {
      const length = change.value.length;
      if (!change.added && !change.removed) segments.push({ oldStart: oldIn, newStart: newIn, length });
      if (!change.added) oldIn += length;
      if (!change.removed) newIn += length;
    }
  }
  if (suffix > 0) {
    segments.push({ oldStart: oldAt + oldText.length - suffix, newStart: newAt + newText.length - suffix, length: suffix });
  }
}

/**
 * Lists the unchanged runs between two versions of an article, in order.
 * The common prefix and suffix come first (linear, and exact for the usual
 * single edit); what lies between is compared paragraph by paragraph with a
 * diff, and each replaced paragraph is trimmed of its own common prefix and
 * suffix, so several scattered edits (an article pasted again with small
 * changes) leave only the edited sentences to search.
 */
export function computeEditMap(oldText: string, newText: string): Segment[] {
  const { prefix, suffix } = commonEnds(oldText, newText);
  const segments: Segment[] = [];
  if (prefix > 0) segments.push({ oldStart: 0, newStart: 0, length: prefix });
  const oldMiddle = oldText.slice(prefix, oldText.length - suffix);
  const newMiddle = newText.slice(prefix, newText.length - suffix);
  if (oldMiddle.length > 0 && newMiddle.length > 0) {
    // Too many changed paragraphs to diff cheaply: one replaced region.
    const changes = diffArrays(paragraphChunks(oldMiddle), paragraphChunks(newMiddle), {
      maxEditLength: MAX_PARAGRAPH_EDITS,
    }) ?? [
      { value: [oldMiddle], removed: true, added: false, count: 1 },
      { value: [newMiddle], removed: false, added: true, count: 1 },
    ];
    let oldAt = prefix;
    let newAt = prefix;
    for (let i = 0; i < changes.length; i++) {
      const value = changes[i].value.join("");
      const next = changes[i + 1];
      if (changes[i].removed && next?.added) {
        const replacement = next.value.join("");
        pushTrimmed(segments, value, replacement, oldAt, newAt);
        oldAt += value.length;
        newAt += replacement.length;
        i++;
      } else if (changes[i].added) {
        newAt += value.length;
      } else if (changes[i].removed) {
        oldAt += value.length;
      } else {
        segments.push({ oldStart: oldAt, newStart: newAt, length: value.length });
        oldAt += value.length;
        newAt += value.length;
      }
    }
  }
  if (suffix > 0) segments.push({ oldStart: oldText.length - suffix, newStart: newText.length - suffix, length: suffix });
  return segments;
}

/** Index of the last segment starting at or before `offset`, or -1. */
function segmentAtOrBefore(segments: Segment[], offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (segments[mid].oldStart <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/**
 * The shift to apply to the old range [start, end) when it lies wholly inside
 * one unchanged segment, or null when it touches an edited region.
 */
export function shiftForRange(segments: Segment[], start: number, end: number): number | null {
  const i = segmentAtOrBefore(segments, start);
  if (i === -1) return null;
  const segment = segments[i];
  if (end > segment.oldStart + segment.length) return null;
  return segment.newStart - segment.oldStart;
}

/**
 * Maps an old offset to where it most likely is in the new text: shifted
 * with its segment, or, inside an edited region, kept at the same distance
 * from the region's start (clamped to the region).
 */
export function mapOffset(segments: Segment[], offset: number, newLength: number): number {
  const i = segmentAtOrBefore(segments, offset);
  const next = segments[i + 1];
  const regionEnd = next ? next.newStart : newLength;
  if (i === -1) return Math.min(offset, regionEnd);
  const segment = segments[i];
  const oldEnd = segment.oldStart + segment.length;
  const newEnd = segment.newStart + segment.length;
  if (offset <= oldEnd) return offset + segment.newStart - segment.oldStart;
  return Math.min(newEnd + (offset - oldEnd), regionEnd);
}

/**
 * Maps an old offset that lies inside an unchanged run to the new text, or
 * returns null when it touches an edit. "start" takes an offset that begins a
 * span (the character after it is unchanged); "end" one that ends a span (the
 * character before it is unchanged).
 */
export function mapUnchanged(segments: Segment[], offset: number, side: "start" | "end"): number | null {
  const i = segmentAtOrBefore(segments, side === "start" ? offset : offset - 1);
  if (i === -1) return null;
  const segment = segments[i];
  const inside = side === "start" ? offset < segment.oldStart + segment.length : offset <= segment.oldStart + segment.length;
  return inside ? offset + segment.newStart - segment.oldStart : null;
}
