import type { ClaimKind } from "@/lib/workflow/statuses";
import * as abbreviations from "./abbreviations";
import * as signals from "./signals";
import type { Found, Signals } from "./signals";
import { makeWordGate } from "./wordgate";
import * as cues from "./cues";

const { SENTENCE_OPENERS } = abbreviations;
const { currencyAfter, firstHedge, isCausalCue, isChangeCue, isFigureCue, isOpinionCue, isPredictionCue, isSpelledFigure, isSuperlativeCue, ratioAfter } = cues;
const { CAUSES, COMPARATIVES, DATES, ENTITIES, HYPOTHETICALS, MONEY_LIST, NUMBERS, OPINIONS, PERCENTS, PREDICTIONS, SPELLED_NUMBERS, SUPERLATIVES, TRENDS } = signals;

/** Hashes of every opener: a miss proves an all-letters word is none (a hit is checked exactly). */
const openerGate = makeWordGate([[1, [...SENTENCE_OPENERS].join(" ")]]);
const openerLookup = openerGate.lookup;

/**
 * Whether SENTENCE_OPENERS cannot hold stripTrailing(entity[0, end)) lower-cased:
 * true only when that word is all A–Z/a–z and its lower-case hash is no opener's, so
 * the common capitalised name needs no slice, lower-case copy or set look-up.
 */
function surelyNoOpener(entity: string, end: number): boolean {
  let stop = end;
  for (; stop > 0; stop--) {
    const c = entity.charCodeAt(stop - 1);
    if (c !== 46 && c !== 44 && c !== 59 && c !== 58 && c !== 39 && c !== 0x2019) break;
  }
  let h = 0x811c9dc5;
  for (let k = 0; k < stop; k++) {
    const c = entity.charCodeAt(k) | 32;
    if (c < 97 || c > 122) return false;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return openerLookup(h & 0x3fffffff) === 0;
}

/**
 * Kind and reasons from the signals. The kind follows a fixed precedence: what a
 * sentence is *doing* (asking, predicting, opining) outranks what it contains, so
 * "Taxes will rise 5% next year" is a prediction, not a statistic — the desk checks
 * those differently. Reasons quote the evidence so an editor sees why at a glance.
 */

/** The claim kind for a sentence with these signals and (possibly) a claimant. */
/** The superlatives that are not words of a date: "last" of "last week" is the date. */
function superlativesOutsideDateWords(s: Signals): readonly string[] {
  if (s.superlatives.length === 0 || s.dates.length === 0) return s.superlatives;
  return s.superlatives.filter((w) => !s.dates.some((d) => d.includes(w)));
}

export function classifyKind(signals: Signals, claimant: string | null, text: string): ClaimKind {
  const s = cueView(signals, text);
  if (s.question) return "question";
  if (s.predictions.length > 0 && s.pastTense === 0) return "prediction";
  const superlatives = superlativesOutsideDateWords(s).length;
  const factual = s.numbers.length + s.currencyMoney.length + s.percents.length + s.money.length + s.comparatives.length + superlatives;
  if (s.opinion.length > 0 && factual === 0) return "opinion";
  if (s.hedges.length > 0 && factual === 0 && !claimant) return "opinion";
  if (factual - s.comparatives.length - superlatives > 0 || s.spelledNumbers.length > 0) return "statistic";
  if (s.comparatives.length > 0 || superlatives > 0) return "comparison";
  if (s.causal.length > 0) return "causal";
  if (claimant) return "quote";
  if (s.pastTense > 0 || s.dates.length > 0 || s.trends.length > 0) return "event";
  if (s.opinion.length > 0) return "opinion";
  return "other";
}

const first = (items: readonly string[]) => items[0]?.trim();

/** The signals as an editor is shown them (cues.ts): the string lists' definition of the Found path below. */
interface CueView extends Signals {
  /** Figures in a currency named by a word: "4.7 billion pesos". */
  currencyMoney: readonly string[];
}

/**
 * Where each item of `items` (matches in text order, not overlapping) starts in
 * `text`: the next occurrence that can be a match. Every expression here starts at
 * \b before a \w-word and ends at \b, so no ASCII \w code unit is next to a match; a number
 * (`numeric`) has no letter, digit, "." or "," before it and no digit after.
 */
function startsOf(text: string, items: readonly string[], numeric = false): number[] {
  const out: number[] = [];
  let from = 0;
  for (const item of items) {
    let at = text.indexOf(item, from);
    while (at >= 0 && !mayStartMatch(text, at, at + item.length, numeric)) at = text.indexOf(item, at + 1);
    out.push(at);
    from = at + item.length;
  }
  return out;
}

const NUMBER_NEIGHBOUR = /[\p{L}\d.,]/u;

/** Whether a match of `text[at, end)` may start at `at` (see startsOf). */
function mayStartMatch(text: string, at: number, end: number, numeric: boolean): boolean {
  const c = at > 0 ? text.charCodeAt(at - 1) : 32;
  if ((c >= 48 && c <= 57) || (c | 32) >= 97 && (c | 32) <= 122 || c === 95) return false;
  if (!numeric) {
    const d = text.charCodeAt(end); // and ends at \b
    return !((d >= 48 && d <= 57) || (d | 32) >= 97 && (d | 32) <= 122 || d === 95);
  }
  if ((at > 0 && NUMBER_NEIGHBOUR.test(String.fromCodePoint(text.codePointAt(at - 1) ?? 32))) || (c >= 0xdc00 && c <= 0xdfff && at >= 2 && NUMBER_NEIGHBOUR.test(text.slice(at - 2, at)))) return false;
  const d = text.charCodeAt(end);
  return !(d >= 48 && d <= 57);
}

/** The items whose range `keep` accepts. */
function kept(text: string, items: readonly string[], keep: (text: string, start: number, end: number) => boolean): readonly string[] {
  if (items.length === 0) return items;
  const starts = startsOf(text, items);
  return items.filter((item, k) => keep(text, starts[k], starts[k] + item.length));
}

/** `s` with the matches that are no cue left out, a ratio's two numbers joined and figures in a named currency moved to money. */
function cueView(s: Signals, text: string): CueView {
  const numbers: string[] = [];
  const currencyMoney: string[] = [];
  const starts = startsOf(text, s.numbers, true);
  for (let k = 0; k < s.numbers.length; k++) {
    const start = starts[k];
    const end = start + s.numbers[k].length;
    if (!isFigureCue(text, start, end)) continue;
    const money = currencyAfter(text, end);
    if (money >= 0) currencyMoney.push(text.slice(start, money));
    else if (k + 1 < s.numbers.length && ratioAfter(text, end, starts[k + 1]) && currencyAfter(text, starts[k + 1] + s.numbers[k + 1].length) < 0) numbers.push(text.slice(start, starts[k + 1] + s.numbers[++k].length));
    else numbers.push(s.numbers[k]);
  }
  const hedge = firstHedge(text, s.hedges);
  return {
    ...s,
    numbers,
    currencyMoney,
    spelledNumbers: kept(text, s.spelledNumbers, isSpelledFigure),
    superlatives: kept(text, s.superlatives, isSuperlativeCue),
    opinion: kept(text, s.opinion, isOpinionCue),
    causal: kept(text, s.causal, isCausalCue),
    trends: kept(text, s.trends, isChangeCue),
    predictions: kept(text, s.predictions, isPredictionCue),
    hedges: hedge === null ? [] : [hedge],
  };
}

/**
 * How many figures of one sort (money, percentages, numbers) a sentence's reasons
 * list: the checker needs the one the claim turns on, whichever place it holds in the
 * sentence, and more than this is a table read as a sentence.
 */
export const FIGURE_CAP = 6;

/**
 * Appends "label: item" for the first `max` distinct trimmed items, in order. Checked
 * against the reasons already appended under this label, so no set per call: this
 * runs for every sentence, and `max` is small.
 */
function addReasons(reasons: string[], label: string, items: readonly string[], max: number, strip = false): void {
  const from = reasons.length;
  for (let k = 0; k < items.length && reasons.length - from < max; k++) {
    const reason = label + ": " + (strip ? stripTrailing(items[k]) : items[k]).trim();
    if (!reasons.includes(reason, from)) reasons.push(reason);
  }
}

/** `item.replace(/[.,;:'’]+$/, "")` by a backwards scan. */
function stripTrailing(item: string): string {
  let end = item.length;
  for (; end > 0; end--) {
    const c = item.charCodeAt(end - 1);
    if (c !== 46 && c !== 44 && c !== 59 && c !== 58 && c !== 39 && c !== 0x2019) break;
  }
  return end === item.length ? item : item.slice(0, end);
}

/** Whether text[start, end) ends in a possessive "'s" or "’s" after at least one character. */
function possessiveAt(text: string, start: number, end: number): boolean {
  if (end - start < 3 || text.charCodeAt(end - 1) !== 115) return false;
  const q = text.charCodeAt(end - 2);
  return q === 39 || q === 0x2019;
}

/**
 * An entity as a reason names it: trailing punctuation and a possessive gone
 * ("UK's," is "UK"), then any punctuation the possessive hid ("U.S.'s" is "U.S").
 */
function entityName(entity: string): string {
  const item = stripTrailing(entity);
  return possessiveAt(item, 0, item.length) ? stripTrailing(item.slice(0, -2)) : item;
}

/** Whether `n` occurs in any item of the lists (as in their space-joined text: `n` has no spaces). */
function inAny(n: string, a: readonly string[], b: readonly string[], c: readonly string[]): boolean {
  for (let k = 0; k < a.length; k++) if (a[k].includes(n)) return true;
  for (let k = 0; k < b.length; k++) if (b[k].includes(n)) return true;
  for (let k = 0; k < c.length; k++) if (c[k].includes(n)) return true;
  return false;
}

/** JavaScript's \s, by code. */
function isSpaceCode(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 128) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 ||
    code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * The entity signal's runs of capitalised words without a capitalised sentence
 * opener in front: after a colon, dash or quote "The", "In" or "But" is capitalised
 * because a clause starts, not because it names anything. "The" alone is dropped,
 * "The Commerce Department" is reported as "Commerce Department". (The model's
 * entity feature still counts the runs as they were when it was trained.)
 */
function namedEntities(entities: readonly string[]): readonly string[] {
  let out: string[] | null = null;
  for (let k = 0; k < entities.length; k++) {
    const entity = entities[k];
    const c0 = entity.charCodeAt(0);
    // Every opener is ASCII lower case, so only an entity starting A–Z can be one.
    let space = -1;
    let opener = false;
    if (c0 >= 65 && c0 <= 90) {
      space = 1;
      while (space < entity.length && !isSpaceCode(entity.charCodeAt(space))) space++;
      if (space === entity.length) space = -1;
      if (!surelyNoOpener(entity, space < 0 ? entity.length : space)) {
        const first = stripTrailing(space < 0 ? entity : entity.slice(0, space));
        opener = SENTENCE_OPENERS.has(first.toLowerCase().replace("’", "'"));
      }
    }
    if (!opener) {
      out?.push(entity);
      continue;
    }
    out ??= entities.slice(0, k);
    if (space >= 0) {
      const rest = entity.slice(space).trimStart();
      if (rest !== "") out.push(rest);
    }
  }
  return out ?? entities;
}

/**
 * The entities worth naming besides the other reasons: one already quoted as the
 * claimant ("attributed to: Commerce Department") or inside the date shown ("Sept"
 * of "Sept. 12", "Thursday") would say the same thing twice.
 */
function shownEntities(entities: readonly string[], dates: readonly string[], claimant: string | null): readonly string[] {
  if (dates.length === 0 && !claimant) return entities;
  return entities.filter((entity) => {
    const item = stripTrailing(entity).trim();
    return !(claimant?.includes(item) || dates.some((date) => date.includes(item)));
  });
}

/** Human-readable reasons, strongest evidence first, at most a handful of each sort. */
export function describeReasons(signals: Signals, claimant: string | null, text: string): string[] {
  const s = cueView(signals, text);
  const reasons: string[] = [];
  // Money and percentages lose a trailing comma or stop as numbers do ("£6,075," of "for £6,075, below…").
  // A figure in a currency named by a word ("4.7 billion pesos") is money too.
  addReasons(reasons, "money", [...s.money, ...s.currencyMoney], FIGURE_CAP, true);
  addReasons(reasons, "percentage", s.percents, FIGURE_CAP, true);
  if (s.numbers.length > 0) {
    // Numbers already shown as money, a percentage or a date are not repeated.
    const { money, percents, dates } = s;
    let shown = s.numbers;
    if (money.length + percents.length + dates.length > 0) {
      const rest: string[] = [];
      // Compared without a trailing comma: "2023," of "in 2023, the…" is the date's year.
      for (let k = 0; k < shown.length; k++) if (!inAny(stripTrailing(shown[k]), money, percents, dates)) rest.push(shown[k]);
      shown = rest;
    }
    // A number ends in a comma when the sentence goes on after it ("John Smith, 45, said").
    addReasons(reasons, "number", shown, FIGURE_CAP, true);
  }
  // Numbers in words ("nine points", "seven minutes") are numbers to check as well.
  addReasons(reasons, "number", s.spelledNumbers, FIGURE_CAP, true);
  addReasons(reasons, "date", s.dates, 1);
  // "last" in "last month" is the date already shown, not a superlative worth naming.
  addReasons(reasons, "superlative", superlativesOutsideDateWords(s), 1);
  addReasons(reasons, "comparative", s.comparatives, 1);
  addReasons(reasons, "change", s.trends, 1);
  if (claimant) reasons.push(`attributed to: ${claimant}`);
  addReasons(reasons, "causal", s.causal, 1);
  addReasons(reasons, "named entity", shownEntities(namedEntities(s.entities).map(entityName), s.dates, claimant), 2, true);
  if (s.opinion.length > 0) reasons.push(`opinion: ${first(s.opinion)}`);
  if (s.hedges.length > 0) reasons.push(`speculation: ${first(s.hedges)}`);
  if (s.predictions.length > 0) reasons.push(`prediction: ${first(s.predictions)}`);
  if (s.hypotheticals.length > 0) reasons.push(`hypothetical: ${first(s.hypotheticals)}`);
  if (s.question) reasons.push("question");
  // Named only where score.ts damps it, which asks the signals, not the cues: a short
  // line with a figure ("Injured: 217") is not damped.
  if (s.words <= 4 && signals.numbers.length + signals.percents.length + signals.money.length === 0) reasons.push(`very short: ${s.words} words`);
  return reasons;
}

/*
 * Kind and reasons of the signals as ranges (`Found`, see signals.ts), for the
 * pipeline: the same answers as classifyKind and describeReasons on the string
 * lists, slicing only the items a reason quotes. Tests pin both to the definitions.
 */

/** classifyKind of the signals `f` holds. */
export function kindOfFound(text: string, f: Found, claimant: string | null): ClaimKind {
  const n = f.count;
  if (f.question) return "question";
  if (n[PREDICTIONS] > 0 && f.pastTense === 0 && keptCount(text, f, PREDICTIONS, isPredictionCue) > 0) return "prediction";
  const superlatives = n[SUPERLATIVES] > 0 ? superlativeCues(text, f) : 0;
  const figures = (n[NUMBERS] > 0 ? keptCount(text, f, NUMBERS, isFigureCue) : 0) + n[PERCENTS] + n[MONEY_LIST];
  const factual = figures + n[COMPARATIVES] + superlatives;
  const opinion = n[OPINIONS] > 0 && keptCount(text, f, OPINIONS, isOpinionCue) > 0;
  if (opinion && factual === 0) return "opinion";
  if (f.hedges.length > 0 && factual === 0 && !claimant && firstHedge(text, f.hedges) !== null) return "opinion";
  if (figures > 0 || (n[SPELLED_NUMBERS] > 0 && keptCount(text, f, SPELLED_NUMBERS, isSpelledFigure) > 0)) return "statistic";
  if (n[COMPARATIVES] > 0 || superlatives > 0) return "comparison";
  if (n[CAUSES] > 0 && keptCount(text, f, CAUSES, isCausalCue) > 0) return "causal";
  if (claimant) return "quote";
  if (f.pastTense > 0 || n[DATES] > 0 || (n[TRENDS] > 0 && keptCount(text, f, TRENDS, isChangeCue) > 0)) return "event";
  if (opinion) return "opinion";
  return "other";
}

/** How many items of list `list` `keep` accepts. */
function keptCount(text: string, f: Found, list: number, keep: (text: string, start: number, end: number) => boolean): number {
  let count = 0;
  const from = f.first[list];
  for (let k = from; k < from + f.count[list]; k++) if (keep(text, f.starts[k], f.ends[k])) count++;
  return count;
}

/** The superlatives of `f` that are cues and not words of one of its dates ("last" of "last week"). */
function superlativeCues(text: string, f: Found): number {
  let count = 0;
  const dated = f.count[DATES] > 0;
  const from = f.first[SUPERLATIVES];
  for (let k = from; k < from + f.count[SUPERLATIVES]; k++) {
    if (isSuperlativeCue(text, f.starts[k], f.ends[k]) && !(dated && occursInList(text, f, DATES, f.starts[k], f.ends[k]))) count++;
  }
  return count;
}

/** describeReasons of the signals `f` holds for `text`. */
export function reasonsOfFound(text: string, f: Found, claimant: string | null): string[] {
  reasonCount = 0;
  const n = f.count;
  // Most lists are empty: tested here rather than in a call each.
  if (n[MONEY_LIST] > 0 || n[NUMBERS] > 0) addMoney(text, f);
  if (n[PERCENTS] > 0) addRanges("percentage: ", text, f, PERCENTS, FIGURE_CAP, false, true);
  // Numbers already shown as money, a percentage or a date are not repeated.
  if (n[NUMBERS] > 0) addNumbers(text, f, n[MONEY_LIST] + n[PERCENTS] + n[DATES] > 0);
  if (n[SPELLED_NUMBERS] > 0) addRanges("number: ", text, f, SPELLED_NUMBERS, FIGURE_CAP, false, true, false, isSpelledFigure);
  if (n[DATES] > 0) addRanges("date: ", text, f, DATES, 1, false);
  if (n[SUPERLATIVES] > 0) addRanges("superlative: ", text, f, SUPERLATIVES, 1, false, false, n[DATES] > 0, isSuperlativeCue);
  if (n[COMPARATIVES] > 0) addRanges("comparative: ", text, f, COMPARATIVES, 1, false);
  if (n[TRENDS] > 0) addRanges("change: ", text, f, TRENDS, 1, false, false, false, isChangeCue);
  if (claimant) addReason(`attributed to: ${claimant}`);
  if (n[CAUSES] > 0) addRanges("causal: ", text, f, CAUSES, 1, false, false, false, isCausalCue);
  if (n[ENTITIES] > 0) addNamedEntities(text, f, claimant);
  if (n[OPINIONS] > 0) addRanges("opinion: ", text, f, OPINIONS, 1, false, false, false, isOpinionCue);
  const hedge = f.hedges.length > 0 ? firstHedge(text, f.hedges) : null;
  if (hedge !== null) addReason(`speculation: ${hedge.trim()}`);
  if (n[PREDICTIONS] > 0) addRanges("prediction: ", text, f, PREDICTIONS, 1, false, false, false, isPredictionCue);
  if (n[HYPOTHETICALS] > 0) addReason(`hypothetical: ${firstTrimmed(text, f, HYPOTHETICALS)}`);
  if (f.question) addReason("question");
  if (f.words <= 4 && n[NUMBERS] + n[PERCENTS] + n[MONEY_LIST] === 0) addReason(VERY_SHORT[f.words]);
  return reasonsArray();
}

/**
 * `very short: ${n} words` for the only counts it is given (0 to 4), made once: a
 * number turned into a string and a new string per short sentence were garbage,
 * and a young string stored in a long-lived reasons array costs a write barrier.
 */
const VERY_SHORT = [0, 1, 2, 3, 4].map((n) => `very short: ${n} words`);

/**
 * The collected reasons as an array of their own size, made by slice() rather than
 * an array literal (why: see the note above SentenceRecord in find.ts).
 */
function reasonsArray(): string[] {
  return reasonItems.slice(0, reasonCount);
}

/**
 * The reasons being built, copied out at the end: an array grown by push gets room for
 * 16 items on its first push, and every sentence keeps its reasons, so the results
 * were mostly empty slots (and each scavenge copied them).
 */
const reasonItems: string[] = new Array<string>(32).fill("");
let reasonCount = 0;

function addReason(reason: string): void {
  if (reasonCount === reasonItems.length) reasonItems.push(reason);
  else reasonItems[reasonCount] = reason;
  reasonCount++;
}

/** The first item of list `list`, trimmed. */
function firstTrimmed(text: string, f: Found, list: number): string {
  const k = f.first[list];
  return text.slice(f.starts[k], f.ends[k]).trim();
}

/** Whether text[a, b) and text[c, d) hold the same code units. */
function sameText(text: string, a: number, b: number, c: number, d: number): boolean {
  if (b - a !== d - c) return false;
  for (let k = 0; k < b - a; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(c + k)) return false;
  return true;
}

/** Whether text[a, b) occurs inside text[c, d) (String.includes on the two slices). */
function occursIn(text: string, a: number, b: number, c: number, d: number): boolean {
  return occursInRange(text, a, b, text, c, d);
}

/** Whether text[a, b) occurs inside other[c, d), compared code unit by code unit without slicing either. */
function occursInRange(text: string, a: number, b: number, other: string, c: number, d: number): boolean {
  const len = b - a;
  for (let p = c; p + len <= d; p++) {
    let k = 0;
    while (k < len && other.charCodeAt(p + k) === text.charCodeAt(a + k)) k++;
    if (k === len) return true;
  }
  return false;
}

/** inAny for a number's range: whether it occurs in a money, percentage or date item. */
function shownElsewhere(text: string, f: Found, a: number, b: number): boolean {
  return occursInList(text, f, MONEY_LIST, a, b) || occursInList(text, f, PERCENTS, a, b) || occursInList(text, f, DATES, a, b);
}

/** Whether text[a, b) occurs in an item of list `list`. */
function occursInList(text: string, f: Found, list: number, a: number, b: number): boolean {
  const from = f.first[list];
  for (let k = from; k < from + f.count[list]; k++) {
    const c = f.starts[k];
    const d = f.ends[k];
    // Usually the number is part of the very match ("2.5" in "2.5%"): no need to compare.
    if ((c <= a && b <= d) || occursIn(text, a, b, c, d)) return true;
  }
  return false;
}

/** Where the last `trimmedRange` starts and ends. */
let itemStart = 0;
let itemEnd = 0;

/** `text.slice(a, b)` (stripTrailing'd first when `strip`) then trimmed, as a range in itemStart/itemEnd. */
function trimmedRange(text: string, a: number, b: number, strip: boolean): void {
  let end = b;
  if (strip) {
    for (; end > a; end--) {
      const c = text.charCodeAt(end - 1);
      if (c !== 46 && c !== 44 && c !== 59 && c !== 58 && c !== 39 && c !== 0x2019) break;
    }
  }
  let start = a;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  itemStart = start;
  itemEnd = end;
}

/**
 * addReasons over list `list` of `f`: prefix ("label: ") and item for the first `max` distinct
 * trimmed (and stripTrailing'd when `strip`) items, leaving out numbers shown elsewhere when `skipShown`
 * and items that occur in a date when `skipInDates`.
 */
function addRanges(
  prefix: string, text: string, f: Found, list: number, max: number, skipShown: boolean, strip = false, skipInDates = false,
  keep: ((text: string, start: number, end: number) => boolean) | null = null,
): void {
  const from = f.first[list];
  const to = from + f.count[list];
  let taken = 0;
  for (let k = from; k < to && taken < max; k++) {
    if (keep !== null && !keep(text, f.starts[k], f.ends[k])) continue;
    if (skipInDates && occursInList(text, f, DATES, f.starts[k], f.ends[k])) continue;
    taken = addRange(prefix, text, f.starts[k], f.ends[k], skipShown ? f : null, strip, taken);
  }
}

/**
 * Lists text[a, b) (trimmed, and stripTrailing'd when `strip`) unless it repeats one
 * of the first `taken` items listed for this label, or occurs in a money, percentage
 * or date item of `shownIn`; returns the new count of items listed.
 */
function addRange(prefix: string, text: string, a: number, b: number, shownIn: Found | null, strip: boolean, taken: number): number {
  trimmedRange(text, a, b, strip);
  if (shownIn !== null && shownElsewhere(text, shownIn, itemStart, itemEnd)) return taken;
  if (takenBefore(text, taken)) return taken;
  takenStarts[taken] = itemStart;
  takenEnds[taken] = itemEnd;
  addReason(prefix + text.slice(itemStart, itemEnd));
  return taken + 1;
}

/** The money reasons: the money signal's items, then figures in a currency named by a word ("4.7 billion pesos"). */
function addMoney(text: string, f: Found): void {
  let taken = 0;
  const from = f.first[MONEY_LIST];
  for (let k = from; k < from + f.count[MONEY_LIST] && taken < FIGURE_CAP; k++) taken = addRange("money: ", text, f.starts[k], f.ends[k], null, true, taken);
  const first = f.first[NUMBERS];
  for (let k = first; k < first + f.count[NUMBERS] && taken < FIGURE_CAP; k++) {
    if (!isFigureCue(text, f.starts[k], f.ends[k])) continue;
    const end = currencyAfter(text, f.ends[k]);
    if (end >= 0) taken = addRange("money: ", text, f.starts[k], end, null, true, taken);
  }
}

/** The number reasons: figures only (cues.ts), not those in a named currency, a ratio's two numbers as one ("1 in 5"). */
function addNumbers(text: string, f: Found, skipShown: boolean): void {
  let taken = 0;
  const from = f.first[NUMBERS];
  const to = from + f.count[NUMBERS];
  for (let k = from; k < to && taken < FIGURE_CAP; k++) {
    const start = f.starts[k];
    let end = f.ends[k];
    if (!isFigureCue(text, start, end) || currencyAfter(text, end) >= 0) continue;
    // Not when the second is money ("1 in 54.7 billion pesos" lists the money).
    if (k + 1 < to && ratioAfter(text, end, f.starts[k + 1]) && currencyAfter(text, f.ends[k + 1]) < 0) end = f.ends[++k];
    taken = addRange("number: ", text, start, end, skipShown ? f : null, true, taken);
  }
}

/** The ranges addRanges has listed so far for the current list (max is at most FIGURE_CAP). */
const takenStarts = new Int32Array(FIGURE_CAP);
const takenEnds = new Int32Array(FIGURE_CAP);

/** Whether the item in itemStart/itemEnd repeats one of the first `taken` listed ranges. */
function takenBefore(text: string, taken: number): boolean {
  for (let t = 0; t < taken; t++) if (sameText(text, itemStart, itemEnd, takenStarts[t], takenEnds[t])) return true;
  return false;
}

/**
 * addReasons(reasons, "named entity", namedEntities(entities), 2, true) over the
 * entity ranges: an entity whose first word is a sentence opener loses that word
 * (and is dropped when nothing is left), then items are stripped, trimmed and
 * de-duplicated as there.
 */
function addNamedEntities(text: string, f: Found, claimant: string | null): void {
  const dated = f.count[DATES] > 0;
  const from = f.first[ENTITIES];
  const to = from + f.count[ENTITIES];
  let taken = 0;
  let a1 = 0, b1 = 0;
  for (let k = from; k < to && taken < 2; k++) {
    let a = f.starts[k];
    const b = f.ends[k];
    const c0 = text.charCodeAt(a);
    if (c0 >= 65 && c0 <= 90) {
      let space = a + 1;
      while (space < b && !isSpaceCode(text.charCodeAt(space))) space++;
      if (space === b) space = -1;
      const wordEnd = space < 0 ? b : space;
      if (!surelyNoOpenerAt(text, a, wordEnd) && SENTENCE_OPENERS.has(stripTrailing(text.slice(a, wordEnd)).toLowerCase().replace("’", "'"))) {
        if (space < 0) continue;
        a = space;
        while (a < b && isSpaceCode(text.charCodeAt(a))) a++; // trimStart
        if (a === b) continue;
      }
    }
    trimmedRange(text, a, b, true);
    // entityName: a possessive goes, then the punctuation it hid.
    if (possessiveAt(text, itemStart, itemEnd)) trimmedRange(text, itemStart, itemEnd - 2, true);
    // shownEntities: not the claimant again, nor a word of the date shown.
    if (claimant !== null && occursInRange(text, itemStart, itemEnd, claimant, 0, claimant.length)) continue;
    if (dated && occursInList(text, f, DATES, itemStart, itemEnd)) continue;
    if (taken > 0 && sameText(text, itemStart, itemEnd, a1, b1)) continue;
    a1 = itemStart;
    b1 = itemEnd;
    addReason("named entity: " + text.slice(itemStart, itemEnd));
    taken++;
  }
}

/** surelyNoOpener for the word text[a, end). */
function surelyNoOpenerAt(text: string, a: number, end: number): boolean {
  let stop = end;
  for (; stop > a; stop--) {
    const c = text.charCodeAt(stop - 1);
    if (c !== 46 && c !== 44 && c !== 59 && c !== 58 && c !== 39 && c !== 0x2019) break;
  }
  let h = 0x811c9dc5;
  for (let k = a; k < stop; k++) {
    const c = text.charCodeAt(k) | 32;
    if (c < 97 || c > 122) return false;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return openerLookup(h & 0x3fffffff) === 0;
}
