/**
 * Page furniture that survives text extraction: comment and share prompts,
 * related-link lines, photo credits, newsletter sign-ups. These are never proposed
 * as claims. Prompts are matched at the start of a line (where templates put them);
 * credits also anywhere, since captions end with "(AP Photo/…)" or "Photo: …".
 */

/** The words a time stamp's date may open with (months and days, short or long). */
const STAMP_WORDS = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|" +
  "nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\\b";

/** A time stamp's date or time: "10:30", "9 pm", "5/12/2026", "2026-12-05", "5 December", "Dec. 5", "Tuesday" (not "2025 census"). */
const STAMP = `(?:\\d{1,2}(?::\\d\\d|\\s*[ap]\\.?m\\b|[./-]\\d{1,2}[./-]\\d{2,4}|\\s+${STAMP_WORDS})|\\d{4}-\\d\\d-\\d\\d|${STAMP_WORDS})`;

export const LINE_PROMPTS = new RegExp(
  "^[\\s\"'“(\\[•*-]*(?:" +
    [
      "leave a (?:comment|reply)", "join the (?:conversation|discussion)", "\\d+\\s+comments?\\b", "comments?\\s*(?:\\(\\d+\\)|:|$)",
      "show comments", "view comments", "add a comment", "see inside", "see also", "read more", "read next", "related(?:\\s+(?:articles?|stories|coverage))?\\s*:",
      "more (?:from|on|about) [^.]{0,40}:", "watch\\s*:", "watch (?:the )?video", "listen\\s*:", "click here", "recommended(?: for you)?\\s*:",
      "sign up\\b", "subscribe\\b", "comments are (?:closed|open)", "get (?:our|the) [\\w\\s]{0,30}newsletter", "newsletter", "share (?:this|on|via)", "share\\s*$", "tweet this",
      "follow us", "follow @", "photo\\s*:", "photograph\\s*:", "image\\s*:", "credit\\s*:", "photo credit", "pictured\\s*:", "advertisement",
      "copyright", "©", "all rights reserved", "this story has been updated", "click to (?:share|email|print)", "email this", "print this",
      // Time stamps ("Updated 10:30 a.m. ET", "Published: Dec. 5, 2026"): a date or time must follow at once,
      // so "Published figures show…" stays a sentence.
      "(?:last )?(?:updated|published|posted)\\s*:?\\s*(?:(?:on|at)\\s+)?" + STAMP,
      // The article's own earlier corrections are the desk's record, not claims to check again.
      "this (?:story|article|report) (?:has been|was) (?:corrected|amended|clarified)", "an earlier version of this (?:story|article|report)",
      "corrections?\\s*(?::|,[^:\\n]{1,30}:)", "clarification\\s*:", "editor['’]?s note\\s*:",
      // Captions, graphics and their sources: furniture around the story, not in it.
      "caption\\s*:", "picture\\s*:", "graphic\\s*:", "sources?\\s*:",
    ].join("|") +
    ")",
  "i",
);
export const CREDIT = /\((?:AP|AFP|Reuters|Getty|EPA|Bloomberg)\s*(?:Photo|Images)?\s*\/[^)]*\)|\b(?:AP|AFP|Getty Images|Reuters|EPA|Shutterstock)\s*(?:Photo)?\s*\/\s*\p{Lu}[\p{L}.\s-]+$|^\s*(?:Photo|Image|Illustration)\s+(?:by|courtesy of)\b|\b(?:Getty Images|Shutterstock)\s*$/iu;

const CAPTION_END = /\((?:AP|AFP|Reuters|Getty|EPA|Bloomberg)[^)]*\/[^)]*\)\s*$/;

/**
 * Whether CREDIT could match, without running it: its first two alternatives need a
 * "/" and an agency name, the third starts the text with photo/image/illustration, the fourth ends it
 * with "images" or "shutterstock". CREDIT is unanchored and tried at every offset,
 * which made it the slowest expression per sentence; most sentences fail all four.
 */
export function mayHaveCredit(line: string): boolean {
  if (line.includes("/") && mentionsAgency(line)) return true;
  let start = 0;
  while (start < line.length && isSpaceCode(line.charCodeAt(start))) start++;
  const first = line.charCodeAt(start) | 32; // photo, image and illustration start with p or i
  if ((first === 112 || first === 105) && (foldedAt(line, start, "photo") || foldedAt(line, start, "image") || foldedAt(line, start, "illustration"))) return true;
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
  return (mayBePrompt(line) && LINE_PROMPTS.test(line)) || (mayHaveCredit(line) && CREDIT.test(line)) || (line.length <= 40 && STAMP_ONLY.test(line));
}

/** A live blog's time stamp standing alone as a sentence: "UPDATE: 1:12 a.m.", "10.42am", "Updated 9:05 p.m. ET". */
const STAMP_ONLY = /^\s*(?:(?:last\s+)?updated?\s*:?\s*)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{1,4})?\s*:?\s*$/i;

/**
 * The first two letters (lower case) of every LINE_PROMPTS alternative that starts
 * with a letter. Its other alternatives start with a digit or "©". LINE_PROMPTS is
 * case-insensitive without the u flag, so only ASCII letters match its letters.
 */
const PROMPT_STARTS = "le jo co sh vi ad se re mo wa li cl si su ge ne tw fo ph im cr pi al th em pr la up pu po an ed ca gr so";
const promptStart = new Uint8Array(128 * 128);
for (const pair of PROMPT_STARTS.split(" ")) promptStart[pair.charCodeAt(0) * 128 + pair.charCodeAt(1)] = 1;

/**
 * Whether LINE_PROMPTS can match, without running it: after its leading run of
 * [\s"'“(\[•*-] (no alternative starts with one of those, so the run is never given
 * back) comes a digit, "©", or two letters that start an alternative. Most sentences
 * open with a pair no prompt has ("It", "Un", "Ha"); a test pins this to LINE_PROMPTS.
 */
export function mayBePrompt(line: string): boolean {
  let p = 0;
  const n = line.length;
  while (p < n) {
    const c = line.charCodeAt(p);
    if (!(isSpaceCode(c) || c === 34 || c === 39 || c === 0x201c || c === 40 || c === 91 || c === 0x2022 || c === 42 || c === 45)) break;
    p++;
  }
  if (p >= n) return false;
  const c1 = line.charCodeAt(p);
  if ((c1 >= 48 && c1 <= 57) || c1 === 0xa9) return true;
  const c2 = p + 1 < n ? line.charCodeAt(p + 1) : 0;
  if (c1 >= 128 || c2 >= 128) return false;
  const l1 = c1 >= 65 && c1 <= 90 ? c1 + 32 : c1;
  const l2 = c2 >= 65 && c2 <= 90 ? c2 + 32 : c2;
  return promptStart[l1 * 128 + l2] === 1;
}

/**
 * Whether one of the agency names CREDIT's first two alternatives need before their
 * "/" (AP, AFP, Reuters, Getty, EPA, Bloomberg, Shutterstock) is on the line, folded
 * as CREDIT folds: a line with a "/" but none of them cannot match those two.
 */

function mentionsAgency(line: string): boolean {
  for (let p = 0; p < line.length; p++) {
    // Every name starts with a, b, e, g, r or s (or ſ, which folds to s).
    const c = line.charCodeAt(p);
    switch (c < 128 ? c | 32 : c === 0x17f ? 115 : 0) {
      case 97: if (foldedAt(line, p, "ap") || foldedAt(line, p, "afp")) return true; break;
      case 98: if (foldedAt(line, p, "bloomberg")) return true; break;
      case 101: if (foldedAt(line, p, "epa")) return true; break;
      case 103: if (foldedAt(line, p, "getty")) return true; break;
      case 114: if (foldedAt(line, p, "reuters")) return true; break;
      case 115: if (foldedAt(line, p, "shutterstock")) return true; break;
    }
  }
  return false;
}

/**
 * A byline on a line of its own: "By Dana Whitfield, Business Reporter", "By Mara
 * Okafor and Sam Lee". Two capitalised words at least name the writer, so "By
 * Tuesday, the council…" stays a sentence, and nothing after the name ends like one.
 */
const BYLINE = /^\s*By\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+\s*(?:(?:,|and\b|&)[^.!?\n]*)?\s*$/u;

/** BYLINE needs "By " first; most lines open otherwise. */
function mayBeByline(line: string): boolean {
  let p = 0;
  while (p < line.length && isSpaceCode(line.charCodeAt(p))) p++;
  return line.charCodeAt(p) === 66 && line.charCodeAt(p + 1) === 121 && isSpaceCode(line.charCodeAt(p + 2)) && line.length < 200;
}

/**
 * True when a whole line is furniture: it opens with a prompt ("Read more:",
 * "Watch:"), is a byline, or is a short caption ending in a photo credit, whatever
 * else is on it.
 */
export function isBoilerplateLine(line: string): boolean {
  // CAPTION_END holds a literal "/": a native search rules most lines out before the
  // expression is tried at every offset.
  return (
    (mayBePrompt(line) && LINE_PROMPTS.test(line)) ||
    (mayBeByline(line) && BYLINE.test(line)) ||
    (line.length < 400 && line.includes("/") && CAPTION_END.test(line)) ||
    (line.length < 400 && isFurnitureLine(line))
  );
}

/**
 * A caption ending in its credit: "(Photo: Mark Daly/Sportsfile)", "Photo: PA",
 * "REUTERS/Tom Little" (an agency in capitals), "(Wire/John Peters)".
 */
const CREDIT_END =
  /(?:\((?:Photo|Picture|Image)s?\s*:[^()]{1,60}\)|\b(?:Photo|Picture|Image)s?\s*:\s*[^.:()]{1,40}|\b\p{Lu}{2,}\s*\/\s*\p{Lu}[\p{L}.' -]{1,40}|\(\p{Lu}[\p{L}]{1,30}\/\p{Lu}[\p{L}.' -]{1,40}\))\s*$/u;
/** "Jim Gomez contributed to this report.", "… is a Local Democracy Reporter funded by the BBC." */
const CONTRIBUTOR = /(?:\bcontributed(?: reporting)? to this (?:report|story|article)|^[^.]{1,80}\b(?:is|are) an? [\p{L} -]{0,40}\b(?:reporters?|correspondents?)\b[^.]{0,60})\.?\s*$/iu;
/** CONTRIBUTOR needs one of these words: a linear look before its nested ranges run. */
const CONTRIBUTOR_WORD = /contributed|reporter|correspondent/i;
/** A wire story's exchange-rate footer: "($1 = 10.5621 Swedish crowns)". */
const RATE_FOOTER = /^\s*\(\s*\p{Sc}\s*1\s*=\s*\p{Sc}?\s*\d[\d.,]*\s*[\p{L} .]{1,30}\)\s*$/u;
/** A table's caption naming its unit: "Nordvik Q3 results (SEK million)", "Spending (£m)". */
const TABLE_CAPTION = /^[^.!?|()]{1,60}\((?:\p{Lu}{3}\s*|\p{Sc}\s*)?(?:m|bn|k|million|billion|thousand|000s|%|per cent)\)\s*$/u;
/** A cell that is a figure: "19", "£5,340", "4.7%", "-12", "412,000+". */
const FIGURE_CELL = /^[-+−]?\p{Sc}?\d[\d,.]*\s*(?:%|k|m|bn|pts?)?\+?$/iu;

/** Whether `line` is a credit, contributor or rate footer, or a table's caption or header row. */
function isFurnitureLine(line: string): boolean {
  return CREDIT_END.test(line) || (CONTRIBUTOR_WORD.test(line) && CONTRIBUTOR.test(line)) || RATE_FOOTER.test(line) || TABLE_CAPTION.test(line) || isTableHeader(line);
}

/**
 * A table's header row: cells between "|" (two at least), none of them a figure
 * ("Route | 2024 price | 2025 price | Increase"). A row with a figure is data.
 */
export function isTableHeader(line: string): boolean {
  if (line.indexOf("|") < 0) return false;
  let cells = 0;
  for (const raw of line.split("|")) {
    const cell = raw.trim();
    if (cell === "" || /^:?-+:?$/.test(cell)) continue;
    if (FIGURE_CELL.test(cell)) return false;
    cells++;
  }
  return cells >= 2;
}
