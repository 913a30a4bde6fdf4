import search from "approx-string-match";
import { createAnchor, snapOutward } from "./create";
import { scoreCandidate, type Candidate } from "./score";
import type { Anchor, MatchMethod, PositionSelector, QuoteSelector, ReanchorOptions, ReanchorResult } from "./types";

export const DEFAULT_THRESHOLD = 0.6;
export const DEFAULT_MAX_ERROR_RATE = 0.4;

/** Fuzzy matching first looks this far (at least) either side of the hint. */
const MIN_WINDOW = 512;
/** Bounds the work spent scoring ties from one fuzzy search. */
const MAX_FUZZY_CANDIDATES = 200;

export type ReanchorOneOptions = ReanchorOptions & {
  /** Expected start in the new text (the old start mapped through the edit). */
  hint?: number;
  /**
   * Spans of the new text that other claims already hold. A claim that did
   * not overlap them before must not land on them now: without this, a
   * deleted sentence would fuzzily match its near-identical neighbour.
   */
  occupied?: readonly PositionSelector[];
  /** Stop after the exact stages (the batch runs fuzzy matching last). */
  exactOnly?: boolean;
};

/** Stands in for occupied text so the fuzzy search cannot match it. */
const BLANK = "\u0000";

function isFree(candidate: Candidate, occupied: readonly PositionSelector[]): boolean {
  return occupied.every((span) => candidate.end <= span.start || span.end <= candidate.start);
}

/** The slice [from, to) of text with every occupied span blanked out; offsets are kept. */
function blankedSlice(text: string, from: number, to: number, occupied: readonly PositionSelector[]): string {
  const parts: string[] = [];
  let at = from;
  for (const span of [...occupied].sort((a, b) => a.start - b.start)) {
    const start = Math.max(span.start, at);
    const end = Math.min(span.end, to);
    if (start < end) {
      parts.push(text.slice(at, start), BLANK.repeat(end - start));
      at = end;
    }
  }
  parts.push(text.slice(at, to));
  return parts.join("");
}

type Best = { candidate: Candidate; score: number } | null;

function pickBest(text: string, anchor: Anchor, hint: number, candidates: Candidate[]): Best {
  let best: Best = null;
  for (const candidate of candidates) {
    const score = scoreCandidate({ text, candidate, ...anchor.quote, hint });
    // Ties go to the candidate nearest the hint, so duplicated sentences
    // with identical context resolve to the one in the expected place.
    const nearer = best !== null && Math.abs(candidate.start - hint) < Math.abs(best.candidate.start - hint);
    if (best === null || score > best.score || (score === best.score && nearer)) best = { candidate, score };
  }
  return best;
}

function exactOccurrences(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    found.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return found;
}

function fuzzyCandidates(
  text: string,
  exact: string,
  [from, to]: [number, number],
  maxErrorRate: number,
  occupied: readonly PositionSelector[],
): Candidate[] {
  const maxErrors = Math.floor(exact.length * maxErrorRate);
  if (maxErrors === 0) return [];
  return search(blankedSlice(text, from, to, occupied), exact, maxErrors)
    .slice(0, MAX_FUZZY_CANDIDATES)
    .map((m) => ({ ...snapOutward(text, ...snapToWords(text, m.start + from, m.end + from)), errors: m.errors }));
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const DIGIT = /\d/;
/** Whether the boundary before text[i] falls inside a word or a number ("201|5", "60,|000"). */
function insideWord(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const [before, after] = [text[i - 1], text[i]];
  if (WORD_CHAR.test(before) && WORD_CHAR.test(after)) return true;
  // A thousands separator or decimal point between digits belongs to the number.
  if ((before === "," || before === ".") && DIGIT.test(text[i - 2] ?? "") && DIGIT.test(after)) return true;
  return (after === "," || after === ".") && DIGIT.test(before) && DIGIT.test(text[i + 1] ?? "");
}

/**
 * Whether a match at [start, end) of `text` cuts into a word or number that the
 * claim's old boundaries did not ("Housing cost 300" found in "Housing cost
 * 3000", "by 12" in "by 120", "bridge" in "bridges"): the claim's words changed,
 * so it is not the same claim found again. Its old boundaries are read from the
 * quote's own context.
 */
export function cutsWord(text: string, start: number, end: number, quote: QuoteSelector): boolean {
  const around = quote.prefix + quote.exact + quote.suffix;
  const oldStart = quote.prefix.length;
  const oldEnd = oldStart + quote.exact.length;
  return (insideWord(text, start) && !insideWord(around, oldStart)) || (insideWord(text, end) && !insideWord(around, oldEnd));
}

/**
 * An approximate match ends where the fewest edits do, which can be inside a
 * word: "flooded three times since 2019" edited to "five times since 2015" matched
 * "…since 201". A claim is words: the match grows to whole words and numbers,
 * without the spaces at its ends.
 */
function snapToWords(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  while (insideWord(text, start)) start--;
  while (insideWord(text, end)) end++;
  return [start, end];
}

function found(text: string, previous: Anchor, start: number, end: number, method: MatchMethod, score: number): ReanchorResult {
  const anchor = createAnchor(text, start, end);
  const common = { previous, anchor, method, searched: true, score };
  if (anchor.quote.exact !== previous.quote.exact) {
    return { ...common, state: "changed", before: previous.quote.exact, after: anchor.quote.exact };
  }
  return { ...common, state: start === previous.position.start ? "anchored" : "moved" };
}

function orphaned(previous: Anchor, score: number): ReanchorResult {
  return { previous, anchor: null, state: "orphaned", method: "none", searched: true, score };
}

/**
 * Finds one claim in the new text, trying the cheapest evidence first:
 * 1. the exact quote still sits at the expected (or old) position;
 * 2. the exact quote elsewhere, the best-scored occurrence by prefix/suffix
 *    agreement and nearness (so a repeated sentence keeps the right copy);
 * 3. an approximate match of the quote (approx-string-match), first near the
 *    expected position, then anywhere, scored the same way.
 * A candidate scoring under the threshold is rejected and the claim is
 * orphaned, keeping its previous anchor for the "orphaned" list.
 */
export function reanchor(text: string, previous: Anchor, options: ReanchorOneOptions = {}): ReanchorResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const maxErrorRate = options.maxErrorRate ?? DEFAULT_MAX_ERROR_RATE;
  const { exact } = previous.quote;
  const hint = Math.min(Math.max(0, options.hint ?? previous.position.start), text.length);
  if (exact.length === 0 || text.length === 0) {
    return orphaned(previous, 0);
  }

  const occupied = options.occupied ?? [];
  const whole = (candidate: Candidate) => !cutsWord(text, candidate.start, candidate.end, previous.quote);
  for (const at of new Set([hint, previous.position.start])) {
    const candidate = { start: at, end: at + exact.length, errors: 0 };
    if (text.startsWith(exact, at) && isFree(candidate, occupied) && whole(candidate)) {
      return found(text, previous, at, at + exact.length, "position", 1);
    }
  }

  const occurrences = exactOccurrences(text, exact).filter((candidate) => isFree(candidate, occupied) && whole(candidate));
  let best = pickBest(text, previous, hint, occurrences);
  if (best !== null && best.score >= threshold) {
    return found(text, previous, best.candidate.start, best.candidate.end, "quote", best.score);
  }
  if (options.exactOnly) return orphaned(previous, best?.score ?? 0);

  const margin = Math.max(MIN_WINDOW, exact.length * 2);
  const windows: Array<[number, number]> = [[Math.max(0, hint - margin), Math.min(text.length, hint + exact.length + margin)]];
  if (windows[0][0] > 0 || windows[0][1] < text.length) windows.push([0, text.length]);
  for (const window of windows) {
    const fuzzy = pickBest(text, previous, hint, fuzzyCandidates(text, exact, window, maxErrorRate, occupied));
    if (fuzzy !== null && fuzzy.score >= threshold && fuzzy.candidate.end > fuzzy.candidate.start) {
      return found(text, previous, fuzzy.candidate.start, fuzzy.candidate.end, "fuzzy", fuzzy.score);
    }
    if (fuzzy !== null && (best === null || fuzzy.score > best.score)) best = fuzzy;
  }
  return orphaned(previous, best?.score ?? 0);
}
