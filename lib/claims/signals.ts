import { OPENING_NOT_NAME } from "./abbreviations";
import { CLAIMANT_VERBS } from "./claimant";
import { makeWordGate, makeWordSet } from "./wordgate";
import { doubled } from "./grow";

/**
 * The linguistic signals research on check-worthiness keeps finding useful:
 * numbers, percentages, money, dates, named entities, comparisons and attribution
 * push a sentence up; opinion, speculation, hypotheticals, predictions, questions
 * and very short sentences push it down. The evidence feeds the model, the kind and
 * the human-readable reasons.
 *
 * Speed: the regular expressions below are the definition, but most sentences hold
 * no word any of them could match, and running a dozen scans per sentence was most
 * of the pipeline's time. So one pass over the \w-words (the runs of [A-Za-z0-9_]
 * that \b delimits) looks each word up in a table of the words a match can start
 * with (or must contain), and a regex runs only when that table says it could match.
 * A word that no match can do without is a sound gate, so the output is unchanged.
 */

export interface Signals {
  numbers: readonly string[];
  percents: readonly string[];
  money: readonly string[];
  dates: readonly string[];
  spelledNumbers: readonly string[];
  superlatives: readonly string[];
  comparatives: readonly string[];
  trends: readonly string[];
  attribution: readonly string[];
  entities: readonly string[];
  opinion: readonly string[];
  hedges: readonly string[];
  predictions: readonly string[];
  hypotheticals: readonly string[];
  causal: readonly string[];
  question: boolean;
  firstPerson: number;
  secondPerson: number;
  pastTense: number;
  words: number;
}

// A clock time ("10:30"), a vote or score ("7-2", "220-215") or a short range ("3–4")
// is one number, not two; so is a number written the continental way, dots for
// thousands and a decimal comma ("1.234,5", "12.000").
const NUMBER = /(?<![\p{L}\d.,])(?<!\p{L}-)(?:\d{1,3}(?:\.\d{3})+,\d+|\d[\d,]*(?:\.\d+)?)(?::\d\d)?(?:[-–]\d{1,3})?(?![\d])/gu;
const PERCENT = /\d[\d,.]*\s?(?:%|percent\b|per cent\b|percentage points?\b)/gi;
// Pence ("40p", "12.5p a litre", "a 5p-a-litre cut") are money when the figure and
// its "p" are a token of their own (the last alternative): not a clock ("4pm",
// "5p.m."), not part of a word, number or model name ("A4p", "X-4p", "1,40p"), and
// not a video resolution ("720p", "1080p"), the one common "p" after a figure that
// is no price. Every such match holds a \w-word of digits and a final "p" (G_PENCE).
const MONEY = /[$£€¥]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|m|k)\b)?|\b\d[\d,.]*\s(?:(?:million|billion|trillion)\s)?(?:dollars|euros|pounds|yuan)\b|(?<![\w.,-])(?!(?:480|720|1080|1440|2160)p)\d+(?:\.\d+)?p(?!\w|['’.]\w|-(?!a-|per-))/gi;
const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";
// A month takes its day on either side and its year ("4 March 2024", "March 4, 2024"),
// so the reason quotes the whole date and its numbers are not repeated as numbers.
const DATE = new RegExp(
  `\\b(?:(?:\\d{1,2}\\s)?(?:${MONTHS})(?:\\s\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s(?:1[89]|20)\\d\\d)?|(?:in|since|by|until|from|of)\\s(?:1[89]|20)\\d\\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last (?:year|month|week)|yesterday)\\b`,
  "g",
);
const YEAR = /\b(?:1[89]|20)\d\d\b/g;
const SPELLED = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|twice|double|triple|quarter)\b/gi;
const SUPERLATIVE_WORDS = /\b(?:most|least|best|worst|first|last|only|record|largest|biggest|highest|lowest|poorest|richest|oldest|youngest|fastest|slowest|deadliest|worst-ever|smallest|greatest|longest|shortest|strongest|weakest|latest|hottest|coldest|safest|cheapest|wealthiest|lowest-ever|highest-ever)\b/gi;
const COMPARATIVE = /\b(?:(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|better|worse|faster|slower|cheaper|older|younger|richer|poorer|longer|shorter)(?:\s\w+)?\sthan|twice as|as many as|as much as|compared (?:to|with))\b/gi;
const TREND = /\b(?:doubled|tripled|quadrupled|halved|increased|decreased|rose|risen|fell|fallen|grew|grown|dropped|declined|surged|soared|plunged|cut|raised|lost|gained|created|added|shrank|shrunk|jumped|climbed|slumped|tumbled|slid)\b/gi;
const ATTRIBUTION = /\b(?:said|says|told|according to|reported|announced|stated|claimed|estimated|confirmed|testified|wrote)\b/gi;
// Without the unicode flag or a lookbehind: it runs on most sentences.
const ENTITY = /\s([A-ZÀ-Þ][\wÀ-ÿ'’.&-]*(?:\s+(?:of\s+|the\s+|for\s+)?[A-ZÀ-Þ][\wÀ-ÿ'’.&-]*)*)/g;
const OPINION = /\b(?:I think|I believe|I feel|I hope|I want|in my (?:opinion|view)|should|ought to|must|need to|terrible|horrible|wonderful|great|disaster|disgrace|ridiculous|absurd|fantastic|beautiful|amazing|stupid|incredible|tremendous|unfair|wrong|shameful|outrageous|believe|love|hate|frankly|honestly)\b/gi;
// "Due to" and a verb is a timetable, not a cause: "the bridge is due to open next
// year", "the law is due to take effect in March" say what is scheduled, as "is set
// to" does, so they are predictions; "fell due to rising costs" stays causal. Only
// verbs that are rarely a bare noun after "due to" are listed ("due to rule
// changes", "due to travel restrictions", "due to close contact" are causes), and
// none followed by a hyphen ("due to start-up costs", "due to end-of-year demand").
const SCHEDULED_VERB =
  "(?:" +
  "be|open|reopen|close(?! contacts?\\b)|start|begin|end|finish|complete|conclude|take|come|go|arrive|leave|return|launch|meet|vote|sign|hold|host|" +
  "visit|fly|speak|testify|appear|announce|publish|unveil|deliver|give|hear|decide|consider|debate|discuss|approve|expire|retire|resign|step|" +
  "stand|face|sit|serve|become|enter|join|attend|receive|resume|run|kick|get|make|reach|hit|lift|move|set|submit|release|report|play|marry|" +
  "stay|remain|continue|replace|undergo|roll|address" +
  ")\\b(?!-)";
const PREDICTION = new RegExp(
  `\\b(?:will|won't|going to|gonna|expected to|is set to|are set to|plans? to|forecasts?|predicts?|next (?:year|week|month|decade)|by 20[3-9]\\d|due to ${SCHEDULED_VERB})\\b`,
  "gi",
);
const HYPOTHETICAL = /\b(?:if|would|imagine|suppose|unless|what if|wish)\b/gi;
const CAUSAL = new RegExp(
  `\\b(?:because|due to(?! ${SCHEDULED_VERB})|caused|causes|cause|led to|leads to|resulted in|results in|as a result|therefore|thanks to|blamed|responsible for|contributed to)\\b`,
  "gi",
);
const QUESTION_CLOSERS = "\"'”’»)]";
// Titles and degrees standing alone ("Jane Smith, Ph.D., said") name no one.
const NOT_ENTITY = new Set(["I", "I'm", "I've", "I'll", "Mr.", "Mrs.", "Ms.", "Dr.", "Ph.D.", "PhD", "M.D.", "Jr.", "Sr."]);
/** The longest NOT_ENTITY word, and the code units they start with (built from the set). */
const NOT_ENTITY_MAX = Math.max(...[...NOT_ENTITY].map((w) => w.length));
const NOT_ENTITY_FIRST = new Uint8Array(128);
for (const w of NOT_ENTITY) NOT_ENTITY_FIRST[w.charCodeAt(0)] = 1;

const NOT_ENTITY_WORDS = [...NOT_ENTITY];

/*
 * ENTITY needs a space before a name, so a name that opens the sentence lost its
 * first word ("Tesco Foods said …" gave "Foods"). A capitalised word at the start
 * (after any opening quotes or brackets) joins the first entity when only spaces
 * separate it from that entity's capital and the word is not one that is
 * capitalised only because it opens the sentence ("The", "However", "Like"). A
 * capitalised word on its own stays out: "Prices rose" names nothing, and the
 * count of entities (a model feature) stays what the model was trained on, since
 * the joined run was counted once already.
 */
const INITIAL_NAME = /^(["“‘'(\[]*)([A-ZÀ-Þ][\wÀ-ÿ'’.&-]*)\s+(?=[A-ZÀ-Þ])/;
/** OPENING_NOT_NAME by range, with a curly apostrophe as well as a straight one (sizes: see makeWordSet). */
const isOpeningNotName = makeWordSet([...OPENING_NOT_NAME].flatMap((w) => (w.includes("'") ? [w, w.replace("'", "’")] : [w])), 1024);

/** The word OPENING_NOT_NAME is asked about: trailing [.,;:'’] off, lower case, ’ as '. */
const openingKey = (word: string): string => word.replace(/[.,;:'’]+$/, "").toLowerCase().replace("’", "'");

/**
 * Whether text[start, end) is a NOT_ENTITY word: only a short one with a fitting
 * first code unit is compared, code by code (a slice per capitalised word was garbage).
 */
function isNotEntity(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length > NOT_ENTITY_MAX || NOT_ENTITY_FIRST[text.charCodeAt(start)] !== 1) return false;
  for (const word of NOT_ENTITY_WORDS) if (word.length === length && text.startsWith(word, start)) return true;
  return false;
}

/** What the token pass (vectorize.ts) counts, so the signals do not tokenise again. */
export interface TokenCounts {
  words: number;
  firstPerson: number;
  secondPerson: number;
  pastTense: number;
  hedges: string[];
}

// Gate bits: which expression a word can take part in.
const G_DATE = 1;
const G_DATE_NEEDS_DIGIT = 2; // "in 2019", "since 1990": only with a year-like word in the text
const G_SPELLED = 4;
const G_SUPERLATIVE = 8;
const G_COMPARATIVE = 16;
const G_TREND = 32;
const G_ATTRIBUTION = 64;
const G_OPINION = 128;
const G_PREDICTION = 256;
const G_PREDICTION_NEEDS_DIGIT = 512; // "by 2030": only with a year-like word
const G_HYPOTHETICAL = 1024;
const G_CAUSAL = 2048;
export const G_CLAIMANT_VERB = 4096; // claimant.ts's VERBS, so findClaimant need not scan again
const G_MONEY_WORD = 8192; // MONEY's second alternative ends in one of these
// Start bits: the words a match can start with, for the expressions whose gate list
// above holds a word that no match starts with or lacks one that some match starts
// with ("than", "I think"). For the others the gate list is the start list.
const S_COMPARATIVE = 1 << 14;
const S_OPINION = 1 << 15;
const S_PREDICTION = 1 << 16;
const S_HYPOTHETICAL = 1 << 17;
const S_CAUSAL = 1 << 18;
/** Not a table bit: the pass notes a word YEAR matches (four digits starting 18, 19 or 20) with it. */
export const C_YEAR = 1 << 19;
/** Not a table bit: a digit after a code unit that is not one (where NUMBER, PERCENT and MONEY's second alternative can start). */
export const C_DIGIT = 1 << 20;
/** Not a table bit: a currency sign (where MONEY's first alternative starts). */
export const C_CURRENCY = 1 << 21;
/** Not a table bit: a \s before [A-ZÀ-Þ] (where ENTITY can match). */
export const C_ENTITY = 1 << 22;
/** The words atomic.ts's JOINT needs after a comma or spaces (its other joint is ";"). */
const G_JOINT = 1 << 23;
/** Not a table bit: a \w-word ends in "ccording" (claimant.ts's ACCORDING needs "ccording to"). */
const G_CCORDING = 1 << 24;
/** Not a table bit: a \w-word of digits and a final "p" or "P" (MONEY's pence need one). */
const G_PENCE = 1 << 25;

/**
 * The bits a \w-word text[start, end) earns by its spelling rather than a table
 * look-up: G_CCORDING for one ending in "ccording", G_PENCE for digits then "p"
 * ("40p"; "12.5p" holds "5p"). Both are told apart by the last code unit, so most
 * words cost one comparison.
 */
export function wordEndBits(text: string, start: number, end: number): number {
  const last = text.charCodeAt(end - 1);
  if (last === 103) {
    if (end - start < 8) return 0;
    for (let k = 0; k < 8; k++) if (text.charCodeAt(end - 8 + k) !== CCORDING.charCodeAt(k)) return 0;
    return G_CCORDING;
  }
  if ((last | 32) !== 112 || end - start < 2) return 0;
  for (let k = start; k < end - 1; k++) if (!isDigitAt(text, k)) return 0;
  return G_PENCE;
}
const CCORDING = "ccording";
/** The bits that make a \w-word a candidate start worth noting (see `candidates`). */
export const CANDIDATE_BITS = G_DATE | G_DATE_NEEDS_DIGIT | G_SPELLED | G_SUPERLATIVE | G_TREND | G_ATTRIBUTION |
  G_PREDICTION_NEEDS_DIGIT | S_COMPARATIVE | S_OPINION | S_PREDICTION | S_HYPOTHETICAL | S_CAUSAL | G_CLAIMANT_VERB;

/**
 * For each expression, the lower-case \w-words every match contains: the word a
 * single-word alternative is, or for a phrase its least common word ("than" for
 * "more … than", "result" for "as a result"). Each list must cover every
 * alternative of its expression above — extend both together.
 */
const GATE_WORDS: [number, string][] = [
  [G_DATE, "january february march april may june july august september october november december jan feb aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday last yesterday"],
  [G_DATE_NEEDS_DIGIT, "in since by until from of"],
  [G_SPELLED, "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions trillion trillions dozen dozens half twice double triple quarter"],
  [G_SUPERLATIVE, "most least best worst first last only record largest biggest highest lowest poorest richest oldest youngest fastest slowest deadliest smallest greatest longest shortest strongest weakest latest hottest coldest safest cheapest wealthiest"],
  [G_COMPARATIVE, "than twice many much compared"],
  [G_TREND, "doubled tripled quadrupled halved increased decreased rose risen fell fallen grew grown dropped declined surged soared plunged cut raised lost gained created added shrank shrunk jumped climbed slumped tumbled slid"],
  [G_ATTRIBUTION, "said says told according reported announced stated claimed estimated confirmed testified wrote"],
  [G_OPINION, "think believe feel hope want opinion view should ought must need terrible horrible wonderful great disaster disgrace ridiculous absurd fantastic beautiful amazing stupid incredible tremendous unfair wrong shameful outrageous love hate frankly honestly"],
  [G_PREDICTION, "will won going gonna expected set plan plans forecast forecasts predict predicts next due"],
  [G_PREDICTION_NEEDS_DIGIT, "by"],
  [G_HYPOTHETICAL, "if would imagine suppose unless wish"],
  [G_CAUSAL, "because due caused causes cause led leads resulted results result therefore thanks blamed responsible contributed"],
  [G_CLAIMANT_VERB, CLAIMANT_VERBS],
  [G_MONEY_WORD, "dollars euros pounds yuan"],
  [G_JOINT, "and but while whereas yet who which"],
  // The first \w-word of every alternative (the expressions above; keep them in step).
  [S_COMPARATIVE, "more less fewer greater higher lower larger smaller bigger better worse faster slower cheaper older younger richer poorer longer shorter twice as compared"],
  [S_OPINION, "i in should ought must need terrible horrible wonderful great disaster disgrace ridiculous absurd fantastic beautiful amazing stupid incredible tremendous unfair wrong shameful outrageous believe love hate frankly honestly"],
  [S_PREDICTION, "will won going gonna expected is are plan plans forecast forecasts predict predicts next due"],
  [S_HYPOTHETICAL, "if would imagine suppose unless what wish"],
  [S_CAUSAL, "because due caused causes cause led leads resulted results as therefore thanks blamed responsible contributed"],
];

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const gate = makeWordGate(GATE_WORDS);

/** One shared, frozen empty list: most signals are empty for most sentences, and an
 * array per empty signal per sentence was a good part of the garbage collector's work. */
const EMPTY: readonly string[] = Object.freeze([]);
const all = (re: RegExp, text: string): readonly string[] => text.match(re) ?? EMPTY;

/** JavaScript's \s, by code. */
function isSpaceCode(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 128) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 ||
    code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** /\?["'”’»)\]\s]*$/ without a regex: skip closers and spaces from the end, then a "?". */
function endsWithQuestion(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    if (!isSpaceCode(c) && !isQuestionCloser(c)) break;
    i--;
  }
  return i >= 0 && text.charCodeAt(i) === 63;
}

/** QUESTION_CLOSERS by code (a table built from it): no one-character string per code unit. */
const QUESTION_CLOSER = new Uint8Array(65536);
for (let k = 0; k < QUESTION_CLOSERS.length; k++) QUESTION_CLOSER[QUESTION_CLOSERS.charCodeAt(k)] = 1;
const isQuestionCloser = (c: number): boolean => QUESTION_CLOSER[c] === 1;

/** \p{L} by code point, for the code units that are not ASCII (filled on demand). */
const LETTER_CP = /\p{L}/u;
const letterTable = new Int8Array(65536).fill(-1);
function isLetterCodePoint(cp: number): boolean {
  if (cp < 65536) {
    const v = letterTable[cp];
    if (v >= 0) return v === 1;
    const yes = cp < 0xd800 || cp > 0xdfff ? LETTER_CP.test(String.fromCharCode(cp)) : false;
    letterTable[cp] = yes ? 1 : 0;
    return yes;
  }
  return LETTER_CP.test(String.fromCodePoint(cp));
}

/**
 * NUMBER's lookbehinds at `i`: the code point before is not a letter, digit, "." or
 * ",", nor a "-" after a letter. (In a /u expression a code point is whole: a surrogate pair.)
 */
function numberMayStart(text: string, i: number): boolean {
  if (i === 0) return true;
  const p = text.charCodeAt(i - 1);
  if (p === 45) return i === 1 || !isLetterBefore(text, i - 1);
  if ((p >= 48 && p <= 57) || p === 44 || p === 46) return false;
  return !isLetterBefore(text, i);
}

/** Whether the code point before `i` is a letter (\p{L}), a surrogate pair read whole. */
function isLetterBefore(text: string, i: number): boolean {
  const p = text.charCodeAt(i - 1);
  if (p < 128) return (p | 32) >= 97 && (p | 32) <= 122;
  if (p >= 0xdc00 && p <= 0xdfff && i >= 2) {
    const hi = text.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return isLetterCodePoint(((hi - 0xd800) << 10) + (p - 0xdc00) + 0x10000);
  }
  return isLetterCodePoint(p);
}

/**
 * The end of NUMBER's match starting at the digit at `i`: \d[\d,]* greedily, then
 * "." and digits if a digit follows the ".", then the optional ":" minutes and "-"
 * second number, each taken only when no digit follows it (where the expression
 * would give the part back to satisfy (?![\d])). Every other run leaves no digit
 * next, so the lookahead holds.
 */
function numberEnd(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  for (; j < n; j++) {
    const c = text.charCodeAt(j);
    if (!((c >= 48 && c <= 57) || c === 44)) break;
  }
  if (j + 1 < n && text.charCodeAt(j) === 46) {
    const d = text.charCodeAt(j + 1);
    if (d >= 48 && d <= 57) {
      j += 2;
      while (j < n && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    }
  }
  // ":" and exactly two digits: with a third, the expression backtracks to before the ":".
  if (text.charCodeAt(j) === 58 && isDigitAt(text, j + 1) && isDigitAt(text, j + 2) && !isDigitAt(text, j + 3)) j += 3;
  // A hyphen or en dash and one to three digits (with a fourth, the expression gives the part back).
  const dash = text.charCodeAt(j);
  if (dash === 45 || dash === 0x2013) {
    let k = j + 1;
    while (k < text.length && k - j <= 4 && isDigitAt(text, k)) k++;
    if (k - j - 1 >= 1 && k - j - 1 <= 3) j = k;
  }
  return j;
}

const isDigitAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i); // NaN past the end: not a digit
  return c >= 48 && c <= 57;
};

/** The number of NUMBER matches, counting up to `cap`. */
function countNumbers(text: string, cap: number): number {
  let found = 0;
  const n = text.length;
  for (let i = 0; i < n && found < cap; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57 || !numberMayStart(text, i)) continue;
    found++;
    i = numberEnd(text, i) - 1;
  }
  return found;
}

/**
 * What the last pass over a text's \w-words found (scanWords here, or the token pass
 * in vectorize.ts, which finds the same while hashing tokens): the gate bits, and
 * the facts that gate the expressions keyed on characters rather than words.
 */
export interface WordFacts {
  gates: number;
  /** An ASCII digit. */
  digit: boolean;
  /** Where ENTITY can first match (a \s before [A-ZÀ-Þ]), or -1. */
  entityStart: number;
  /** YEAR can match: a \w-word of four digits starting 18, 19 or 20. */
  year: boolean;
  /** PERCENT can match: "%" or p/P after [\d,.] (with at most one space between), and a digit. */
  percent: boolean;
  /** MONEY's first alternative can match: a currency sign, and a digit. */
  currency: boolean;
}

export const wordFacts: WordFacts = { gates: 0, digit: false, entityStart: -1, year: false, percent: false, currency: false };

/**
 * Records a word pass's raw findings in `wordFacts`: the digit-only gate bits are
 * cleared without a year-like word, percent and currency need a digit too.
 */
export function setWordFacts(gates: number, digit: boolean, entityStart: number, year: boolean, percent: boolean, currency: boolean): void {
  // "in 2019", "by 2030": the year after \s and before \b is a \w-word of four digits
  // starting 18, 19 or 20 (DATE) or 20 (PREDICTION), which is what `year` records.
  const f = wordFacts;
  f.gates = year ? gates : gates & ~(G_DATE_NEEDS_DIGIT | G_PREDICTION_NEEDS_DIGIT);
  f.digit = digit;
  f.entityStart = entityStart;
  f.year = year;
  f.percent = percent && digit;
  f.currency = currency && digit;
}

/**
 * The \w-words of the last word pass at which a match of some expression can start
 * (a word with CANDIDATE_BITS, or a YEAR-shaped word noted with C_YEAR): where each
 * starts and its bits, in text order. Trying each expression only at these offsets
 * (sticky, see findRanges) finds what its scan of every offset finds, without a match
 * array or a string per match.
 */
export const candidates = { count: 0, at: new Int32Array(64), bits: new Int32Array(64) };

/** Appends a candidate (the arrays grow for a long text). */
export function noteCandidate(at: number, bits: number): void {
  const c = candidates;
  if (c.count === c.at.length) {
    c.at = doubled(c.at);
    c.bits = doubled(c.bits);
  }
  c.at[c.count] = at;
  c.bits[c.count] = bits;
  c.count++;
}

/** The gate bits of a lower-case \w-word's gateHash (0 for most words). */
export const signalGateLookup = gate.lookup;

/**
 * Whether the text last given to extractSignals or handFeaturesOf holds one of the
 * claimant verbs as a \w-word: findClaimant's `verbSeen` without another scan.
 */
export function lastHadClaimantVerb(): boolean {
  return (wordFacts.gates & G_CLAIMANT_VERB) !== 0;
}

/**
 * Whether `text` (the text of the last word pass) may have a joint (atomic.ts's
 * JOINT): it needs a ";" or one of and, but, while, whereas, yet, who, which as a
 * \w-word, which the pass looked up.
 */
export function lastMayHaveJoint(text: string): boolean {
  return (wordFacts.gates & G_JOINT) !== 0 || text.includes(";");
}

/**
 * Whether findClaimant's ACCORDING can match `text` (the text of the last word pass):
 * it needs "ccording to", so a \w-word ending in "ccording", which the pass noted.
 */
export function lastMayHaveAccording(text: string): boolean {
  return (wordFacts.gates & G_CCORDING) !== 0 && text.includes("ccording to");
}

/** One pass over the \w-words of `text`, its findings left in `wordFacts`. */
export function scanWords(text: string): void {
  let gates = 0;
  let hasDigit = false;
  let entityStart = -1;
  let h = 0;
  let inWord = false;
  let previousSpace = false;
  let wordStart = 0;
  let allDigits = true;
  let year = false;
  let percent = false;
  let currency = false;
  let before = 0; // the code unit before c
  let beforeThat = 0;
  const lookup = gate.lookup;
  candidates.count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    const digit = c >= 48 && c <= 57;
    const word = (lower >= 97 && lower <= 122) || digit || c === 95;
    if (word) {
      if (!inWord) {
        h = FNV_OFFSET;
        inWord = true;
        wordStart = i;
        allDigits = true;
      }
      h = Math.imul(h ^ lower, FNV_PRIME); // the same hash as gateHash
      if (digit) {
        hasDigit = true;
        if (!(before >= 48 && before <= 57) || i === 0) noteCandidate(i, C_DIGIT);
      } else {
        allDigits = false;
      }
      if (lower === 112) {
        // "p" of "percent" / "per cent": after [\d,.], or after one \s after one.
        const b = before === 44 || before === 46 || (before >= 48 && before <= 57);
        const bb = beforeThat === 44 || beforeThat === 46 || (beforeThat >= 48 && beforeThat <= 57);
        if (b || (bb && isSpaceCode(before))) percent = true;
      }
    } else {
      if (inWord) {
        gates |= endWord(lookup(h & 0x3fffffff), wordStart) | wordEndBits(text, wordStart, i);
        inWord = false;
        if (allDigits && i - wordStart === 4 && isYearStart(text, wordStart)) {
          year = true;
          noteCandidate(wordStart, C_YEAR);
        }
      }
      if (c === 37) percent = true;
      else if (c === 36 || c === 0xa3 || c === 0x20ac || c === 0xa5) {
        currency = true;
        noteCandidate(i, C_CURRENCY);
      }
    }
    // ENTITY needs \s then [A-ZÀ-Þ]: every such place is a candidate, the first is entityStart.
    if (previousSpace && ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde))) {
      if (entityStart < 0) entityStart = i - 1;
      noteCandidate(i - 1, C_ENTITY);
    }
    previousSpace = c === 32 || (c < 128 ? c >= 9 && c <= 13 : isSpaceCode(c));
    beforeThat = before;
    before = c;
  }
  if (inWord) {
    gates |= endWord(lookup(h & 0x3fffffff), wordStart) | wordEndBits(text, wordStart, text.length);
    if (allDigits && text.length - wordStart === 4 && isYearStart(text, wordStart)) {
      year = true;
      noteCandidate(wordStart, C_YEAR);
    }
  }
  setWordFacts(gates, hasDigit, entityStart, year, percent, currency);
}

/** Notes the \w-word at `at` as a candidate when its table bits make it one; returns the bits. */
function endWord(bits: number, at: number): number {
  if ((bits & CANDIDATE_BITS) !== 0) noteCandidate(at, bits);
  return bits;
}

/** Whether the four digits at `at` start 18, 19 or 20 (YEAR's \b(?:1[89]|20)\d\d\b). */
export function isYearStart(text: string, at: number): boolean {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  return (a === 49 && (b === 56 || b === 57)) || (a === 50 && b === 48);
}

/**
 * Collects the signals of one sentence (or claim) of plain text. `counts` are what
 * the token pass in vectorize.ts already counted (words, persons, past tense, hedges).
 */
export function extractSignals(text: string, counts: TokenCounts): Signals {
  scanWords(text);
  return extractScannedSignals(text, counts);
}

/** The lists of `Found`, in the order they are filled. */
export const NUMBERS = 0;
export const PERCENTS = 1;
export const MONEY_LIST = 2;
export const DATES = 3;
export const SPELLED_NUMBERS = 4;
export const SUPERLATIVES = 5;
export const COMPARATIVES = 6;
export const TRENDS = 7;
export const ATTRIBUTIONS = 8;
export const ENTITIES = 9;
export const OPINIONS = 10;
export const PREDICTIONS = 11;
export const HYPOTHETICALS = 12;
export const CAUSES = 13;
const LISTS = 14;

/**
 * The signals of the text last given to findRanges, as ranges of that text rather than
 * strings: list k holds the matches `starts[first[k] + j]`…`ends[first[k] + j]` for
 * j < count[k], in the order the expression's `text.match` lists them. The pipeline
 * reads counts for the score and kind and slices only the few items its reasons
 * quote; `extractScannedSignals` slices them all. Scratch: reused by the next call.
 */
export interface Found {
  starts: Int32Array;
  ends: Int32Array;
  total: number;
  first: Int32Array;
  count: Int32Array;
  question: boolean;
  hedges: string[];
  firstPerson: number;
  secondPerson: number;
  pastTense: number;
  words: number;
}

const found: Found = {
  starts: new Int32Array(64), ends: new Int32Array(64), total: 0, first: new Int32Array(LISTS), count: new Int32Array(LISTS),
  question: false, hedges: [], firstPerson: 0, secondPerson: 0, pastTense: 0, words: 0,
};

function pushRange(f: Found, start: number, end: number): void {
  if (f.total === f.starts.length) {
    f.starts = doubled(f.starts);
    f.ends = doubled(f.ends);
  }
  f.starts[f.total] = start;
  f.ends[f.total] = end;
  f.total++;
}

/** A regex matching only at lastIndex, for trying an expression at one offset. */
const stickyOf = (re: RegExp): RegExp => new RegExp(re.source, re.flags.replace("g", "") + "y");
const PERCENT_AT = stickyOf(PERCENT);
const MONEY_AT = stickyOf(MONEY);
const DATE_AT = stickyOf(DATE);
const YEAR_AT = stickyOf(YEAR);
const SPELLED_AT = stickyOf(SPELLED);
const SUPERLATIVE_AT = stickyOf(SUPERLATIVE_WORDS);
const COMPARATIVE_AT = stickyOf(COMPARATIVE);
const TREND_AT = stickyOf(TREND);
const ATTRIBUTION_AT = stickyOf(ATTRIBUTION);
const OPINION_AT = stickyOf(OPINION);
const PREDICTION_AT = stickyOf(PREDICTION);
const HYPOTHETICAL_AT = stickyOf(HYPOTHETICAL);
const CAUSAL_AT = stickyOf(CAUSAL);

/**
 * The gate words a single-word expression matches whole, found by trying its sticky
 * form on each word alone. At a candidate that is one of them (as a whole \w-word)
 * the expression's match is that word: every alternative is one word with \b on both
 * sides, so none can match more or less there. Other candidates ("according" needs
 * " to") are tried with the expression itself.
 */
function wholeWords(at: RegExp, bit: number): (text: string, start: number, end: number) => boolean {
  const words: string[] = [];
  for (const [bits, list] of GATE_WORDS) {
    if (bits !== bit) continue;
    for (const w of list.split(" ")) {
      at.lastIndex = 0;
      if (at.test(w) && at.lastIndex === w.length) words.push(w);
    }
  }
  return makeWordSet(words);
}
const SPELLED_WORD = wholeWords(SPELLED_AT, G_SPELLED);
const SUPERLATIVE_WORD = wholeWords(SUPERLATIVE_AT, G_SUPERLATIVE);
const TREND_WORD = wholeWords(TREND_AT, G_TREND);
const ATTRIBUTION_WORD = wholeWords(ATTRIBUTION_AT, G_ATTRIBUTION);

/** Where the \w-word starting at `start` ends. */
function wordEndAt(text: string, start: number): number {
  let i = start;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95)) break;
  }
  return i;
}

/** byCandidates for a single-word expression: its whole words answered by `whole`, the rest by the expression. */
function byWords(f: Found, at: RegExp, whole: (text: string, start: number, end: number) => boolean, text: string, bits: number): void {
  const c = candidates;
  let from = 0;
  for (let k = 0; k < c.count; k++) {
    const start = c.at[k];
    if ((c.bits[k] & bits) === 0 || start < from) continue;
    const end = wordEndAt(text, start);
    if (whole(text, start, end)) {
      pushRange(f, start, end);
      from = end;
      continue;
    }
    at.lastIndex = start;
    if (at.test(text)) {
      from = at.lastIndex;
      pushRange(f, start, from);
    }
  }
}

/**
 * The matches of the global expression whose sticky form is `at`, tried only at the
 * candidates with one of `bits`: every match of these expressions starts at a \b
 * before its first \w-word, which is in the start list the bits stand for, so the
 * candidates are every offset a match can start at. Like `text.match`, a candidate
 * inside the previous match is skipped (no expression here matches empty).
 */
function byCandidates(f: Found, at: RegExp, text: string, bits: number): void {
  const c = candidates;
  let from = 0;
  for (let k = 0; k < c.count; k++) {
    const start = c.at[k];
    if ((c.bits[k] & bits) === 0 || start < from) continue;
    at.lastIndex = start;
    if (at.test(text)) {
      from = at.lastIndex;
      pushRange(f, start, from);
    }
  }
}

/** The matches of NUMBER (its hand scan) from the C_DIGIT candidates: every match starts at one. */
function numbersByCandidates(f: Found, text: string): void {
  const c = candidates;
  let from = 0;
  for (let k = 0; k < c.count; k++) {
    const start = c.at[k];
    if ((c.bits[k] & C_DIGIT) === 0 || start < from || !numberMayStart(text, start)) continue;
    from = numberEnd(text, start);
    pushRange(f, start, from);
  }
}

const LOWER_CASE = /\p{Ll}/u;

/**
 * Whether `text` has a lower-case letter. In a line set all in capitals (a
 * shouted headline) capitals name nothing, so it has no named entities.
 */
function hasLowerCase(text: string): boolean {
  let other = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) other = true;
  }
  return other && LOWER_CASE.test(text);
}

/**
 * The matches of ENTITY's group 1 (its hand scan), NOT_ENTITY left out, from the
 * C_ENTITY candidates; the first (ENTITY's first match is at the first candidate)
 * starts at the text's opening word when initialNameStart says it continues it.
 */
function entitiesByCandidates(f: Found, text: string): void {
  if (!hasLowerCase(text)) return;
  const c = candidates;
  let from = 0;
  let first = true;
  for (let k = 0; k < c.count; k++) {
    const space = c.at[k];
    if ((c.bits[k] & C_ENTITY) === 0 || space < from) continue;
    const start = space + 1;
    from = entityEndFrom(text, start);
    if (!isNotEntity(text, start, from)) pushRange(f, first ? initialNameStart(text, start) : start, from);
    first = false;
  }
}

/** INITIAL_NAME's opening marks, by code: " “ ‘ ' ( [ */
const isOpeningMark = (c: number): boolean => c === 34 || c === 0x201c || c === 0x2018 || c === 39 || c === 40 || c === 91;

/**
 * Where the entity whose capital is at `start` (ENTITY's first match) begins: at the
 * text's opening word when INITIAL_NAME matches up to `start` (opening marks, a
 * capital and name characters, then only spaces) and the word is not in
 * OPENING_NOT_NAME, else at `start`. Every part of INITIAL_NAME is greedy over
 * characters the next part cannot take, so this one path is its match.
 */
function initialNameStart(text: string, start: number): number {
  let i = 0;
  while (i < start && isOpeningMark(text.charCodeAt(i))) i++;
  if (i >= start || !isEntityCapital(text.charCodeAt(i))) return start;
  let end = i + 1;
  while (end < start && isEntityChar(text.charCodeAt(end))) end++;
  for (let k = end; k < start; k++) if (!isSpaceCode(text.charCodeAt(k))) return start;
  // openingKey: trailing [.,;:'’] off (only . ' ’ can end a run of name characters).
  let stop = end;
  while (stop > i) {
    const c = text.charCodeAt(stop - 1);
    if (c !== 46 && c !== 39 && c !== 0x2019) break;
    stop--;
  }
  return isOpeningNotName(text, i, stop) ? start : i;
}

/**
 * byCandidates for DATE, whose month alternative may start with the day before the
 * month ("4 March"): at a candidate, the match may begin one or two digits and a
 * space earlier, tried earliest first as a global search would, never inside the
 * previous match.
 */
function datesByCandidates(f: Found, text: string, bits: number): void {
  const c = candidates;
  let from = 0;
  for (let k = 0; k < c.count; k++) {
    const start = c.at[k];
    if ((c.bits[k] & bits) === 0 || start < from) continue;
    let matched = -1;
    if (start >= 2 && isSpaceCode(text.charCodeAt(start - 1)) && isDigitAt(text, start - 2)) {
      for (let day = isDigitAt(text, start - 3) ? start - 3 : start - 2; day <= start - 2 && matched < 0; day++) {
        if (day < from) continue;
        DATE_AT.lastIndex = day;
        if (DATE_AT.test(text)) matched = day;
      }
    }
    if (matched < 0) {
      DATE_AT.lastIndex = start;
      if (DATE_AT.test(text)) matched = start;
    }
    if (matched >= 0) {
      from = DATE_AT.lastIndex;
      pushRange(f, matched, from);
    }
  }
}

/** Starts list `list` of `f`. */
const open = (f: Found, list: number): void => void (f.first[list] = f.total);
/** Ends list `list` of `f`. */
const close = (f: Found, list: number): void => void (f.count[list] = f.total - f.first[list]);

/**
 * Every signal of `text` (whose word pass has just filled `wordFacts` and
 * `candidates`) as ranges, with the token counts: what extractScannedSignals
 * returns, without a string or an array per match.
 */
export function findRanges(text: string, counts: TokenCounts): Found {
  const f = found;
  f.total = 0;
  const facts = wordFacts;
  const gates = facts.gates;
  const digit = facts.digit;
  const yearBits = facts.year ? G_DATE_NEEDS_DIGIT : 0;

  // NUMBER, PERCENT and MONEY's second alternative start at a digit with no digit
  // before it (a PERCENT match starting after a digit would also match one earlier,
  // and no match ends just before a digit), MONEY's first at a currency sign.
  open(f, NUMBERS);
  if (digit) numbersByCandidates(f, text);
  close(f, NUMBERS);
  open(f, PERCENTS);
  if (facts.percent) byCandidates(f, PERCENT_AT, text, C_DIGIT);
  close(f, PERCENTS);
  open(f, MONEY_LIST);
  if (facts.currency || (digit && (gates & G_MONEY_WORD) !== 0) || (gates & G_PENCE) !== 0) byCandidates(f, MONEY_AT, text, C_DIGIT | C_CURRENCY);
  close(f, MONEY_LIST);
  open(f, DATES);
  if ((gates & (G_DATE | G_DATE_NEEDS_DIGIT)) !== 0) datesByCandidates(f, text, G_DATE | yearBits);
  if (facts.year) byCandidates(f, YEAR_AT, text, C_YEAR);
  close(f, DATES);
  open(f, SPELLED_NUMBERS);
  if ((gates & G_SPELLED) !== 0) byWords(f, SPELLED_AT, SPELLED_WORD, text, G_SPELLED);
  close(f, SPELLED_NUMBERS);
  open(f, SUPERLATIVES);
  if ((gates & G_SUPERLATIVE) !== 0) byWords(f, SUPERLATIVE_AT, SUPERLATIVE_WORD, text, G_SUPERLATIVE);
  close(f, SUPERLATIVES);
  open(f, COMPARATIVES);
  if ((gates & G_COMPARATIVE) !== 0) byCandidates(f, COMPARATIVE_AT, text, S_COMPARATIVE);
  close(f, COMPARATIVES);
  open(f, TRENDS);
  if ((gates & G_TREND) !== 0) byWords(f, TREND_AT, TREND_WORD, text, G_TREND);
  close(f, TRENDS);
  open(f, ATTRIBUTIONS);
  if ((gates & G_ATTRIBUTION) !== 0) byWords(f, ATTRIBUTION_AT, ATTRIBUTION_WORD, text, G_ATTRIBUTION);
  close(f, ATTRIBUTIONS);
  open(f, ENTITIES);
  if (facts.entityStart >= 0) entitiesByCandidates(f, text);
  close(f, ENTITIES);
  open(f, OPINIONS);
  if ((gates & G_OPINION) !== 0) byCandidates(f, OPINION_AT, text, S_OPINION);
  close(f, OPINIONS);
  open(f, PREDICTIONS);
  if ((gates & (G_PREDICTION | G_PREDICTION_NEEDS_DIGIT)) !== 0) {
    byCandidates(f, PREDICTION_AT, text, S_PREDICTION | (facts.year ? G_PREDICTION_NEEDS_DIGIT : 0));
  }
  close(f, PREDICTIONS);
  open(f, HYPOTHETICALS);
  if ((gates & G_HYPOTHETICAL) !== 0) byCandidates(f, HYPOTHETICAL_AT, text, S_HYPOTHETICAL);
  close(f, HYPOTHETICALS);
  open(f, CAUSES);
  if ((gates & G_CAUSAL) !== 0) byCandidates(f, CAUSAL_AT, text, S_CAUSAL);
  close(f, CAUSES);

  f.question = endsWithQuestion(text);
  f.hedges = counts.hedges;
  f.firstPerson = counts.firstPerson;
  f.secondPerson = counts.secondPerson;
  f.pastTense = counts.pastTense;
  f.words = counts.words;
  return f;
}

/** extractSignals of a text whose word pass has just filled `wordFacts`. */
export function extractScannedSignals(text: string, counts: TokenCounts): Signals {
  const f = findRanges(text, counts);
  return {
    numbers: listOf(text, f, NUMBERS),
    percents: listOf(text, f, PERCENTS),
    money: listOf(text, f, MONEY_LIST),
    dates: listOf(text, f, DATES),
    spelledNumbers: listOf(text, f, SPELLED_NUMBERS),
    superlatives: listOf(text, f, SUPERLATIVES),
    comparatives: listOf(text, f, COMPARATIVES),
    trends: listOf(text, f, TRENDS),
    attribution: listOf(text, f, ATTRIBUTIONS),
    entities: listOf(text, f, ENTITIES),
    opinion: listOf(text, f, OPINIONS),
    hedges: f.hedges,
    predictions: listOf(text, f, PREDICTIONS),
    hypotheticals: listOf(text, f, HYPOTHETICALS),
    causal: listOf(text, f, CAUSES),
    question: f.question,
    firstPerson: f.firstPerson,
    secondPerson: f.secondPerson,
    pastTense: f.pastTense,
    words: f.words,
  };
}

/** The strings of one list of `f`, as `text.match` gives them. */
function listOf(text: string, f: Found, list: number): readonly string[] {
  const n = f.count[list];
  if (n === 0) return EMPTY;
  const out: string[] = new Array(n);
  const from = f.first[list];
  for (let k = 0; k < n; k++) out[k] = text.slice(f.starts[from + k], f.ends[from + k]);
  return out;
}
/**
 * The definition the gates must not change: every expression run on the whole
 * text, no gates (the old code, kept for the tests that pin extractSignals to it).
 */
export function ungatedSignals(text: string, counts: TokenCounts): Signals {
  return {
    numbers: all(NUMBER, text),
    percents: all(PERCENT, text),
    money: all(MONEY, text),
    dates: [...all(DATE, text), ...all(YEAR, text)],
    spelledNumbers: all(SPELLED, text),
    superlatives: all(SUPERLATIVE_WORDS, text),
    comparatives: all(COMPARATIVE, text),
    trends: all(TREND, text),
    attribution: all(ATTRIBUTION, text),
    entities: entitiesByRegex(text),
    opinion: all(OPINION, text),
    hedges: counts.hedges,
    predictions: all(PREDICTION, text),
    hypotheticals: all(HYPOTHETICAL, text),
    causal: all(CAUSAL, text),
    question: /\?["'”’»)\]\s]*$/.test(text),
    firstPerson: counts.firstPerson,
    secondPerson: counts.secondPerson,
    pastTense: counts.pastTense,
    words: counts.words,
  };
}

/**
 * ENTITY's matches (group 1) less NOT_ENTITY, the first joined by the word that opens
 * the text when INITIAL_NAME allows it: the definition entitiesByCandidates is pinned to.
 */
function entitiesByRegex(text: string): readonly string[] {
  if (!hasLowerCase(text)) return EMPTY;
  const initial = INITIAL_NAME.exec(text);
  const opening = initial !== null && !OPENING_NOT_NAME.has(openingKey(initial[2]));
  const out: string[] = [];
  for (const m of text.matchAll(ENTITY)) {
    if (NOT_ENTITY.has(m[1])) continue;
    // Group 1 starts after ENTITY's one \s; INITIAL_NAME ends just before that capital.
    const start = m.index + 1;
    out.push(opening && start === initial[0].length ? text.slice(initial[1].length, start + m[1].length) : m[1]);
  }
  return out;
}

/** Names of the hand features, in the order `handFeatures` returns them. */
export const HAND_FEATURE_NAMES = [
  "number", "numbers", "percent", "money", "date", "spelled_number", "superlative", "comparative",
  "trend", "attribution", "entity", "entities", "opinion", "hedge", "prediction", "hypothetical",
  "causal", "question", "first_person", "second_person", "past_tense", "len_le4", "len_5_8",
  "len_9_15", "len_16_30", "len_gt30",
] as const;

const capped = (n: number, cap: number) => Math.min(n, cap) / cap;

/** handFeatures written into `out` (no array per call), for scoring. */
export function handFeaturesInto(s: Signals, out: Float64Array): void {
  const w = s.words;
  out[0] = s.numbers.length > 0 ? 1 : 0;
  out[1] = capped(s.numbers.length, 3);
  out[2] = s.percents.length > 0 ? 1 : 0;
  out[3] = s.money.length > 0 ? 1 : 0;
  out[4] = s.dates.length > 0 ? 1 : 0;
  out[5] = s.spelledNumbers.length > 0 ? 1 : 0;
  out[6] = s.superlatives.length > 0 ? 1 : 0;
  out[7] = s.comparatives.length > 0 ? 1 : 0;
  out[8] = s.trends.length > 0 ? 1 : 0;
  out[9] = s.attribution.length > 0 ? 1 : 0;
  out[10] = s.entities.length > 0 ? 1 : 0;
  out[11] = capped(s.entities.length, 4);
  out[12] = s.opinion.length > 0 ? 1 : 0;
  out[13] = s.hedges.length > 0 ? 1 : 0;
  out[14] = s.predictions.length > 0 ? 1 : 0;
  out[15] = s.hypotheticals.length > 0 ? 1 : 0;
  out[16] = s.causal.length > 0 ? 1 : 0;
  out[17] = s.question ? 1 : 0;
  out[18] = capped(s.firstPerson, 3);
  out[19] = capped(s.secondPerson, 2);
  out[20] = capped(s.pastTense, 3);
  out[21] = w <= 4 ? 1 : 0;
  out[22] = w > 4 && w <= 8 ? 1 : 0;
  out[23] = w > 8 && w <= 15 ? 1 : 0;
  out[24] = w > 15 && w <= 30 ? 1 : 0;
  out[25] = w > 30 ? 1 : 0;
}

/** handFeaturesInto of the signals `f` holds (the same values, from the list counts). */
export function handFeaturesFound(f: Found, out: Float64Array): void {
  const n = f.count;
  const w = f.words;
  out[0] = n[NUMBERS] > 0 ? 1 : 0;
  out[1] = capped(n[NUMBERS], 3);
  out[2] = n[PERCENTS] > 0 ? 1 : 0;
  out[3] = n[MONEY_LIST] > 0 ? 1 : 0;
  out[4] = n[DATES] > 0 ? 1 : 0;
  out[5] = n[SPELLED_NUMBERS] > 0 ? 1 : 0;
  out[6] = n[SUPERLATIVES] > 0 ? 1 : 0;
  out[7] = n[COMPARATIVES] > 0 ? 1 : 0;
  out[8] = n[TRENDS] > 0 ? 1 : 0;
  out[9] = n[ATTRIBUTIONS] > 0 ? 1 : 0;
  out[10] = n[ENTITIES] > 0 ? 1 : 0;
  out[11] = capped(n[ENTITIES], 4);
  out[12] = n[OPINIONS] > 0 ? 1 : 0;
  out[13] = f.hedges.length > 0 ? 1 : 0;
  out[14] = n[PREDICTIONS] > 0 ? 1 : 0;
  out[15] = n[HYPOTHETICALS] > 0 ? 1 : 0;
  out[16] = n[CAUSES] > 0 ? 1 : 0;
  out[17] = f.question ? 1 : 0;
  out[18] = capped(f.firstPerson, 3);
  out[19] = capped(f.secondPerson, 2);
  out[20] = capped(f.pastTense, 3);
  out[21] = w <= 4 ? 1 : 0;
  out[22] = w > 4 && w <= 8 ? 1 : 0;
  out[23] = w > 8 && w <= 15 ? 1 : 0;
  out[24] = w > 15 && w <= 30 ? 1 : 0;
  out[25] = w > 30 ? 1 : 0;
}

/** The signals as a fixed-length vector of values in [0, 1], for the linear model. */
export function handFeatures(s: Signals): number[] {
  const w = s.words;
  return [
    s.numbers.length > 0 ? 1 : 0, capped(s.numbers.length, 3), s.percents.length > 0 ? 1 : 0,
    s.money.length > 0 ? 1 : 0, s.dates.length > 0 ? 1 : 0, s.spelledNumbers.length > 0 ? 1 : 0,
    s.superlatives.length > 0 ? 1 : 0, s.comparatives.length > 0 ? 1 : 0, s.trends.length > 0 ? 1 : 0,
    s.attribution.length > 0 ? 1 : 0, s.entities.length > 0 ? 1 : 0, capped(s.entities.length, 4),
    s.opinion.length > 0 ? 1 : 0, s.hedges.length > 0 ? 1 : 0, s.predictions.length > 0 ? 1 : 0,
    s.hypotheticals.length > 0 ? 1 : 0, s.causal.length > 0 ? 1 : 0, s.question ? 1 : 0,
    capped(s.firstPerson, 3), capped(s.secondPerson, 2), capped(s.pastTense, 3),
    w <= 4 ? 1 : 0, w > 4 && w <= 8 ? 1 : 0, w > 8 && w <= 15 ? 1 : 0, w > 15 && w <= 30 ? 1 : 0, w > 30 ? 1 : 0,
  ];
}

/** Whether the global expression `re` matches `text` anywhere, without a match array. */
function has(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

/** ENTITY's [A-ZÀ-Þ], by code (no unicode flag: code units). */
const isEntityCapital = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);

/** ENTITY's [\wÀ-ÿ'’.&-], by code. */
function isEntityChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 39 || c === 46 || c === 38 || c === 45;
  return (c >= 0xc0 && c <= 0xff) || c === 0x2019;
}

/** Whether the lower-case ASCII `word` is at `at`, followed by \s. */
function wordThenSpace(text: string, at: number, word: string): boolean {
  const n = word.length;
  if (at + n >= text.length) return false;
  for (let k = 0; k < n; k++) if (text.charCodeAt(at + k) !== word.charCodeAt(k)) return false;
  return isSpaceCode(text.charCodeAt(at + n));
}

/** Where the last entity found by `nextEntity` ends. */
let entityEnd = 0;

/**
 * ENTITY.exec from `from` by a hand scan: the start of the next match's group 1
 * (its end in `entityEnd`), or -1. Every part of ENTITY is greedy and what follows
 * each part cannot start with what the part gives back, so the first path is the
 * match: \s, a capital, name characters, then as many times as possible \s+,
 * optionally "of", "the" or "for" with \s+, and a capital with name characters.
 * (ENTITY stays the definition; the gate test pins this to it.)
 */
function nextEntity(text: string, from: number): number {
  const n = text.length;
  for (let i = from; i + 1 < n; i++) {
    if (!isEntityCapital(text.charCodeAt(i + 1)) || !isSpaceCode(text.charCodeAt(i))) continue;
    entityEnd = entityEndFrom(text, i + 1);
    return i + 1;
  }
  return -1;
}

/** Where ENTITY's group 1 ends when it starts at the capital at `start` (see nextEntity). */
function entityEndFrom(text: string, start: number): number {
  const n = text.length;
  let end = start + 1;
  while (end < n && isEntityChar(text.charCodeAt(end))) end++;
  for (;;) {
    let k = end;
    while (k < n && isSpaceCode(text.charCodeAt(k))) k++;
    if (k === end || k >= n) break;
    let capital = -1;
    const c = text.charCodeAt(k);
    if (c === 111 || c === 116 || c === 102) {
      const len = wordThenSpace(text, k, "of") ? 2 : wordThenSpace(text, k, "the") ? 3 : wordThenSpace(text, k, "for") ? 3 : 0;
      if (len > 0) {
        let after = k + len;
        while (after < n && isSpaceCode(text.charCodeAt(after))) after++;
        if (after < n && isEntityCapital(text.charCodeAt(after))) capital = after;
      }
    } else if (isEntityCapital(c)) {
      capital = k;
    }
    if (capital < 0) break;
    end = capital + 1;
    while (end < n && isEntityChar(text.charCodeAt(end))) end++;
  }
  return end;
}

/** The number of ENTITY matches (NOT_ENTITY left out) from `from`, counting up to `cap`. */
function countEntities(text: string, from: number, cap: number): number {
  if (from < 0 || !hasLowerCase(text)) return 0;
  let n = 0;
  for (let i = nextEntity(text, from); i >= 0 && n < cap; i = n < cap ? nextEntity(text, entityEnd) : -1) {
    if (!isNotEntity(text, i, entityEnd)) n++;
  }
  return n;
}

/**
 * handFeatures(extractSignals(text, counts)) written into `out` without building
 * the signals: the model needs only whether each expression matches (and how many
 * numbers and entities, up to their caps), so presence tests replace the match
 * lists. Used on every sentence and claim part; the lists themselves (for kinds
 * and reasons) come from extractSignals, on demand. Pinned to handFeatures by tests.
 */
export function handFeaturesOf(text: string, counts: TokenCounts, out: Float64Array): void {
  scanWords(text);
  handFeaturesScanned(text, counts, out);
}

/** handFeaturesOf of a text whose word pass has just filled `wordFacts`. */
export function handFeaturesScanned(text: string, counts: TokenCounts, out: Float64Array): void {
  const facts = wordFacts;
  const gates = facts.gates;
  const hasDigit = facts.digit;
  const numbers = hasDigit ? countNumbers(text, 3) : 0;
  const entities = countEntities(text, facts.entityStart, 4);
  const w = counts.words;
  out[0] = numbers > 0 ? 1 : 0;
  out[1] = capped(numbers, 3);
  out[2] = facts.percent && has(PERCENT, text) ? 1 : 0;
  out[3] = (facts.currency || (hasDigit && (gates & G_MONEY_WORD) !== 0) || (gates & G_PENCE) !== 0) && has(MONEY, text) ? 1 : 0;
  out[4] = facts.year || ((gates & (G_DATE | G_DATE_NEEDS_DIGIT)) !== 0 && has(DATE, text)) ? 1 : 0;
  out[5] = (gates & G_SPELLED) !== 0 && has(SPELLED, text) ? 1 : 0;
  out[6] = (gates & G_SUPERLATIVE) !== 0 && has(SUPERLATIVE_WORDS, text) ? 1 : 0;
  out[7] = (gates & G_COMPARATIVE) !== 0 && has(COMPARATIVE, text) ? 1 : 0;
  out[8] = (gates & G_TREND) !== 0 && has(TREND, text) ? 1 : 0;
  out[9] = (gates & G_ATTRIBUTION) !== 0 && has(ATTRIBUTION, text) ? 1 : 0;
  out[10] = entities > 0 ? 1 : 0;
  out[11] = capped(entities, 4);
  out[12] = (gates & G_OPINION) !== 0 && has(OPINION, text) ? 1 : 0;
  out[13] = counts.hedges.length > 0 ? 1 : 0;
  out[14] = (gates & (G_PREDICTION | G_PREDICTION_NEEDS_DIGIT)) !== 0 && has(PREDICTION, text) ? 1 : 0;
  out[15] = (gates & G_HYPOTHETICAL) !== 0 && has(HYPOTHETICAL, text) ? 1 : 0;
  out[16] = (gates & G_CAUSAL) !== 0 && has(CAUSAL, text) ? 1 : 0;
  out[17] = endsWithQuestion(text) ? 1 : 0;
  out[18] = capped(counts.firstPerson, 3);
  out[19] = capped(counts.secondPerson, 2);
  out[20] = capped(counts.pastTense, 3);
  out[21] = w <= 4 ? 1 : 0;
  out[22] = w > 4 && w <= 8 ? 1 : 0;
  out[23] = w > 8 && w <= 15 ? 1 : 0;
  out[24] = w > 15 && w <= 30 ? 1 : 0;
  out[25] = w > 30 ? 1 : 0;
}
