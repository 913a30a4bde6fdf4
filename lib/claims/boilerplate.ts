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

/** True when `line` (a sentence, or the line it sits on) is boilerplate. */
export function isBoilerplate(line: string): boolean {
  return LINE_PROMPTS.test(line) || CREDIT.test(line);
}

/**
 * True when a whole line is furniture: it opens with a prompt ("Read more:",
 * "Watch:") or is a short caption ending in a photo credit, whatever else is on it.
 */
export function isBoilerplateLine(line: string): boolean {
  return LINE_PROMPTS.test(line) || (line.length < 400 && CAPTION_END.test(line));
}
