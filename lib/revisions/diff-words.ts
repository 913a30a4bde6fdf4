import { diffWordsWithSpace } from "diff";

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
