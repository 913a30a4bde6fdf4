/**
 * Whether a line reads as a byline, on its own (no HTML parser), so the editor's
 * paste can use it in the browser as imports do on the server (./lead.ts).
 */

/** Longest line still read as a byline; a longer "By …" line is a sentence. */
const MAX_BYLINE_CHARS = 80;
const MAX_BYLINE_WORDS = 10;

/**
 * "By" and a capitalised name, short, and no digits or sentence punctuation ("By
 * March, 40,000 jobs had gone." is text). Initials ("By J. K. Writer") are allowed
 * their full stops.
 */
export function looksLikeByline(line: string): boolean {
  const text = line.replace(/\s+/g, " ").trim();
  if (text.length > MAX_BYLINE_CHARS || text.split(" ").length > MAX_BYLINE_WORDS) return false;
  const match = /^by:?\s+(\p{Lu}.*)$/iu.exec(text);
  if (!match) return false;
  const withoutInitials = match[1].replace(/\b\p{Lu}\./gu, "");
  return !/[\d.!?;:"“”]/u.test(withoutInitials);
}
