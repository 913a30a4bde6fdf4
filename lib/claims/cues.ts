/**
 * Which signal matches an editor should be shown as a reason (and the kind should
 * count). The signals' expressions match words, and several of those words have an
 * everyday sense that is no cue: "at least" is no superlative, "disaster officials"
 * no opinion, "declined to comment" no change, "in May" no speculation, "23:58" no
 * figure. These predicates look at a match's neighbours to tell the senses apart.
 *
 * Display only: the model's features still count every match, as when it was
 * trained (see model/PROVENANCE.md). Each predicate reads a few words on either side
 * of one match with sticky expressions of fixed length, so the cost stays linear.
 */

import { makeWordSet } from "./wordgate";

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Whether text[start, end) is the lower-case ASCII `word`, capitals folded (no slice: this runs for most figures and cue words). */
function isWord(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(start + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

/** The word the last wordBefore or wordAfter found: text[wordStart, wordEnd) (empty when none). */
let wordStart = 0;
let wordEnd = 0;

/** Finds the word (letters and ".") ending just before the spaces before `at`; none when no space separates them. */
function wordBefore(text: string, at: number): void {
  let end = at;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  let start = end;
  if (end < at || at === 0) while (start > 0 && (isLetter(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 46)) start--;
  wordStart = start;
  wordEnd = end === at && at > 0 ? start : end;
}

/** Finds the word (letters and digits) after the spaces after `at`; none when no space separates them. */
function wordAfter(text: string, at: number): void {
  let start = at;
  while (start < text.length && text.charCodeAt(start) === 32) start++;
  let end = start;
  if (start > at) while (end < text.length && (isLetter(text.charCodeAt(end)) || isDigit(text.charCodeAt(end)))) end++;
  wordStart = start;
  wordEnd = end;
}

/** A word set asked about the last word found. */
type WordSet = (text: string, start: number, end: number) => boolean;
const setOf = (words: string): WordSet => makeWordSet(words.split(" "), 512);
const beforeIn = (text: string, at: number, set: WordSet): boolean => (wordBefore(text, at), set(text, wordStart, wordEnd));
const afterIn = (text: string, at: number, set: WordSet): boolean => (wordAfter(text, at), set(text, wordStart, wordEnd));
const beforeIs = (text: string, at: number, word: string): boolean => (wordBefore(text, at), isWord(text, wordStart, wordEnd, word));
const afterIs = (text: string, at: number, word: string): boolean => (wordAfter(text, at), isWord(text, wordStart, wordEnd, word));

/** Words after "last" that make it a date or a span ("last autumn", "last six", "last five years"). */
const AFTER_LAST = setOf(
  "year years month months week weeks day days decade decades century night nights time times season seasons autumn spring summer winter fall " +
    "quarter weekend term session two three four five six seven eight nine ten eleven twelve twenty thirty fifty hundred few several couple",
);
/** Words before "last" that make it the verb ("Will it last?", "built to last"). */
const BEFORE_LAST_VERB = setOf("will would could can may might should must to it they not didn't won't cannot");
/** Words after "most" that make it a quantity, not a degree ("most people", "most of"). */
const AFTER_MOST_QUANTITY = setOf(
  "of people adults children voters households families residents members patients cases countries states parts days nights " +
    "experts economists analysts scientists doctors britons americans users workers women men schools companies firms homes areas",
);

/** Whether the superlative match text[start, end) is one (not "at least", "last six", "first-time", "Latest figures"). */
export function isSuperlativeCue(text: string, start: number, end: number): boolean {
  // A compound ("first-time voters", "last-minute") is an adjective of its own.
  if (text.charCodeAt(end) === 45 && !isWord(text, start, end, "worst") && isLetter(text.charCodeAt(end + 1))) return false;
  if (isWord(text, start, end, "latest")) return false; // recency: "the latest figures"
  const most = isWord(text, start, end, "most");
  if (most || isWord(text, start, end, "least")) {
    if (beforeIs(text, start, "at")) return false; // "at least 41", "at most"
    return !(most && !beforeIs(text, start, "the") && afterIn(text, end, AFTER_MOST_QUANTITY));
  }
  if (isWord(text, start, end, "last")) {
    wordAfter(text, end);
    if (AFTER_LAST(text, wordStart, wordEnd) || (wordEnd > wordStart && isDigit(text.charCodeAt(wordStart)))) return false;
    if (beforeIn(text, start, BEFORE_LAST_VERB) || beforeIs(text, start, "at")) return false; // "will it last", "at last"
  }
  return true;
}

/** Words after "disaster" that make it the subject of an office, not a judgement ("disaster officials"). */
const AFTER_DISASTER = setOf("officials official agency agencies relief response management risk zone zones area areas declaration fund funds team teams recovery preparedness services service insurance");

/** Whether the opinion match text[start, end) is one (not a name's "Great Britain", "great-grandchildren", "disaster officials"). */
export function isOpinionCue(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  // A capitalised cue word inside the sentence is part of a name ("National Disaster Risk Reduction", "Great Britain").
  if (c >= 65 && c <= 90 && start > 0 && !atSentenceStart(text, start) && end - start > 1 && (c !== 73 || text.charCodeAt(start + 1) !== 32)) return false;
  if (text.charCodeAt(end) === 45 && isLetter(text.charCodeAt(end + 1))) return false; // "great-grandchildren"
  return !(isWord(text, start, end, "disaster") && afterIn(text, end, AFTER_DISASTER));
}

/** Whether only opening quotes, brackets or spaces come before `at` (its capital is the sentence's). */
function atSentenceStart(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (!(c === 32 || c === 34 || c === 39 || c === 40 || c === 0x201c || c === 0x2018)) return false;
  }
  return true;
}

/** Words before "cause(s)" that make it the noun ("death from any cause", "the cause"). */
const BEFORE_CAUSE_NOUN = setOf(
  "a an the any its their his her our this that no main leading root common natural unknown underlying primary probable likely exact real official single biggest same good just lost",
);

/** Whether the causal match text[start, end) is one (not "death from any cause", "contributed to this report"). */
export function isCausalCue(text: string, start: number, end: number): boolean {
  if ((isWord(text, start, end, "cause") || isWord(text, start, end, "causes")) && beforeIn(text, start, BEFORE_CAUSE_NOUN)) return false;
  // A credit line: "Jane Smith contributed to this report."
  if (isWord(text, start, end, "contributed to")) {
    CREDIT.lastIndex = end;
    return !CREDIT.test(text);
  }
  return true;
}
const CREDIT = /\s(?:this|the)\s(?:report|reporting|story|article)\b/y;

/** Whether the change match text[start, end) is one (not "declined to comment", a header who "rose highest"). */
export function isChangeCue(text: string, start: number, end: number): boolean {
  if (isWord(text, start, end, "declined")) return !afterIs(text, end, "to"); // declined to comment, to say
  if (isWord(text, start, end, "rose")) {
    if (afterIs(text, end, "highest")) return false;
    FEET.lastIndex = end;
    return !FEET.test(text);
  }
  return true;
}
const FEET = /\s+to\s+(?:his|her|their)\s+feet\b/y;

/** Words before "forecast(s)" that make it the noun ("its profit forecast", "overshot forecasts"). */
const BEFORE_FORECAST_NOUN = setOf(
  "a an the its their his her our this that these those profit earnings growth sales revenue weather official latest previous earlier " +
    "revised budget economic full-year central consensus overshot beat missed cut raised lowered exceeded met upgraded downgraded trimmed " +
    "reiterated maintained kept confirmed above below than",
);

/** Whether the prediction match text[start, end) predicts (not the noun of "cut its profit forecast"). */
export function isPredictionCue(text: string, start: number, end: number): boolean {
  if (!isWord(text, start, end, "forecast") && !isWord(text, start, end, "forecasts")) return true;
  return !beforeIn(text, start, BEFORE_FORECAST_NOUN);
}

/** Words before a number that make it part of a name ("type 2 diabetes", "Article 50"). */
const BEFORE_IDENTIFIER = setOf("type version article section clause chapter route flight platform category phase gate no. room");

/**
 * Whether the number match text[start, end) is a figure: not a clock time ("23:58"),
 * not an identifier ("GJ 9827 d", "type 2 diabetes").
 */
export function isFigureCue(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) === 58) return false; // a time of day
  if (beforeIn(text, start, BEFORE_IDENTIFIER)) return false;
  // A catalogue name: capitals before ("GJ 9827"), or one lower-case letter after ("9827 d").
  if (start >= 3 && text.charCodeAt(start - 1) === 32 && isCapitalsCode(text, start - 1)) return false;
  if (text.charCodeAt(end) === 32) {
    const d = text.charCodeAt(end + 1);
    const e = text.charCodeAt(end + 2); // NaN past the end
    if (d >= 98 && d <= 122 && !isLetter(e) && !isDigit(e) && e !== 39 && e !== 0x2019) return false; // "9827 d" (not "a")
  }
  return true;
}

/** Whether the word ending at `end` is two or more capitals (a catalogue's letters: "GJ", "HD"), not a word or a month. */
function isCapitalsCode(text: string, end: number): boolean {
  let start = end;
  while (start > 0 && text.charCodeAt(start - 1) >= 65 && text.charCodeAt(start - 1) <= 90) start--;
  if (end - start < 2 || end - start > 4) return false;
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  return !isLetter(before) && !isDigit(before);
}

/**
 * The first hedge that speculates, of the word pass's hedges (lower-cased words in
 * text order), or null. "may" is the modal only in lower case, or capitalised at the
 * start before a subject ("May I…"): "in May", "May 4" and Theresa May are no hedge.
 */
export function firstHedge(text: string, hedges: readonly string[]): string | null {
  let modalMay = -1; // unknown yet
  for (const hedge of hedges) {
    if (hedge !== "may") return hedge;
    if (modalMay < 0) modalMay = /\bmay\b|^\W*May\s+(?:I|we|you|he|she|it|they|the|this|that|there)\b/.test(text) ? 1 : 0;
    if (modalMay === 1) return hedge;
  }
  return null;
}

/** Words for numbers that are no figure to check: "a stoppage-time double"; a period, "the second half", "third quarter". */
const NOT_A_FIGURE = setOf("double");
const PERIODS = setOf("half quarter");
const ORDINALS = setOf("first second third fourth final last");
const SCALES = setOf("hundred hundreds thousand thousands million millions billion billions trillion trillions");

/**
 * Whether the spelled number text[start, end) is a figure ("nine points", "hundreds
 * of"): not a manner word ("double"), nor a scale after digits ("4.7 billion", whose
 * figure is listed already).
 */
export function isSpelledFigure(text: string, start: number, end: number): boolean {
  if (NOT_A_FIGURE(text, start, end) || (PERIODS(text, start, end) && beforeIn(text, start, ORDINALS))) return false;
  return !(SCALES(text, start, end) && start >= 2 && text.charCodeAt(start - 1) === 32 && isDigit(text.charCodeAt(start - 2)));
}

/**
 * Currencies named by a word after the figure ("4.7 billion pesos", "10.5 crowns"),
 * besides the dollars, euros, pounds and yuan the money signal knows. Sticky, a
 * fixed shape: one optional scale word, one currency word.
 */
const CURRENCY_AFTER = /\s(?:(?:million|billion|trillion|bn|m)\s)?(?:(?:Swedish|Danish|Norwegian|Czech|Icelandic)\s)?(?:pesos?|crowns?|kronor|krona|kroner|krone|rupees?|yen|francs?|rand|naira|roubles?|rubles?|lira|liras|ringgit|baht|dirhams?|riyals?|shekels?|zloty|zlotys|forints?|pesetas?|rupiah|lei|leu|reais|shillings?|cedis?)\b/y;

/** Where the currency named after the number ending at `end` ends, or -1. */
export function currencyAfter(text: string, end: number): number {
  // Every match is a space and a letter first: most numbers are followed by neither.
  if (text.charCodeAt(end) !== 32 || !isLetter(text.charCodeAt(end + 1))) return -1;
  CURRENCY_AFTER.lastIndex = end;
  return CURRENCY_AFTER.test(text) ? CURRENCY_AFTER.lastIndex : -1;
}

/** Whether text[end, next) is " in ": the numbers on either side are one ratio ("1 in 5"). */
export function ratioAfter(text: string, end: number, next: number): boolean {
  return next - end === 4 && text.startsWith(" in ", end);
}
