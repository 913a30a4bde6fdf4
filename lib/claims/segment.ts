import * as abbreviations from "./abbreviations";
import * as blocksModule from "./blocks";
import type { Span } from "./types";
import { makeWordGate } from "./wordgate";
import { doubled } from "./grow";

// Local copies of the imports the scanner calls per character or per stop: under
// tsx/esbuild every use of an imported binding is a property getter call.
const { AMBIGUOUS, BEFORE_NUMBER, FINAL_ONLY_BEFORE_OPENER, NAME_SUFFIXES, NEVER_FINAL, SENTENCE_OPENERS, SUFFIX_CONTINUATIONS } = abbreviations;
const { findBlocks, isSpace, skipSpace } = blocksModule;

/**
 * Sentence segmentation with exact UTF-16 offsets. A hand-written scanner rather
 * than sbd or Intl.Segmenter: both lose offsets or break on the newsroom cases the
 * issue lists (abbreviations before names, dangling guillemets, a.m. times), and a
 * single pass over the characters is also what keeps the pipeline faster than sbd.
 */

/**
 * Sentence stops: Latin punctuation, the ideographic full stop and the full-width
 * ! and ? of Chinese and Japanese, the Devanagari danda (Hindi, Marathi, Nepali)
 * and double danda, the Arabic question mark and the Urdu full stop. Not the
 * full-width full stop "．", which Japanese also writes in numbers (３．５).
 */
const TERMINATORS = ".?!…‽。！？｡।॥؟۔";
const STOP = /[.?!…‽。！？｡।॥؟۔]/g;
/** What carries a Japanese sentence on past a quotation ending in 。: と, って, など, や, か, の. */
const QUOTE_GOES_ON = /^(?:と|って|など|や|か|の)/;
/** Stops that end a sentence with no space after them: Chinese and Japanese write none. */
const UNSPACED_TERMINATORS = "。！？｡";
/** Closers that may follow a stop directly: quotes, brackets (CJK corner brackets too). */
const CLOSERS = "\"'”’»)]}›」』）】》〉";
/** Closers that belong to the sentence before even after a space (French style `fin. »`). */
const SPACED_CLOSERS = "»”›";
const OPENERS = "\"'“‘«([{‹「『（【《〈";
/** Per code unit: which of the sets above it belongs to (all are single BMP code units). */
const IS_TERMINATOR = 1;
const IS_CLOSER = 2;
const IS_SPACED_CLOSER = 4;
const IS_OPENER = 8;
const IS_UNSPACED = 16;
const CHAR_SETS = new Uint8Array(65536);
for (const [chars, bit] of [[TERMINATORS, IS_TERMINATOR], [CLOSERS, IS_CLOSER], [SPACED_CLOSERS, IS_SPACED_CLOSER], [OPENERS, IS_OPENER], [UNSPACED_TERMINATORS, IS_UNSPACED]] as const) {
  for (let k = 0; k < chars.length; k++) CHAR_SETS[chars.charCodeAt(k)] |= bit;
}
/** Whether the code unit at `i` is in the set `bit` (false past the end: NaN indexes nothing). */
const isIn = (text: string, i: number, bit: number): boolean => (CHAR_SETS[text.charCodeAt(i)] & bit) !== 0;
/**
 * Hashes of every word in the lists isBoundary consults: a miss proves a plain word
 * is in none of them (a hit, or a collision, takes the exact path).
 */
const abbreviationLookup = makeWordGate([
  [1, [...NEVER_FINAL, ...FINAL_ONLY_BEFORE_OPENER, ...NAME_SUFFIXES, ...BEFORE_NUMBER, ...AMBIGUOUS].join(" ")],
]).lookup;
/** Hashes of every sentence opener: a miss proves an ASCII word is none. */
const openerLookup = makeWordGate([[1, [...SENTENCE_OPENERS].join(" ")]]).lookup;
export const LIST_MARKER = /^(?:\d{1,3}|[a-zA-Z])[.)]\s/;
const HAS_WORD = /[\p{L}\p{N}]/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const INITIAL = /^\p{Lu}$/u;
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;

/**
 * Splits `text` into sentences: blocks first (see splitBlocks), then sentence
 * stops inside each block. Spans are trimmed, in order, never overlap, and together
 * cover every non-space character; a piece with no letter or digit (a dangling
 * quote, a row of asterisks) is merged into its neighbour instead of standing alone.
 */
export function splitSentences(text: string): Span[] {
  const count = findSentences(text);
  const { starts, ends } = sentences;
  const out: Span[] = new Array(count);
  for (let k = 0; k < count; k++) out[k] = { start: starts[k], end: ends[k] };
  return out;
}

/**
 * The sentences of the text last given to findSentences: `starts[k]`…`ends[k]` for
 * k below its return value. Scratch, for the pipeline: an object per sentence lived
 * as long as the whole run (and every scavenge in it copied them).
 */
export const sentences = { starts: new Int32Array(1024), ends: new Int32Array(1024) };
let sentenceCount = 0;

function pushSentence(start: number, end: number): void {
  const s = sentences;
  if (sentenceCount === s.starts.length) {
    s.starts = doubled(s.starts);
    s.ends = doubled(s.ends);
  }
  s.starts[sentenceCount] = start;
  s.ends[sentenceCount] = end;
  sentenceCount++;
}

/** splitSentences into `sentences`; returns how many there are. */
export function findSentences(text: string): number {
  sentenceCount = 0;
  const count = findBlocks(text);
  const { starts, ends } = blocksModule.blocks;
  for (let k = 0; k < count; k++) scanBlock(text, starts[k], ends[k]);
  return mergeWordless(text);
}

/** Whether LIST_MARKER can match at `at`: a digit, or a letter before "." or ")". */
export function mayBeListMarker(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c >= 48 && c <= 57) return true;
  const d = text.charCodeAt(at + 1);
  return ((c | 32) >= 97 && (c | 32) <= 122) && (d === 46 || d === 41);
}

function scanBlock(text: string, blockStart: number, blockEnd: number): void {
  let sentenceStart = blockStart;
  // A numbered list marker ("1. ", "b) ") is not a sentence of its own.
  const marker = mayBeListMarker(text, blockStart) ? LIST_MARKER.exec(text.slice(blockStart, Math.min(blockEnd, blockStart + 6))) : null;
  let i = blockStart + (marker ? marker[0].length : 0);
  while (i < blockEnd) {
    // Jump to the next stop with a native regex search rather than a per-character loop.
    // test() rather than exec(): no match array per stop. Every stop is one code
    // unit, so the stop sits just before lastIndex.
    STOP.lastIndex = i;
    if (!STOP.test(text) || STOP.lastIndex - 1 >= blockEnd) break;
    i = STOP.lastIndex - 1;
    const stop = i;
    let j = i;
    while (j < blockEnd && isIn(text, j, IS_TERMINATOR)) j++;
    // A spaced ellipsis ". . ." is one stop run, like "…": without this each dot
    // was a full stop with an empty word before it, and "paused . . . and" split.
    if (j === stop + 1 && text.charCodeAt(stop) === 46) j = spacedEllipsisEnd(text, j, blockEnd);
    const runEnd = j;
    while (j < blockEnd && isIn(text, j, IS_CLOSER)) j++;
    const afterSpace = skipSpace(text, j, blockEnd);
    if (afterSpace < blockEnd && afterSpace > j && isIn(text, afterSpace, IS_SPACED_CLOSER)) {
      j = afterSpace + 1;
      while (j < blockEnd && isIn(text, j, IS_CLOSER)) j++;
    }
    if (j < blockEnd && !isSpace(text.charCodeAt(j))) {
      // 。 ！ ？ end a sentence with the next one straight after: a word or an opening
      // quote or bracket must follow ("，" does not start one). After a closing quote
      // too (“…。”专家认为…), unless a particle carries the sentence on: 「…。」と語った.
      if (isIn(text, runEnd - 1, IS_UNSPACED) && (isIn(text, j, IS_OPENER) || HAS_WORD.test(String.fromCodePoint(text.codePointAt(j) ?? 32))) && (j === runEnd || !QUOTE_GOES_ON.test(text.slice(j, j + 2)))) {
        pushSentence(sentenceStart, j);
        sentenceStart = j;
        i = j;
        continue;
      }
      i = j > runEnd ? j : runEnd; // "3.14", "U.S.", "a.m.," — no gap, no break
      continue;
    }
    const next = skipSpace(text, j, blockEnd);
    if (next < blockEnd && isBoundary(text, blockStart, stop, runEnd, next, blockEnd)) {
      pushSentence(sentenceStart, j);
      sentenceStart = next;
    }
    i = j;
  }
  pushSentence(sentenceStart, blockEnd);
}

/** Decides whether the stop run [stop, runEnd) followed by text at `next` ends a sentence. */
export function isBoundary(text: string, blockStart: number, stop: number, runEnd: number, next: number, end: number): boolean {
  const nextCode = text.charCodeAt(next);
  // ASCII answers by code; anything else asks the Unicode property.
  const nextIsLower = nextCode < 128 ? nextCode >= 97 && nextCode <= 122 : LOWER.test(text[next]);
  if (runEnd - stop !== 1 || text.charCodeAt(stop) !== 46) return !nextIsLower; // ?, !, ellipses: a lower-case word continues
  if (nextIsLower) return false;
  if (isPlainWordBefore(text, blockStart, stop)) return true;
  // An ASCII token is looked up by its code units; any other takes the exact path.
  const from = tokenStartBefore(text, blockStart, stop);
  const flags = asciiListFlags(text, from, stop);
  if (flags < 0) return isBoundaryExactly(text, blockStart, stop, runEnd, next, end);
  const length = stop - from;
  if (length === 0) return true;
  const nextIsDigit = nextCode >= 48 && nextCode <= 57;
  const c0 = text.charCodeAt(from);
  if (length === 1 && c0 >= 65 && c0 <= 90) return !nextIsDigit && opensSentence(text, next, end) && !nextIsInitial(text, next, end); // INITIAL
  if ((flags & IN_NEVER_FINAL) !== 0 && (length !== 1 || (c0 | 32) !== 118 || c0 === 118)) return false; // "v" counts only in lower case
  if ((flags & IN_FINAL_ONLY_BEFORE_OPENER) !== 0) return opensSentence(text, next, end);
  if ((flags & IN_NAME_SUFFIXES) !== 0 && !nextIsDigit && previousWordIsCapitalised(text, blockStart, from)) {
    return !SUFFIX_CONTINUATIONS.has(wordAt(text, next, end).toLowerCase());
  }
  if ((flags & IN_BEFORE_NUMBER) !== 0 && nextIsDigit) return false;
  if ((flags & (IN_AMBIGUOUS | IN_NAME_SUFFIXES)) !== 0 || isDottedAscii(text, from, stop)) {
    if (nextIsDigit) return false;
    return isIn(text, next, IS_OPENER) || opensSentence(text, next, end);
  }
  return true;
}

/** Decides whether the stop run [stop, runEnd) followed by text at `next` ends a sentence (the definition isBoundary is pinned to). */
export function isBoundaryExactly(text: string, blockStart: number, stop: number, runEnd: number, next: number, end: number): boolean {
  const nextChar = text[next];
  const nextCode = text.charCodeAt(next);
  // ASCII answers by code; anything else asks the Unicode property.
  const nextIsLower = nextCode < 128 ? nextCode >= 97 && nextCode <= 122 : LOWER.test(nextChar);
  if (runEnd - stop !== 1 || text.charCodeAt(stop) !== 46) return !nextIsLower; // ?, !, ellipses: a lower-case word continues
  if (nextIsLower) return false;
  if (isPlainWordBefore(text, blockStart, stop)) return true;
  const token = tokenBefore(text, blockStart, stop);
  if (token === "") return true;
  const lower = token.toLowerCase();
  const nextIsDigit = nextChar >= "0" && nextChar <= "9";
  if (token.length <= 2 && INITIAL.test(token)) return !nextIsDigit && opensSentence(text, next, end) && !nextIsInitial(text, next, end);
  if (NEVER_FINAL.has(lower) && (lower !== "v" || token === "v")) return false;
  if (FINAL_ONLY_BEFORE_OPENER.has(lower)) return opensSentence(text, next, end);
  if (NAME_SUFFIXES.has(lower) && !nextIsDigit && previousWordIsCapitalised(text, blockStart, stop - token.length)) {
    return !SUFFIX_CONTINUATIONS.has(wordAt(text, next, end).toLowerCase());
  }
  if (BEFORE_NUMBER.has(lower) && nextIsDigit) return false;
  if (AMBIGUOUS.has(lower) || NAME_SUFFIXES.has(lower) || DOTTED.test(token)) {
    if (nextIsDigit) return false;
    return isIn(text, next, IS_OPENER) || opensSentence(text, next, end);
  }
  return true;
}

/** Which abbreviation lists hold a word (bits), for the lookup by code units. */
const IN_NEVER_FINAL = 1;
const IN_FINAL_ONLY_BEFORE_OPENER = 2;
const IN_NAME_SUFFIXES = 4;
const IN_BEFORE_NUMBER = 8;
const IN_AMBIGUOUS = 16;
const LISTED_SIZE = 512;
const listedKeys = new Int32Array(LISTED_SIZE);
const listedEntry = new Int16Array(LISTED_SIZE); // index + 1 into listedWords (0: empty)
const listedWords: string[] = [];
const listedFlags: number[] = [];
for (const [set, flag] of [[NEVER_FINAL, IN_NEVER_FINAL], [FINAL_ONLY_BEFORE_OPENER, IN_FINAL_ONLY_BEFORE_OPENER], [NAME_SUFFIXES, IN_NAME_SUFFIXES],
  [BEFORE_NUMBER, IN_BEFORE_NUMBER], [AMBIGUOUS, IN_AMBIGUOUS]] as const) {
  for (const word of set) {
    let e = listedWords.indexOf(word);
    if (e < 0) {
      e = listedWords.push(word) - 1;
      listedFlags.push(0);
      let h = 0x811c9dc5;
      for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), 0x01000193);
      h &= 0x3fffffff;
      let slot = (h ^ (h >>> 9)) & (LISTED_SIZE - 1);
      while (listedEntry[slot] !== 0) slot = (slot + 1) & (LISTED_SIZE - 1);
      listedKeys[slot] = h;
      listedEntry[slot] = e + 1;
    }
    listedFlags[e] |= flag;
  }
}

/**
 * The lists (IN_* bits) holding text[from, to) lower-cased, found by its code units
 * without a slice or a lower-case copy; 0 for none, -1 when a code unit is not ASCII
 * (the exact path handles those). Every listed word is lower-case ASCII.
 */
function asciiListFlags(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return -1;
    h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
  }
  h &= 0x3fffffff;
  let slot = (h ^ (h >>> 9)) & (LISTED_SIZE - 1);
  for (let e = listedEntry[slot]; e !== 0; e = listedEntry[slot]) {
    if (listedKeys[slot] === h && sameLowerAscii(text, from, to, listedWords[e - 1])) return listedFlags[e - 1];
    slot = (slot + 1) & (LISTED_SIZE - 1);
  }
  return 0;
}

/** Whether the ASCII text[from, to) lower-cased is `word`. */
function sameLowerAscii(text: string, from: number, to: number, word: string): boolean {
  if (to - from !== word.length) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(k - from)) return false;
  }
  return true;
}

/** DOTTED (/^(?:\p{L}\.)+\p{L}$/u) on an ASCII token: letters and dots alternating, a letter at each end. */
function isDottedAscii(text: string, from: number, to: number): boolean {
  const n = to - from;
  if (n < 3 || n % 2 === 0) return false;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(from + k);
    if (k % 2 === 1 ? c !== 46 : !((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

/**
 * End of a spaced ellipsis whose first dot ends at `afterFirst` (". . ." or more,
 * one space between dots), or `afterFirst` itself when there is none.
 */
function spacedEllipsisEnd(text: string, afterFirst: number, end: number): number {
  let k = afterFirst;
  let dots = 1;
  while (k + 1 < end && text.charCodeAt(k) === 32 && text.charCodeAt(k + 1) === 46) {
    k += 2;
    dots++;
    while (k < end && text.charCodeAt(k) === 46) k++; // ". . .." and the like
  }
  return dots >= 3 ? k : afterFirst;
}

/** Whether the word ending before the spaces in front of `tokenStart` starts with a capital. */
function previousWordIsCapitalised(text: string, blockStart: number, tokenStart: number): boolean {
  let k = tokenStart;
  while (k > blockStart && isSpace(text.charCodeAt(k - 1))) k--;
  if (k === tokenStart) return false; // "Smith,Jr." or the block's first word
  while (k > blockStart && !isSpace(text.charCodeAt(k - 1))) k--;
  while (k < tokenStart && isIn(text, k, IS_OPENER)) k++;
  return UPPER.test(text[k] ?? "");
}

/**
 * Whether the word before a full stop (tokenBefore's) is an ordinary word, for which
 * isBoundary's answer is true: three or more ASCII code units without a dot (so no
 * initial and no dotted abbreviation) whose lower case is in no abbreviation list.
 * Most full stops end a sentence after such a word; this answers them without the
 * slice, lower-case copy and set look-ups of the exact path.
 */
export function isPlainWordBefore(text: string, blockStart: number, stop: number): boolean {
  let k = stop;
  const limit = Math.max(blockStart, stop - 40);
  while (k > limit && !isSpace(text.charCodeAt(k - 1))) k--;
  while (k < stop && isIn(text, k, IS_OPENER)) k++;
  if (stop - k < 3) return false;
  let h = 0x811c9dc5;
  for (; k < stop; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128 || c === 46) return false;
    h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
  }
  return abbreviationLookup(h & 0x3fffffff) === 0;
}

/** The word before a stop, without leading quotes or brackets, at most 40 units long. */
function tokenBefore(text: string, blockStart: number, stop: number): string {
  return text.slice(tokenStartBefore(text, blockStart, stop), stop);
}

/** Where tokenBefore's word starts. */
function tokenStartBefore(text: string, blockStart: number, stop: number): number {
  let k = stop;
  const limit = Math.max(blockStart, stop - 40);
  while (k > limit && !isSpace(text.charCodeAt(k - 1))) k--;
  while (k < stop && isIn(text, k, IS_OPENER)) k++;
  return k;
}

function wordAt(text: string, at: number, end: number): string {
  let k = at;
  while (k < end && isIn(text, k, IS_OPENER)) k++;
  const from = k;
  while (k < end && k - from < 20 && /[\p{L}'’]/u.test(text[k])) k++;
  return text.slice(from, k);
}

/**
 * Whether the word at `at` (wordAt's) is a sentence opener. A word of ASCII letters
 * only is answered by its lower-case hash when no opener has that hash, without the
 * slice, the lower-case copy and the per-character regex of wordAt; any other word
 * (an apostrophe, a non-ASCII letter, or a hash hit) takes the exact path. Pinned to
 * the exact path by a test.
 */
export function opensSentence(text: string, at: number, end: number): boolean {
  let k = at;
  while (k < end && isIn(text, k, IS_OPENER)) k++;
  const from = k;
  let h = 0x811c9dc5;
  for (; k < end && k - from < 20; k++) {
    const c = text.charCodeAt(k);
    const lower = c | 32;
    if (lower >= 97 && lower <= 122 && c < 128) {
      h = Math.imul(h ^ lower, 0x01000193);
      continue;
    }
    if (c === 39 || c >= 128) return opensSentenceExactly(text, at, end); // maybe part of the word
    break;
  }
  return k > from && openerLookup(h & 0x3fffffff) !== 0 && opensSentenceExactly(text, at, end);
}

/** opensSentence by wordAt's slice and the set (the definition). */
export function opensSentenceExactly(text: string, at: number, end: number): boolean {
  const word = wordAt(text, at, end);
  return word !== "" && SENTENCE_OPENERS.has(word.toLowerCase().replace("’", "'"));
}

function nextIsInitial(text: string, at: number, end: number): boolean {
  return at + 1 < end && INITIAL.test(text[at]) && text[at + 1] === ".";
}

/** Whether [start, end) holds a letter or digit; ASCII by code, the rest by property. */
function hasWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) return true;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      // A surrogate: let the regex read the code point (and the rest of the span).
      return HAS_WORD.test(text.slice(i, end));
    } else if (HAS_WORD.test(text[i])) {
      return true;
    }
  }
  return false;
}

/**
 * Folds pieces without a letter or digit into the previous piece (or the next, at the
 * start), in place in `sentences`; returns the number of pieces left.
 */
function mergeWordless(text: string): number {
  const { starts, ends } = sentences;
  let n = 0;
  let pendingStart = -1;
  for (let k = 0; k < sentenceCount; k++) {
    const start = starts[k];
    const end = ends[k];
    const wordless = !hasWord(text, start, end);
    if (wordless && n > 0) {
      ends[n - 1] = end;
    } else if (wordless) {
      if (pendingStart < 0) pendingStart = start;
    } else {
      starts[n] = pendingStart >= 0 ? pendingStart : start;
      ends[n] = end;
      n++;
      pendingStart = -1;
    }
  }
  return n;
}
