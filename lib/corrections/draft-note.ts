/**
 * Drafts the correction note an editor then edits.
 *
 * The house pattern is "An earlier version of this article misstated X. It is Y."
 * X and Y come from the claim's anchored text and the corrected text, which are
 * usually whole sentences with their own full stop, sometimes inside quotes. The
 * note is one paragraph, so line breaks collapse to spaces and the trailing
 * sentence punctuation of each fragment is dropped before the pattern adds its own.
 * A fragment that opened its sentence now sits mid-sentence, so a capital on a
 * common opening word is lowered ("misstated the river rose", not "misstated The
 * river rose"); any other capital is left, since it may be a name.
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

/**
 * Words that open sentences and are never names, so their capital only marks the
 * sentence start. Deliberately short and plain: a word that can be a name or a
 * month ("May", "Will", "Rose", "Mark") is not here, because lowering a name in a
 * note readers see is worse than a capital the editor tidies.
 */
const SENTENCE_OPENERS = new Set([
  "a", "an", "the", "this", "that", "these", "those",
  "it", "its", "it's", "there", "there's", "their", "they", "they're", "then",
  "he", "she", "his", "her", "we", "our", "you", "your",
  "some", "many", "most", "all", "both", "each", "every", "no", "none", "only",
  "in", "on", "at", "by", "for", "from", "after", "before", "during", "since", "according",
]);

/** A first word followed by a space: letters, with one apostrophe at most ("It's"). */
const FIRST_WORD = /^(\p{L}+(?:['’]\p{L}+)?)(?=\s)/u;

/**
 * Lowers the first letter of a fragment that starts with a common sentence
 * opener written with a capital only ("The", "It’s"); "THE", a name, a quote or
 * a one-word fragment stay as they are.
 */
export function lowerSentenceOpener(fragment: string): string {
  const word = FIRST_WORD.exec(fragment)?.[1];
  if (!word) return fragment;
  const capitalised = word[0] !== word[0].toLowerCase() && word.slice(1) === word.slice(1).toLowerCase();
  if (!capitalised || !SENTENCE_OPENERS.has(word.toLowerCase().replace("’", "'"))) return fragment;
  return word[0].toLowerCase() + fragment.slice(1);
}

type Pattern = { both: (x: string, y: string) => string; onlyOriginal: (x: string) => string; onlyCorrected: (y: string) => string };

// `mid` marks a fragment that lands mid-sentence ("misstated X", "It is Y"); after
// a colon ("To clarify: Y") a fragment is a sentence of its own and keeps its capital.
const mid = lowerSentenceOpener;

const PATTERNS: Record<CorrectionType, Pattern> = {
  correction: {
    both: (x, y) => `An earlier version of this article misstated ${mid(x)}. It is ${mid(y)}.`,
    onlyOriginal: (x) => `An earlier version of this article misstated ${mid(x)}.`,
    onlyCorrected: (y) => `An earlier version of this article contained an error. It is ${mid(y)}.`,
  },
  clarification: {
    both: (x, y) => `An earlier version of this article said ${mid(x)}. To clarify: ${y}.`,
    onlyOriginal: (x) => `An earlier version of this article said ${mid(x)}, which needed clarification.`,
    onlyCorrected: (y) => `This article has been updated to clarify: ${y}.`,
  },
  update: {
    both: (x, y) => `This article has been updated. An earlier version said ${mid(x)}. It now says ${mid(y)}.`,
    onlyOriginal: (x) => `This article has been updated. An earlier version said ${mid(x)}.`,
    onlyCorrected: (y) => `This article has been updated: ${y}.`,
  },
  editors_note: {
    both: (x, y) => `Editor's note: An earlier version of this article said ${mid(x)}. It now says ${mid(y)}.`,
    onlyOriginal: (x) => `Editor's note: An earlier version of this article said ${mid(x)}.`,
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

/**
 * Whether a note is still the pattern's draft for these texts, i.e. nobody has
 * written in it. The editor uses this to let the note follow the texts as they
 * are typed, and to leave it alone once it holds the editor's own words.
 */
export function isDraftedNote(input: DraftNoteInput & { note: string }): boolean {
  // A type the desk does not know (a tampered form) has no pattern to match.
  if (!Object.hasOwn(PATTERNS, input.type)) return false;
  return input.note.trim() === draftCorrectionNote(input);
}
