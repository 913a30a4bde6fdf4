/**
 * The linguistic signals research on check-worthiness keeps finding useful:
 * numbers, percentages, money, dates, named entities, comparisons and attribution
 * push a sentence up; opinion, speculation, hypotheticals, predictions, questions
 * and very short sentences push it down. One pass of regular expressions collects
 * the evidence, which feeds the model, the kind and the human-readable reasons.
 */

export interface Signals {
  numbers: string[];
  percents: string[];
  money: string[];
  dates: string[];
  spelledNumbers: string[];
  superlatives: string[];
  comparatives: string[];
  trends: string[];
  attribution: string[];
  entities: string[];
  opinion: string[];
  hedges: string[];
  predictions: string[];
  hypotheticals: string[];
  causal: string[];
  question: boolean;
  firstPerson: number;
  secondPerson: number;
  pastTense: number;
  words: number;
}

const NUMBER = /(?<![\p{L}\d.,])\d[\d,]*(?:\.\d+)?(?![\d])/gu;
const PERCENT = /\d[\d,.]*\s?(?:%|percent\b|per cent\b|percentage points?\b)/gi;
const MONEY = /[$£€¥]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|m|k)\b)?|\b\d[\d,.]*\s(?:(?:million|billion|trillion)\s)?(?:dollars|euros|pounds|yuan)\b/gi;
const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";
const DATE = new RegExp(
  `\\b(?:(?:${MONTHS})(?:\\s\\d{1,2}(?:st|nd|rd|th)?)?|(?:in|since|by|until|from|of)\\s(?:1[89]|20)\\d\\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last (?:year|month|week)|yesterday)\\b`,
  "g",
);
const YEAR = /\b(?:1[89]|20)\d\d\b/g;
const SPELLED = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|twice|double|triple|quarter)\b/gi;
const SUPERLATIVE_WORDS = /\b(?:most|least|best|worst|first|last|only|record|largest|biggest|highest|lowest|poorest|richest|oldest|youngest|fastest|slowest|deadliest|worst-ever|smallest|greatest|longest|shortest|strongest|weakest|latest|hottest|coldest|safest|cheapest|wealthiest|lowest-ever|highest-ever)\b/gi;
const COMPARATIVE = /\b(?:(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|better|worse|faster|slower|cheaper|older|younger|richer|poorer|longer|shorter)(?:\s\w+)?\sthan|twice as|as many as|as much as|compared (?:to|with))\b/gi;
const TREND = /\b(?:doubled|tripled|quadrupled|halved|increased|decreased|rose|risen|fell|fallen|grew|grown|dropped|declined|surged|soared|plunged|cut|raised|lost|gained|created|added)\b/gi;
const ATTRIBUTION = /\b(?:said|says|told|according to|reported|announced|stated|claimed|estimated|confirmed|testified|wrote)\b/gi;
// Without the unicode flag or a lookbehind: this one ran on every sentence and was the slowest.
const ENTITY = /\s([A-ZÀ-Þ][\wÀ-ÿ'’.&-]*(?:\s+(?:of\s+|the\s+|for\s+)?[A-ZÀ-Þ][\wÀ-ÿ'’.&-]*)*)/g;
const OPINION = /\b(?:I think|I believe|I feel|I hope|I want|in my (?:opinion|view)|should|ought to|must|need to|terrible|horrible|wonderful|great|disaster|disgrace|ridiculous|absurd|fantastic|beautiful|amazing|stupid|incredible|tremendous|unfair|wrong|shameful|outrageous|believe|love|hate|frankly|honestly)\b/gi;
const HEDGE = new Set(["may", "might", "could", "perhaps", "possibly", "probably", "likely", "unlikely", "seem", "seems", "appear", "appears", "allegedly", "reportedly", "suspected", "maybe"]);
const PREDICTION = /\b(?:will|won't|going to|gonna|expected to|is set to|are set to|plans? to|forecasts?|predicts?|next (?:year|week|month|decade)|by 20[3-9]\d)\b/gi;
const HYPOTHETICAL = /\b(?:if|would|imagine|suppose|unless|what if|wish)\b/gi;
const CAUSAL = /\b(?:because|due to|caused|causes|cause|led to|leads to|resulted in|results in|as a result|therefore|thanks to|blamed|responsible for|contributed to)\b/gi;
const FIRST_PERSON = new Set(["i", "i'm", "i've", "i'll", "me", "my", "we", "we're", "we've", "our", "us"]);
const SECOND_PERSON = new Set(["you", "your", "you're"]);
const PAST = new Set(["was", "were", "had", "did", "won", "lost", "killed", "spent", "paid", "took", "made", "gave", "left", "went", "came", "became", "began"]);
const QUESTION_END = /\?["'”’»)\]\s]*$/;
const NOT_ENTITY = new Set(["I", "I'm", "I've", "I'll", "Mr.", "Mrs.", "Ms.", "Dr."]);

const all = (re: RegExp, text: string): string[] => text.match(re) ?? [];

/**
 * Collects the signals of one sentence (or claim) of plain text. `tokens` are the
 * lower-cased word tokens when the caller already has them (vectorize does): the
 * word-list signals are set look-ups over them rather than more regex passes.
 */
export function extractSignals(text: string, tokens: string[] = text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu) ?? []): Signals {
  let hedges: string[] = [];
  let firstPerson = 0;
  let secondPerson = 0;
  let pastTense = 0;
  let words = 0;
  for (const t of tokens) {
    if (t.length === 1 && !/[\p{L}\p{N}]/u.test(t)) continue;
    words++;
    const word = t.replace("’", "'");
    if (HEDGE.has(word)) hedges = [...hedges, word];
    if (FIRST_PERSON.has(word)) firstPerson++;
    else if (SECOND_PERSON.has(word)) secondPerson++;
    if (PAST.has(word) || (word.length > 4 && word.endsWith("ed"))) pastTense++;
  }
  const hasDigit = /\d/.test(text);
  const percents = hasDigit ? all(PERCENT, text) : [];
  const money = hasDigit ? all(MONEY, text) : [];
  const dates = hasDigit ? [...all(DATE, text), ...all(YEAR, text)] : all(DATE, text);
  return {
    numbers: hasDigit ? all(NUMBER, text) : [],
    percents,
    money,
    dates,
    spelledNumbers: all(SPELLED, text),
    superlatives: all(SUPERLATIVE_WORDS, text),
    comparatives: all(COMPARATIVE, text),
    trends: all(TREND, text),
    attribution: all(ATTRIBUTION, text),
    entities: Array.from(text.matchAll(ENTITY), (m) => m[1]).filter((e) => !NOT_ENTITY.has(e)),
    opinion: all(OPINION, text),
    hedges,
    predictions: all(PREDICTION, text),
    hypotheticals: all(HYPOTHETICAL, text),
    causal: all(CAUSAL, text),
    question: QUESTION_END.test(text),
    firstPerson,
    secondPerson,
    pastTense,
    words,
  };
}

/** Names of the hand features, in the order `handFeatures` returns them. */
export const HAND_FEATURE_NAMES = [
  "number", "numbers", "percent", "money", "date", "spelled_number", "superlative", "comparative",
  "trend", "attribution", "entity", "entities", "opinion", "hedge", "prediction", "hypothetical",
  "causal", "question", "first_person", "second_person", "past_tense", "len_le4", "len_5_8",
  "len_9_15", "len_16_30", "len_gt30",
] as const;

const capped = (n: number, cap: number) => Math.min(n, cap) / cap;

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
