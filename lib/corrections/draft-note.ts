/**
 * Drafts the correction note an editor then edits.
 *
 * The house pattern is "An earlier version of this article misstated X. It is Y."
 * It reads well when X and Y are phrases ("the number of schools", "196"), but X
 * is the claim's anchored text, nearly always a whole sentence, and the editor
 * often types Y as one too. Dropping a sentence into "misstated X" or "It is Y"
 * gives "It is the river rose 3.9 metres", which no newsroom would print. So each
 * fragment is first judged a phrase or a sentence, and the note is worded to fit:
 * a sentence is reported ("incorrectly said that the river rose…") or stands as a
 * sentence of its own ("The river rose 3.9 metres on Monday."), a phrase keeps
 * the house pattern.
 *
 * The note is one paragraph: line breaks collapse to spaces, a quotation the
 * claim's span cut in half is closed (or opened), and the fragment's own closing
 * punctuation is dropped before the pattern adds its full stop, so stops never
 * double. A fragment that lands mid-sentence loses the capital of a common
 * opening word ("said that the river…"); one that starts a sentence gains one.
 */
import { isVerb } from "@/lib/claims/atomic";
import type { CorrectionType } from "@/lib/workflow/statuses";

export type DraftNoteInput = { original: string; corrected: string; type: CorrectionType };

const CLOSERS = `"'”’»›)]」』）`;
/** Every script's sentence and clause ends the desk meets: Latin, CJK (。！？，、), Devanagari (। ॥), Arabic (؟ ، ؛), Urdu (۔). */
const TRAILING_PUNCTUATION = /[.!?;:,…。！？｡，、；：।॥؟،؛۔]+$/u;

/**
 * Normalises a fragment for the pattern: trims, collapses whitespace and removes
 * trailing sentence punctuation, also when it sits just inside a closing quote or
 * bracket (`he said "it is 5."` becomes `he said "it is 5"`). Abbreviations lose
 * their last dot too, which the pattern's own full stop puts back.
 */
export function toFragment(text: string): string {
  let out = text.replace(/\s+/gu, " ").trim();
  for (;;) {
    const before = out;
    out = out.replace(TRAILING_PUNCTUATION, "").trimEnd();
    const last = out.at(-1);
    if (last !== undefined && CLOSERS.includes(last)) {
      const inner = out.slice(0, -1).replace(TRAILING_PUNCTUATION, "");
      out = inner + last;
    }
    if (out === before) return out;
  }
}

const count = (text: string, char: string) => text.split(char).length - 1;

/**
 * Closes a quotation the claim's span cut off at its end, or opens one it cut off
 * at its start, so a note never carries a lone quote mark. Curly quotes and
 * guillemets say which side is missing; for straight double quotes the side is
 * read from the stray mark: after a space (or first) it opens, else it closes.
 * Single quotes are left, since most of them are apostrophes.
 */
export function balanceQuotes(text: string): string {
  let out = text;
  for (const [open, close] of [["“", "”"], ["«", "»"]] as const) {
    const missing = count(out, open) - count(out, close);
    if (missing > 0) out += close.repeat(missing);
    if (missing < 0) out = open.repeat(-missing) + out;
  }
  if (count(out, '"') % 2 === 1) {
    const at = out.indexOf('"');
    const opens = at === 0 || /[\s([]/u.test(out[at - 1]);
    out = opens ? `${out}"` : `"${out}`;
  }
  return out;
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

/**
 * Gives a fragment that starts a sentence its capital, past any opening quote or
 * bracket. A word with a capital inside it ("iPhone", "eBay") is a name written
 * that way and keeps its small first letter.
 */
export function capitaliseSentence(fragment: string): string {
  const match = /^([\p{Pi}\p{Ps}"'\s]*)(\p{Ll})(\p{L}*)/u.exec(fragment);
  if (!match) return fragment;
  const [whole, lead, first, rest] = match;
  if (rest !== rest.toLowerCase()) return fragment;
  return lead + first.toUpperCase() + fragment.slice(whole.length - rest.length);
}

/** A claim or corrected text as the pattern sees it: its words, and whether they make a sentence. */
type Fragment = { text: string; sentence: boolean; quoted: boolean };

/** Ends with a full stop, question or exclamation mark (in any script above), perhaps inside a closing quote or bracket. */
const ENDS_SENTENCE = /[.!?。！？｡।॥؟۔](?:["'”’»›)\]」』）])*$/u;
/** Letters, none of them Latin: text whose verbs the English word lists cannot know. */
const LETTERS_NONE_LATIN = (text: string) => /\p{L}/u.test(text) && !/\p{Script=Latin}/u.test(text);

/**
 * Reads a text into a fragment, or null when it says nothing. It counts as a
 * sentence when it has at least three words and ends like one or has a verb:
 * "Canada." or "the U.S." are answers, "The river rose 4.2 metres." is a
 * statement. A claim's text usually stops before its sentence's full stop
 * ("Unemployment fell to 3.9% in March"), so the ending alone would take nearly
 * every claim for a phrase and draft "misstated Unemployment fell…".
 */
function readFragment(raw: string): Fragment | null {
  const balanced = balanceQuotes(raw.replace(/\s+/gu, " ").trim());
  const text = toFragment(balanced);
  if (!text) return null;
  const words = text.split(" ");
  // Chinese, Arabic, Hindi…: no verb list to ask, and CJK writes no spaces to count
  // words by. A claim is nearly always a sentence, so one of four letters or more is.
  const sentence = LETTERS_NONE_LATIN(text) ? [...text].length >= 4 : words.length >= 3 && (ENDS_SENTENCE.test(balanced) || hasVerb(words));
  return { text, sentence, quoted: /^[\p{Pi}"]/u.test(text) };
}

/** Words after which an "-ed" word describes a noun rather than saying what it did. */
const BEFORE_ADJECTIVE = /^(?:a|an|the|this|that|these|those|its|their|his|her|our|my|your|some|every|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*|\p{L}+ly)$/iu;
/** "-ed" words that are no past tense: "speed", "hundred", "seed". */
const NOT_PAST = /(?:[^r]eed|dred)$/i;

/**
 * Whether the words say something happened or is so: a verb the claim finder
 * knows by name ("fell", "is", "will", "said"), or a past tense in "-ed" after its
 * subject ("the council approved"). An "-ed" word in a name ("the United States",
 * "the Sacred Heart Hospital") or describing a noun ("the newly elected mayor",
 * "three hundred delegates", "the speed limit") makes no sentence.
 */
function hasVerb(words: readonly string[]): boolean {
  return words.some((raw, i) => {
    const word = raw.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
    if (!isVerb(word)) return false;
    if (word.length < 5 || !/ed$/i.test(word)) return true;
    const before = i > 0 ? words[i - 1].replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "") : "";
    return i > 0 && word[0] === word[0].toLowerCase() && !NOT_PAST.test(word) && !BEFORE_ADJECTIVE.test(before);
  });
}

/** The fragment inside a sentence, after a verb ("misstated X", "It is Y"). */
const mid = (f: Fragment) => lowerSentenceOpener(f.text);
/** The fragment as a sentence of its own. */
const own = (f: Fragment) => capitaliseSentence(f.text);

/**
 * What follows "said": a sentence reported with "that", a quotation after a
 * colon (reported speech would have to rewrite it), a phrase as it is.
 */
function said(f: Fragment): string {
  if (!f.sentence) return ` ${mid(f)}`;
  return f.quoted ? `: ${own(f)}` : ` that ${mid(f)}`;
}

type Pattern = { both: (x: Fragment, y: Fragment) => string; onlyOriginal: (x: Fragment) => string; onlyCorrected: (y: Fragment) => string };

/** The house pattern's first half: "misstated X" for a phrase, "incorrectly said that X" for a sentence. */
const misstated = (x: Fragment) => (x.sentence ? `An earlier version of this article incorrectly said${said(x)}.` : `An earlier version of this article misstated ${mid(x)}.`);
/** The house pattern's second half: "It is Y." for a phrase; a corrected sentence says itself. */
const itIs = (y: Fragment) => (y.sentence ? `${own(y)}.` : `It is ${mid(y)}.`);

const PATTERNS: Record<CorrectionType, Pattern> = {
  correction: {
    both: (x, y) => `${misstated(x)} ${itIs(y)}`,
    onlyOriginal: misstated,
    onlyCorrected: (y) => `An earlier version of this article contained an error. ${itIs(y)}`,
  },
  clarification: {
    both: (x, y) => `An earlier version of this article said${said(x)}. To clarify, ${mid(y)}.`,
    onlyOriginal: (x) => `An earlier version of this article said${said(x)}, which needed clarification.`,
    onlyCorrected: (y) => `This article has been updated to clarify${y.sentence ? " that" : ""} ${mid(y)}.`,
  },
  update: {
    both: (x, y) => `This article has been updated. An earlier version said${said(x)}. It now says${said(y)}.`,
    onlyOriginal: (x) => `This article has been updated. An earlier version said${said(x)}.`,
    onlyCorrected: (y) => `This article has been updated. It now says${said(y)}.`,
  },
  editors_note: {
    both: (x, y) => `Editor's note: An earlier version of this article said${said(x)}. It now says${said(y)}.`,
    onlyOriginal: (x) => `Editor's note: An earlier version of this article said${said(x)}.`,
    onlyCorrected: (y) => `Editor's note: ${own(y)}.`,
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
  const x = readFragment(input.original);
  const y = readFragment(input.corrected);
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
