import type { Span } from "./types";
import { doubled } from "./grow";

/**
 * Paragraph and line blocks. News plain text separates paragraphs with blank
 * lines and puts headings, list items, bylines and captions on lines of their own,
 * so every line starts a new block — except a hard-wrapped continuation, which is
 * glued back onto the line above so a sentence is never cut by a wrap.
 */

export const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/g;
const ENDS_LIKE_SENTENCE = /[.!?…:;"'”’»)\]]$/;
const STARTS_LOWER = /^\p{Ll}/u;

/** Index of the first non-whitespace code unit in [from, to), or `to`. */
export function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Index just past the last non-whitespace code unit in [from, to), or `from`. */
export function trimEnd(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** JavaScript's `\s` set, tested by code so the scanner never builds strings. */
export function isSpace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 128) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f ||
    code === 0x3000 || code === 0xfeff
  );
}

/**
 * Splits `text` into trimmed blocks (paragraphs, and lines within them) with exact
 * offsets. A line is joined to the previous one only when no blank line separates
 * them, the previous line does not end like a sentence or heading, and the new
 * line starts in lower case — the signature of a hard wrap.
 */
export function splitBlocks(text: string): Span[] {
  const count = findBlocks(text);
  const out: Span[] = new Array(count);
  for (let k = 0; k < count; k++) out[k] = { start: blocks.starts[k], end: blocks.ends[k] };
  return out;
}

/**
 * The blocks of the text last given to findBlocks: `starts[k]`…`ends[k]` for k below
 * its return value. Scratch for the segmenter, instead of a span object per line.
 */
export const blocks = { starts: new Int32Array(256), ends: new Int32Array(256) };
let blockCount = 0;
let blankSincePrevious = true;

/** splitBlocks into `blocks`; returns how many there are. */
export function findBlocks(text: string): number {
  blockCount = 0;
  blankSincePrevious = true;
  let lineStart = 0;
  const breaks = sharedBreaks.reset(text);
  for (let at = breaks.next(0); at >= 0; at = breaks.next(lineStart)) {
    visitLine(text, lineStart, at);
    lineStart = at + breaks.length;
  }
  visitLine(text, lineStart, text.length);
  breaks.reset(""); // keep no reference to the text
  return blockCount;
}

/** Adds the line text[from, to) as a block, or glues it onto the block before (a hard wrap). */
function visitLine(text: string, from: number, to: number): void {
  const start = skipSpace(text, from, to);
  const end = trimEnd(text, start, to);
  if (start === end) {
    blankSincePrevious = true;
    return;
  }
  const last = blockCount - 1;
  if (
    last >= 0 && !blankSincePrevious &&
    !ENDS_LIKE_SENTENCE.test(text.slice(Math.max(blocks.starts[last], blocks.ends[last] - 1), blocks.ends[last])) &&
    STARTS_LOWER.test(text.slice(start, start + 2))
  ) {
    blocks.ends[last] = end;
  } else {
    if (blockCount === blocks.starts.length) {
      blocks.starts = doubled(blocks.starts);
      blocks.ends = doubled(blocks.ends);
    }
    blocks.starts[blockCount] = start;
    blocks.ends[blockCount] = end;
    blockCount++;
  }
  blankSincePrevious = false;
}

/** The code units LINE_BREAK starts with ("\r\n" starts with "\r"). */
const BREAK_CHARS = ["\n", "\r", "\u2028", "\u2029"];

/**
 * LINE_BREAK's matches by native searches for each break character instead of an
 * exec (and a match array) per line: `next(from)` is where the first match at or after
 * `from` starts (-1: none), `length` its length ("\r\n" is one break of two). Each
 * character's next position is remembered until passed, so the scan stays linear.
 * (LINE_BREAK stays the definition; a test pins this to it.) A class with one shared
 * instance rather than an object of fresh closures per text: with a new closure each
 * call, findBlocks' optimised code (built for the first text's closure) was thrown
 * away on the second text, in the middle of the first timed runs.
 */
class LineBreaks {
  length = 1;
  private text = "";
  private readonly positions = new Int32Array(BREAK_CHARS.length);

  /** Starts over on `text`. */
  reset(text: string): this {
    this.text = text;
    this.length = 1;
    for (let k = 0; k < BREAK_CHARS.length; k++) this.positions[k] = text.indexOf(BREAK_CHARS[k]);
    return this;
  }

  next(from: number): number {
    const text = this.text;
    const positions = this.positions;
    let best = -1;
    for (let k = 0; k < BREAK_CHARS.length; k++) {
      if (positions[k] >= 0 && positions[k] < from) positions[k] = text.indexOf(BREAK_CHARS[k], from);
      if (positions[k] >= 0 && (best < 0 || positions[k] < best)) best = positions[k];
    }
    this.length = best >= 0 && text.charCodeAt(best) === 13 && text.charCodeAt(best + 1) === 10 ? 2 : 1;
    return best;
  }
}

/** The one LineBreaks findBlocks reuses. */
const sharedBreaks = new LineBreaks();

/** A LineBreaks of its own over `text` (for callers that keep it). */
export function lineBreaks(text: string): { next(from: number): number; length: number } {
  return new LineBreaks().reset(text);
}
