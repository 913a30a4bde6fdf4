/**
 * Full-text queries for the claims index (SQLite FTS5, db/migrations/0002): built
 * from words, never from raw input, so nothing a person types is read as FTS5
 * syntax (AND, NEAR, column filters, stray quotes). Each word becomes a quoted
 * phrase; the index's tokenizer then splits it as it split the claims ("$48.5" is
 * the phrase "48 5").
 *
 * Figures: the tokenizer splits "3,400" and "3 400" into the words "3" "400" but
 * keeps "3400" whole, and it cannot be told otherwise (FTS5 tokenizers are C).
 * So a figure is joined first (as "Checked before" does) and then asked for in
 * both shapes the index may hold: ("3400" OR "3 400"). No rebuild of the index,
 * and "3400", "3,400" and "3 400" find the same claims.
 */

import { claimTerms, joinDigitGroups } from "./similar";

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

/** A run of four or more digits: a figure the index may hold whole or in groups of three. */
const LONG_FIGURE = /\p{N}{4,}/gu;

/** "3,400"-style grouping of a joined figure: "1234567" → "1 234 567". */
function grouped(digits: string): string {
  return digits.replace(/\B(?=(\p{N}{3})+$)/gu, " ");
}

/** The shapes of a word in the index: itself, and with its long figures grouped, when it has one. */
function shapes(word: string): string[] {
  const split = word.replace(LONG_FIGURE, grouped);
  return split === word ? [word] : [word, split];
}

/** Claims holding any of `terms` (for "Checked before", which ranks them itself), or null when none can be searched. */
export function anyOfTerms(terms: Iterable<string>): string | null {
  const words = searchable(terms);
  return words.length === 0 ? null : words.flatMap(shapes).map(phrase).join(" OR ");
}

/** The look-up behind "Checked before" for a claim: earlier claims sharing any of its content words or figures. */
export function checkedBeforeQuery(claimText: string): string | null {
  return anyOfTerms(claimTerms(claimText).keys());
}

/**
 * Claims holding every word a person typed, each as the start of a word, so a
 * search forgives endings ("fare" finds "fares", "bridg" finds "bridge"); a
 * figure of four digits or more, as typed. Null when nothing in the text can be searched.
 */
export function allOfWords(text: string): string | null {
  const words = searchable(joinDigitGroups(text.normalize("NFKC").replace(CONTROLS, " ")).split(/\s+/));
  if (words.length === 0) return null;
  // An explicit AND: FTS5 reads a bare space after a parenthesised group as a syntax error.
  return words.map(wordQuery).join(" AND ");
}

/** A typed word as the start of a word; a figure exactly ("3400" must not find 34,000's unseparated "34000"), in either shape. */
function wordQuery(word: string): string {
  const forms = shapes(word);
  if (forms.length === 1) return `${phrase(word)}*`;
  return `(${forms.map(phrase).join(" OR ")})`;
}
