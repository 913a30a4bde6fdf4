import { diffWords as diffByWords, diffWordsWithSpace } from "diff";

export type WordChange = { kind: "same" | "added" | "removed"; text: string };

/**
 * Compares two saved revisions of an article word by word, returning runs of
 * unchanged, added and removed text in reading order. Concatenating the
 * "same" and "removed" runs gives `before`; "same" and "added" give `after`.
 *
 * Uses the `diff` package's whitespace-aware word diff: its plain word diff
 * ignores whitespace, so a paragraph split or joined would not show, and the
 * old revision could not be rebuilt from the result.
 */
export function diffWords(before: string, after: string): WordChange[] {
  return diffWordsWithSpace(before, after).map((change) => ({
    kind: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value,
  }));
}

const WORDS = new Intl.Segmenter("en", { granularity: "word" });

/**
 * diffWords for a short text people read closely, such as a verdict's rationale:
 * words as Intl.Segmenter finds them, so a figure stays whole ("4.1" to "3.9",
 * not "4" to "3" and "1" to "9"). Spacing is not compared (a line break added
 * alone is no change); otherwise both texts are rebuilt from the result.
 */
export function diffProse(before: string, after: string): WordChange[] {
  return diffByWords(before, after, { intlSegmenter: WORDS }).map((change) => ({
    kind: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value,
  }));
}
