import type { Anchor } from "./types";

/** Characters of context kept either side of a quote. */
export const CONTEXT_LENGTH = 32;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * True when `offset` falls between the two halves of a surrogate pair, i.e. in
 * the middle of an emoji or another astral character.
 */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/**
 * Moves a range outward so that neither end cuts an astral character in half.
 * A lone surrogate would not survive UTF-8 storage (it becomes U+FFFD) and the
 * stored quote would no longer match the text.
 */
export function snapOutward(text: string, start: number, end: number): { start: number; end: number } {
  return {
    start: splitsSurrogatePair(text, start) ? start - 1 : start,
    end: splitsSurrogatePair(text, end) ? end + 1 : end,
  };
}

/**
 * Builds the position and quote selectors for `text.slice(start, end)`, with
 * up to CONTEXT_LENGTH characters of prefix and suffix (never cutting an emoji
 * in half). Throws a RangeError for an empty or out-of-range span, because a
 * claim always covers at least one character.
 */
export function createAnchor(text: string, start: number, end: number): Anchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`Invalid claim span [${start}, ${end}) for a text of ${text.length} characters`);
  }
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd -= 1;
  return {
    position: { start, end },
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
  };
}
