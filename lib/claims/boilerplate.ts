/**
 * Page furniture that survives text extraction: comment and share prompts,
 * related-link lines, photo credits, newsletter sign-ups. These are never proposed
 * as claims. Prompts are matched at the start of a line (where templates put them);
 * credits also anywhere, since captions end with "(AP Photo/…)" or "Photo: …".
 */

const LINE_PROMPTS = new RegExp(
  "^[\\s\"'“(\\[•*-]*(?:" +
    [
      "leave a (?:comment|reply)", "join the (?:conversation|discussion)", "\\d+\\s+comments?\\b", "comments?\\s*(?:\\(\\d+\\)|:|$)",
      "show comments", "view comments", "add a comment", "see inside", "see also", "read more", "read next", "related(?:\\s+(?:articles?|stories|coverage))?\\s*:",
      "more (?:from|on|about) [^.]{0,40}:", "watch\\s*:", "watch (?:the )?video", "listen\\s*:", "click here", "recommended(?: for you)?\\s*:",
      "sign up\\b", "subscribe\\b", "comments are (?:closed|open)", "get (?:our|the) [\\w\\s]{0,30}newsletter", "newsletter", "share (?:this|on|via)", "share\\s*$", "tweet this",
      "follow us", "follow @", "photo\\s*:", "photograph\\s*:", "image\\s*:", "credit\\s*:", "photo credit", "pictured\\s*:", "advertisement",
      "copyright", "©", "all rights reserved", "this story has been updated", "click to (?:share|email|print)", "email this", "print this",
    ].join("|") +
    ")",
  "i",
);
const CREDIT = /\((?:AP|AFP|Reuters|Getty|EPA|Bloomberg)\s*(?:Photo|Images)?\s*\/[^)]*\)|\b(?:AP|AFP|Getty Images|Reuters|EPA|Shutterstock)\s*(?:Photo)?\s*\/\s*\p{Lu}[\p{L}.\s-]+$|^\s*(?:Photo|Image|Illustration)\s+(?:by|courtesy of)\b|\b(?:Getty Images|Shutterstock)\s*$/iu;

const CAPTION_END = /\((?:AP|AFP|Reuters|Getty|EPA|Bloomberg)[^)]*\/[^)]*\)\s*$/;

/**
 * Whether CREDIT could match, without running it: its first two alternatives need a
 * "/", the third starts the text with photo/image/illustration, the fourth ends it
 * with "images" or "shutterstock". CREDIT is unanchored and tried at every offset,
 * which made it the slowest expression per sentence; most sentences fail all four.
 */
function mayHaveCredit(line: string): boolean {
  if (line.includes("/")) return true;
  let start = 0;
  while (start < line.length && isSpaceCode(line.charCodeAt(start))) start++;
  if (foldedAt(line, start, "photo") || foldedAt(line, start, "image") || foldedAt(line, start, "illustration")) return true;
  let end = line.length;
  while (end > 0 && isSpaceCode(line.charCodeAt(end - 1))) end--;
  return foldedAt(line, end - 6, "images") || foldedAt(line, end - 12, "shutterstock");
}

/**
 * Whether `word` (lower-case ASCII) is at `at` in `line` as CREDIT's case-insensitive
 * Unicode matching sees it: ASCII in either case, and also ſ for s and the Kelvin
 * sign for k, the two non-ASCII letters that fold onto ASCII ones.
 */
function foldedAt(line: string, at: number, word: string): boolean {
  if (at < 0 || at + word.length > line.length) return false;
  for (let k = 0; k < word.length; k++) {
    const w = word.charCodeAt(k);
    const c = line.charCodeAt(at + k);
    if (c === w || (c < 128 && (c | 32) === w)) continue;
    if ((c === 0x17f && w === 115) || (c === 0x212a && w === 107)) continue;
    return false;
  }
  return true;
}

/** JavaScript's \s, by code. */
function isSpaceCode(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 128) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 ||
    code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** True when `line` (a sentence, or the line it sits on) is boilerplate. */
export function isBoilerplate(line: string): boolean {
  return LINE_PROMPTS.test(line) || (mayHaveCredit(line) && CREDIT.test(line));
}

/**
 * True when a whole line is furniture: it opens with a prompt ("Read more:",
 * "Watch:") or is a short caption ending in a photo credit, whatever else is on it.
 */
export function isBoilerplateLine(line: string): boolean {
  return LINE_PROMPTS.test(line) || (line.length < 400 && CAPTION_END.test(line));
}
