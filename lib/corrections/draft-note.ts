/**
 * Drafts the correction note an editor then edits.
 *
 * The house pattern is "An earlier version of this article misstated X. It is Y."
 * X and Y come from the claim's anchored text and the corrected text, which are
 * usually whole sentences with their own full stop, sometimes inside quotes. The
 * note is one paragraph, so line breaks collapse to spaces and the trailing
 * sentence punctuation of each fragment is dropped before the pattern adds its own.
 */
import type { CorrectionType } from "@/lib/workflow/statuses";

export type DraftNoteInput = { original: string; corrected: string; type: CorrectionType };

const CLOSING_QUOTES = `"'”’»›`;
const TRAILING_PUNCTUATION = /[.!?;:,…]+$/u;

/**
 * Normalises a fragment for the pattern: trims, collapses whitespace and removes
 * trailing sentence punctuation, also when it sits just inside a closing quote
 * (`he said "it is 5."` becomes `he said "it is 5"`). Abbreviations lose their
 * last dot too, which the pattern's own full stop puts back.
 */
export function toFragment(text: string): string {
  let out = text.replace(/\s+/gu, " ").trim();
  for (;;) {
    const before = out;
    out = out.replace(TRAILING_PUNCTUATION, "").trimEnd();
    const last = out.at(-1);
    if (last !== undefined && CLOSING_QUOTES.includes(last)) {
      const inner = out.slice(0, -1).replace(TRAILING_PUNCTUATION, "");
      out = inner + last;
    }
    if (out === before) return out;
  }
}

type Pattern = { both: (x: string, y: string) => string; onlyOriginal: (x: string) => string; onlyCorrected: (y: string) => string };

const PATTERNS: Record<CorrectionType, Pattern> = {
  correction: {
    both: (x, y) => `An earlier version of this article misstated ${x}. It is ${y}.`,
    onlyOriginal: (x) => `An earlier version of this article misstated ${x}.`,
    onlyCorrected: (y) => `An earlier version of this article contained an error. It is ${y}.`,
  },
  clarification: {
    both: (x, y) => `An earlier version of this article said ${x}. To clarify: ${y}.`,
    onlyOriginal: (x) => `An earlier version of this article said ${x}, which needed clarification.`,
    onlyCorrected: (y) => `This article has been updated to clarify: ${y}.`,
  },
  update: {
    both: (x, y) => `This article has been updated. An earlier version said ${x}. It now says ${y}.`,
    onlyOriginal: (x) => `This article has been updated. An earlier version said ${x}.`,
    onlyCorrected: (y) => `This article has been updated: ${y}.`,
  },
  editors_note: {
    both: (x, y) => `Editor's note: An earlier version of this article said ${x}. It now says ${y}.`,
    onlyOriginal: (x) => `Editor's note: An earlier version of this article said ${x}.`,
    onlyCorrected: (y) => `Editor's note: ${y}.`,
  },
};

const FALLBACK: Record<CorrectionType, string> = {
  correction: "An earlier version of this article contained an error.",
  clarification: "This article has been updated for clarity.",
  update: "This article has been updated.",
  editors_note: "Editor's note:",
};

/**
 * Returns the drafted note for a correction of the given type. Either text may be
 * empty (an editor can correct before writing the new wording); the note then
 * uses the half it has, or a neutral sentence when it has neither.
 */
export function draftCorrectionNote(input: DraftNoteInput): string {
  const x = toFragment(input.original);
  const y = toFragment(input.corrected);
  const pattern = PATTERNS[input.type];
  if (x && y) return pattern.both(x, y);
  if (x) return pattern.onlyOriginal(x);
  if (y) return pattern.onlyCorrected(y);
  return FALLBACK[input.type];
}
