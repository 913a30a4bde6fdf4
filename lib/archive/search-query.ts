/**
 * Full-text queries for the claims index (SQLite FTS5, db/migrations/0002): built
 * from words, never from raw input, so nothing a person types is read as FTS5
 * syntax (AND, NEAR, column filters, stray quotes). Each word becomes a quoted
 * phrase; the index's tokenizer then splits it as it split the claims ("$48.5" is
 * the phrase "48 5").
 */

import { claimTerms } from "./similar";

/** The most words a query uses: a pasted paragraph searches by its first words. */
const MAX_WORDS = 32;

/** An FTS5 string literal: double quotes, with quotes inside doubled. */
function phrase(word: string): string {
  return `"${word.replaceAll('"', '""')}"`;
}

/** Control characters: SQLite refuses a NUL inside a query string, and none belongs in a word. */
const CONTROLS = /[\u0000-\u001f\u007f]/g;

/** Words that hold a letter or a digit (a phrase of punctuation alone matches nothing FTS5 accepts). */
function searchable(words: Iterable<string>): string[] {
  const out: string[] = [];
  for (const raw of words) {
    const word = raw.replace(CONTROLS, "");
    if (/[\p{L}\p{N}]/u.test(word) && !out.includes(word)) out.push(word);
    if (out.length === MAX_WORDS) break;
  }
  return out;
}

/** Claims holding any of `terms` (for "Checked before", which ranks them itself), or null when none can be searched. */
export function anyOfTerms(terms: Iterable<string>): string | null {
  const words = searchable(terms);
  return words.length === 0 ? null : words.map(phrase).join(" OR ");
}

/** The look-up behind "Checked before" for a claim: earlier claims sharing any of its content words or figures. */
export function checkedBeforeQuery(claimText: string): string | null {
  return anyOfTerms(claimTerms(claimText).keys());
}

/**
 * Claims holding every word a person typed, each as the start of a word, so a
 * search forgives endings ("fare" finds "fares", "bridg" finds "bridge"). Null
 * when nothing in the text can be searched.
 */
export function allOfWords(text: string): string | null {
  const words = searchable(text.normalize("NFKC").replace(CONTROLS, " ").split(/\s+/));
  if (words.length === 0) return null;
  return words.map((word) => `${phrase(word)}*`).join(" ");
}
