import { diffArrays } from "diff";

/** `whole`: a whole paragraph removed or added (lib/revisions/diff-paragraphs), shown as a block of its own. */
export type WordChange = { kind: "same" | "added" | "removed"; text: string; whole?: boolean };

/**
 * A figure with its separators ("4.1", "12,300", "10:30"), a word (apostrophes
 * inside: "council’s"), a run of white space, or any other single character.
 * Between them they take every character, so the tokens rebuild the text.
 * (Intl.Segmenter's words would do too, but take 50 times as long on an article.)
 */
const TOKEN = /\p{N}+(?:[.,:]\p{N}+)*|[\p{L}\p{M}\p{N}_]+(?:['’][\p{L}\p{M}\p{N}_]+)*|\s+|[^]/gu;

function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * Compares two texts (two revisions of an article, two versions of a verdict's
 * rationale) word by word, returning runs of unchanged, added and removed text in
 * reading order. Concatenating the "same" and "removed" runs gives `before`;
 * "same" and "added" give `after`.
 *
 * A figure stays whole ("4.1" to "3.9", not "4" to "3" and "1" to "9"), and
 * spaces and line breaks are tokens too, so a paragraph split or joined shows.
 * The `diff` package's Myers diff does the comparing, over the token lists.
 */
export function diffWords(before: string, after: string): WordChange[] {
  return diffArrays(tokens(before), tokens(after)).map((change) => ({
    kind: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value.join(""),
  }));
}
