/**
 * Escaping for user text inside generated Markdown.
 *
 * The goal is that a CommonMark/GFM reader shows exactly the text people typed,
 * while the raw file stays readable: only characters that would change meaning
 * are backslash-escaped (every ASCII punctuation escape is legal in CommonMark,
 * but escaping all of them would litter quotes and commas with backslashes).
 */

const INLINE_SPECIAL = /[\\`*_[\]<>|~]/g;
// Entity references would be decoded by the reader ("&amp;" would show as "&").
const ENTITY_LIKE = /&(?=#?[a-z0-9]+;)/gi;
// Constructs that only mean something at the start of a line.
const LINE_START = /^(\s*)(#|>|[-+=]|\d+[.)]|(?:```|~~~))/;

// A web address in the text: copied from the raw file it must still work, so its
// underscores, asterisks and tildes stay bare ("utm_source", not "utm\_source").
// Between letters and digits they start no emphasis in CommonMark anyway.
const WEB_ADDRESS = /https?:\/\/[^\s<>]+/g;
const URL_SPECIAL = /[\\`[\]<>|]/g;

/** INLINE_SPECIAL escapes, with web addresses escaped only where they could break out. */
function escapeInline(line: string): string {
  let out = "";
  let last = 0;
  for (const match of line.matchAll(WEB_ADDRESS)) {
    out += line.slice(last, match.index).replace(INLINE_SPECIAL, "\\$&") + match[0].replace(URL_SPECIAL, "\\$&");
    last = match.index + match[0].length;
  }
  return out + line.slice(last).replace(INLINE_SPECIAL, "\\$&");
}

/** Escapes one line of user text so it renders as literal text; `atLineStart` adds block-marker escapes. */
function escapeLine(line: string, atLineStart = true): string {
  const inline = escapeInline(line).replace(ENTITY_LIKE, "\\&");
  if (!atLineStart) return inline;
  return inline.replace(LINE_START, (_m, space: string, marker: string) => {
    if (/^\d/.test(marker)) return `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}`;
    return `${space}\\${marker}`;
  });
}

/**
 * Escapes text for a place inside a paragraph or list item. Line breaks are
 * kept as soft breaks, indented by `indent` so they stay inside a list item.
 */
export function mdInline(text: string, indent = ""): string {
  // The first line follows a label ("**Claimant:** "), so only later lines start a line.
  return text.split(/\r\n|\r|\n/).map((line, i) => escapeLine(line, i > 0)).join(`\n${indent}`);
}

/**
 * Renders text as a block quote, one "> " per line, so multi-line claims,
 * quotes and notes keep their line structure. Blank lines stay inside the quote.
 */
export function mdQuote(text: string, indent = ""): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => (line.trim() === "" ? `${indent}>` : `${indent}> ${escapeLine(line, true)}`))
    .join("\n");
}

/** A link whose label and destination cannot break out of the link syntax. */
export function mdLink(label: string, url: string): string {
  // No address (an article not online yet): the words alone, or a dash, never "[](<>)".
  if (!url.trim()) return label ? mdInline(label) : "—";
  const safeUrl = url.replace(/[\s<>]/g, (c) => encodeURIComponent(c));
  return `[${mdInline(label || url)}](<${safeUrl}>)`;
}
