import * as signals from "./signals";
import type { Signals, TokenCounts } from "./signals";
import { doubled } from "./grow";

// Local copies: under tsx/esbuild every use of an imported binding is a getter call.
const { C_CURRENCY, C_DIGIT, C_ENTITY, C_YEAR, CANDIDATE_BITS, candidates, extractScannedSignals, handFeatures, isYearStart, noteCandidate, scanWords, setWordFacts, signalGateLookup: gateLookup, wordEndBits } = signals;

/**
 * Turns text into the sparse vector the linear model reads: word unigrams and
 * bigrams hashed into 2^bits buckets (no vocabulary to ship, unseen words cost
 * nothing), followed by the hand features from signals.ts. Digits are reduced to
 * their shape ("2016" → "0000") so the model learns "a year" rather than one year.
 *
 * Speed: this runs on every sentence and every split claim part, so the tokens are
 * found and hashed in one pass over the character codes — no lower-cased copy, no
 * token strings, no Set. Only a token that might be in one of the signal word lists
 * (a hash-table hit) is turned into a string, to be checked exactly. The result is
 * identical to the regex definition kept in `tokenize` (which the slow path still
 * uses for the rare text whose lower-casing is not one code unit per code unit).
 */

export interface SparseVector {
  indices: number[];
  values: number[];
}

/**
 * Per-code-unit facts the hot loops need, computed once per code unit and then
 * read from a table: the lower case (when it is exactly one code unit), whether
 * that lower case is a letter (\p{L}) or a number (\p{N}), and whether the code unit
 * is unsafe to lower-case on its own. Unsafe means the answer depends on more than
 * the code unit: surrogates (astral characters), İ (lower case is two code units)
 * and Σ (final sigma depends on the next letter). Callers fall back to the string
 * functions for those, so table and `toLowerCase` never disagree. (Kept in this
 * module on purpose: tsx/esbuild turn imported bindings into property getters, and
 * a getter call per character was a third of the vectorizer's time.)
 */

const LOWER_MASK = 0xffff;
const IS_LETTER = 1 << 16;
const IS_NUMBER = 1 << 17;
const UNSAFE = 1 << 18;

const table = new Int32Array(65536).fill(-1);
const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;

function compute(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return UNSAFE;
  const lower = String.fromCharCode(code).toLowerCase();
  if (lower.length !== 1 || code === 0x3a3) return UNSAFE;
  let info = lower.charCodeAt(0);
  if (LETTER.test(lower)) info |= IS_LETTER;
  if (NUMBER.test(lower)) info |= IS_NUMBER;
  return info;
}

for (let c = 0; c < 128; c++) table[c] = compute(c);

/** The packed facts for one UTF-16 code unit (see the flags above). */
function caseInfo(code: number): number {
  const v = table[code];
  return v >= 0 ? v : (table[code] = compute(code));
}

const TOKEN = /[\p{L}\p{N}]+(?:['’]\p{L}+)?|[$%£€?]/gu;
const DIGIT = /\d/g;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const BIGRAM_SALT = 0x5bd1e995;

/** FNV-1a over UTF-16 code units: fast, stable across runs and platforms. */
export function hashString(text: string, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Lower-cased word tokens with digits replaced by "0" (the reference definition). */
export function tokenize(text: string): string[] {
  const tokens = text.toLowerCase().match(TOKEN) ?? [];
  return tokens.map((t) => (t.length < 12 && /\d/.test(t) ? t.replace(DIGIT, "0") : t));
}

const HEDGE = new Set(["may", "might", "could", "perhaps", "possibly", "probably", "likely", "unlikely", "seem", "seems", "appear", "appears", "allegedly", "reportedly", "suspected", "maybe"]);
const FIRST_PERSON = new Set(["i", "i'm", "i've", "i'll", "me", "my", "we", "we're", "we've", "our", "us"]);
const SECOND_PERSON = new Set(["you", "your", "you're"]);
const PAST = new Set(["was", "were", "had", "did", "won", "lost", "killed", "spent", "paid", "took", "made", "gave", "left", "went", "came", "became", "began"]);

/**
 * Open-addressed table of every word in the lists above, by hash: a miss proves the
 * token is in none of them; a hit is settled by comparing the token's code units
 * (lower-cased, ’ as ') with the listed word, so the counts stay exact without a
 * token string. Each word carries the lists it is in.
 */
const IN_HEDGE = 1;
const IN_FIRST_PERSON = 2;
const IN_SECOND_PERSON = 4;
const IN_PAST = 8;
const LIST_TABLE_SIZE = 256;
const listTable = new Int32Array(LIST_TABLE_SIZE);
/** Index + 1 into listWords of the word in each slot (0: empty). */
const listEntry = new Int16Array(LIST_TABLE_SIZE);
const listWords: string[] = [];
const listFlags: number[] = [];
for (const [set, flag] of [[HEDGE, IN_HEDGE], [FIRST_PERSON, IN_FIRST_PERSON], [SECOND_PERSON, IN_SECOND_PERSON], [PAST, IN_PAST]] as const) {
  for (const word of set) {
    let e = listWords.indexOf(word);
    if (e < 0) {
      e = listWords.push(word) - 1;
      listFlags.push(0);
      const h = hashString(word) & 0x3fffffff; // small integers: see wordgate.ts
      let slot = (h ^ (h >>> 11)) & (LIST_TABLE_SIZE - 1);
      while (listEntry[slot] !== 0) slot = (slot + 1) & (LIST_TABLE_SIZE - 1);
      listTable[slot] = h;
      listEntry[slot] = e + 1;
    }
    listFlags[e] |= flag;
  }
}

/** The listWords index of the token text[start, end) (hash `h`, cut to 30 bits), or -1. */
function listWordOf(text: string, start: number, end: number, apostrophe: number, h: number): number {
  let slot = (h ^ (h >>> 11)) & (LIST_TABLE_SIZE - 1);
  for (let e = listEntry[slot]; e !== 0; e = listEntry[slot]) {
    if (listTable[slot] === h && isToken(text, start, end, apostrophe, listWords[e - 1])) return e - 1;
    slot = (slot + 1) & (LIST_TABLE_SIZE - 1);
  }
  return -1;
}

/** Whether the token text[start, end), lower-cased with ’ as ', is `word`. */
function isToken(text: string, start: number, end: number, apostrophe: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = start; k < end; k++) {
    const code = k === apostrophe ? 39 : caseInfo(text.charCodeAt(k)) & LOWER_MASK;
    if (code !== word.charCodeAt(k - start)) return false;
  }
  return true;
}

/**
 * Scratch for the buckets of one text: `list[0..count)` in first-seen order (the
 * order the model sums them in), de-duplicated by a small open-addressed set whose
 * slots count as empty unless stamped with the current text's stamp (so nothing is
 * cleared between texts). The set grows with the text; a sentence's buckets fit in a
 * few kilobytes that stay in cache, where a mark per possible bucket (2^bits of
 * them) missed the cache on nearly every token. Reused across calls so scoring a
 * sentence allocates no arrays; `analyse` hands it out valid until its next call.
 */
interface Buckets {
  stamps: Uint32Array;
  keys: Int32Array;
  stamp: number;
  list: Int32Array;
  count: number;
}

const buckets: Buckets = { stamps: new Uint32Array(1024), keys: new Int32Array(1024), stamp: 0, list: new Int32Array(256), count: 0 };

function scratch(): Buckets {
  const s = buckets;
  s.count = 0;
  s.stamp++;
  if (s.stamp === 0xffffffff) {
    s.stamps.fill(0);
    s.stamp = 1;
  }
  return s;
}

/** Inserts `bucket` into the set; false when it was there already. */
function insert(seen: Buckets, bucket: number): boolean {
  const { stamps, keys, stamp } = seen;
  const mask = stamps.length - 1;
  // A bucket is already the low bits of an FNV hash, spread evenly: its own low bits
  // pick the slot, with no multiply per insert (a multiplicative re-hash measured slower).
  let slot = bucket & mask;
  while (stamps[slot] === stamp) {
    if (keys[slot] === bucket) return false;
    slot = (slot + 1) & mask;
  }
  stamps[slot] = stamp;
  keys[slot] = bucket;
  return true;
}

function addBucket(bucket: number, seen: Buckets): void {
  if (!insert(seen, bucket)) return;
  if (seen.count === seen.list.length) {
    seen.list = doubled(seen.list);
  }
  seen.list[seen.count++] = bucket;
  if (seen.count * 2 > seen.stamps.length) {
    // Keep the set at most half full: a bigger one, refilled from the list.
    const size = seen.stamps.length * 4;
    seen.stamps = new Uint32Array(size);
    seen.keys = new Int32Array(size);
    seen.stamp = 1;
    for (let k = 0; k < seen.count; k++) insert(seen, seen.list[k]);
  }
}

/**
 * The hashed n-gram buckets of `text` (each with value 1, in first-seen order) and
 * its signals. `buckets` is scratch memory: read it before the next call.
 */
export function analyse(text: string, bits: number): { buckets: Int32Array; count: number; signals: Signals } {
  const signals = analyseInto(text, bits);
  return { buckets: buckets.list, count: buckets.count, signals };
}

/**
 * `analyse` without a result object: returns the signals and leaves the buckets in
 * `lastBuckets()` / `lastBucketCount()` (scratch memory: read them before the next call).
 */
export function analyseInto(text: string, bits: number): Signals {
  return extractScannedSignals(text, countTokens(text, bits));
}

/** 2 ** bits - 1 for the last `bits` (a power per sentence showed in profiles). */
let maskBits = -1;
let mask = 0;

/**
 * Hashes the tokens of `text` into the bucket scratch and returns their counts, with
 * `wordFacts` (signals.ts) describing `text` afterwards on either path.
 */
function countTokens(text: string, bits: number): TokenCounts {
  return countTokensIn(text, 0, text.length, text, bits);
}

/**
 * countTokens of `sentence`, which is source[from, to): the fast path reads the code
 * units from `source` (for the pipeline, the whole flat text, where each read is a
 * plain load instead of one through a sliced string), treating `from` and `to` as the
 * text's edges, so the result is countTokens(sentence)'s (a test pins the two).
 */
function countTokensIn(source: string, from: number, to: number, sentence: string, bits: number): TokenCounts {
  if (bits !== maskBits) {
    mask = 2 ** bits - 1;
    maskBits = bits;
  }
  let seen = scratch();
  let counts = hashTokens(source, from, to, mask, seen);
  if (counts === null) {
    seen = scratch(); // the fast path gave up part-way: start again on token strings
    counts = hashTokenList(tokenize(sentence), mask, seen);
    scanWords(sentence);
  }
  return counts;
}

/** The bucket list of the last text analysed (scratch memory). */
export const lastBuckets = (): Int32Array => buckets.list;
/** How many buckets of `lastBuckets()` belong to the last text analysed. */
export const lastBucketCount = (): number => buckets.count;

/**
 * The token counts of `text` (scratch: read them before the next call), its buckets
 * left in `lastBuckets()` / `lastBucketCount()` and `wordFacts` describing it: the
 * pipeline's `analyseTokens`, without a result object per sentence.
 */
export function tokenCounts(text: string, bits: number): TokenCounts {
  return countTokens(text, bits);
}

/** tokenCounts of `sentence`, which is source[from, to), reading the code units from `source` (see countTokensIn). */
export function tokenCountsIn(source: string, from: number, to: number, sentence: string, bits: number): TokenCounts {
  return countTokensIn(source, from, to, sentence, bits);
}

/**
 * `analyse` without the signals: the hashed buckets (scratch memory, as there) and
 * the token counts (scratch too: read them before the next call), for callers
 * that need only the model's features; `wordFacts` describes `text` afterwards.
 */
export function analyseTokens(text: string, bits: number): { buckets: Int32Array; count: number; counts: TokenCounts } {
  const counts = countTokens(text, bits);
  return { buckets: buckets.list, count: buckets.count, counts };
}

/**
 * The model's input for `text`, with its signals (returned so callers that also
 * need reasons and kinds do not scan the text twice).
 */
export function vectorize(text: string, bits: number): { vector: SparseVector; signals: Signals } {
  const size = 2 ** bits;
  const { buckets, count, signals } = analyse(text, bits);
  const indices: number[] = Array.from(buckets.subarray(0, count));
  const values: number[] = new Array(count).fill(1);
  const hand = handFeatures(signals);
  for (let k = 0; k < hand.length; k++) {
    if (hand[k] !== 0) {
      indices.push(size + k);
      values.push(hand[k]);
    }
  }
  return { vector: { indices, values }, signals };
}

/** The hedge list of a text without hedges: shared and frozen, replaced by a fresh array on the first hedge. */
const NO_HEDGES = Object.freeze([]) as unknown as string[];

/**
 * The fast path's counts, reused: every caller reads them (or copies them into its
 * signals) before the next call, and an object per sentence and claim part was
 * garbage. The hedge list is fresh whenever it is not empty, as the signals keep it.
 */
const scratchCounts: TokenCounts = { words: 0, firstPerson: 0, secondPerson: 0, pastTense: 0, hedges: NO_HEDGES };

/** Counts one word token (already normalised: lower case, digits as "0", ’ as ') against the lists. */
function countWord(word: string, counts: TokenCounts): void {
  counts.words++;
  if (HEDGE.has(word)) {
    if (counts.hedges === NO_HEDGES) counts.hedges = [word];
    else counts.hedges.push(word);
  }
  if (FIRST_PERSON.has(word)) counts.firstPerson++;
  else if (SECOND_PERSON.has(word)) counts.secondPerson++;
  if (PAST.has(word) || (word.length > 4 && word.endsWith("ed"))) counts.pastTense++;
}

/** The token counts by the slow path (token strings and the sets): the definition tests pin the fast path to. */
export function countsByTokenStrings(text: string): TokenCounts {
  return hashTokenList(tokenize(text), 1023, scratch());
}

/** The slow path: the same hashing and counting over token strings. */
function hashTokenList(tokens: string[], mask: number, seen: Buckets): TokenCounts {
  const counts: TokenCounts = { words: 0, firstPerson: 0, secondPerson: 0, pastTense: 0, hedges: [] };
  let previous = hashString("^");
  for (const token of tokens) {
    const h = hashString(token);
    addBucket(h & mask, seen);
    // Bigram hash derived from both word hashes, so no bigram strings are built.
    addBucket(hashString(token, previous ^ BIGRAM_SALT) & mask, seen);
    previous = h;
    if (token.length === 1 && !/[\p{L}\p{N}]/u.test(token)) continue;
    countWord(token.replace("’", "'"), counts);
  }
  addBucket(hashString("$", previous ^ BIGRAM_SALT) & mask, seen);
  return counts;
}

const START_HASH = hashString("^");
/** FNV_OFFSET and START_HASH as int32: the same bits, and no uint32 above 2^31 for the fast path to hold. */
const OFFSET_32 = FNV_OFFSET | 0;
const START_32 = START_HASH | 0;

/** Token states of the one-pass scanner. */
const OUTSIDE = 0;
const IN_WORD = 1; // in [\p{L}\p{N}]+
const AFTER_APOSTROPHE = 2; // in the \p{L}+ after ' or ’

/**
 * The fast path: tokens as ranges of `text`, hashed straight from the code units
 * (lower-cased through the per-code-unit table, digits folded to "0" for tokens
 * shorter than 12 as `tokenize` does). Returns null when a code unit's lower case
 * is not a single code unit (İ, final sigma, astral letters), where only
 * `toLowerCase` on the whole string is right.
 *
 * The same pass also does signals.ts's word pass (scanWords: the \w-words' gate
 * bits and the character facts, left in `wordFacts`), one code unit at a time: two
 * passes over every sentence cost more than one that keeps both states. The token
 * part follows `tokenize` (pinned by the vectorizer tests), the word part follows
 * scanWords (pinned by the word-facts test).
 */
function hashTokens(text: string, from: number, to: number, mask: number, seen: Buckets): TokenCounts | null {
  const counts = scratchCounts;
  counts.words = 0;
  counts.firstPerson = 0;
  counts.secondPerson = 0;
  counts.pastTense = 0;
  counts.hedges = NO_HEDGES;
  const n = to;
  const lookup = gateLookup;
  // Hashes stay int32 here (the same low bits as the uint32 hashString returns, which
  // is all the masks and XORs read): a uint32 above 2^31 held across tokens was boxed,
  // a heap number per token.
  let previous = START_32;
  // The token being scanned: where it starts, its hash, its bigram hash (seeded by the
  // token before), whether it has a digit, and where its apostrophe is.
  let state = OUTSIDE;
  let start = from;
  let h = 0;
  let b = 0;
  let tokenDigit = false;
  let apostrophe = -1;
  // The \w-word (ASCII [A-Za-z0-9_]) being scanned and what the words so far showed.
  let gates = 0;
  let hasDigit = false;
  let entityStart = -1;
  let wh = 0;
  let inWord = false;
  let wordStart = from;
  let allDigits = true;
  let year = false;
  let percent = false;
  let currency = false;
  candidates.count = 0;
  for (let i = from; i <= n; i++) {
    // i === n closes whatever is open (c is -1 there: no set holds it).
    const c = i < n ? text.charCodeAt(i) : -1;
    if (c >= 97 && c <= 122 && c !== 112 && (inWord ? state !== OUTSIDE : state === OUTSIDE)) {
      // Most code units are a lower-case letter inside a token and a \w-word: that
      // letter is its own lower case, no digit, no capital, no "p" to look behind.
      // After a space or the like such a letter opens both, with nothing open to
      // close. Either way the run of such letters is hashed here in a loop of its own,
      // without the per-code-unit state tests: what the full path below does for them.
      if (!inWord) {
        inWord = true;
        wordStart = i;
        wh = OFFSET_32;
        state = IN_WORD;
        start = i;
        tokenDigit = false;
        apostrophe = -1;
        h = OFFSET_32;
        b = previous ^ BIGRAM_SALT;
      }
      allDigits = false;
      let d = c;
      for (;;) {
        wh = Math.imul(wh ^ d, FNV_PRIME);
        h = Math.imul(h ^ d, FNV_PRIME);
        b = Math.imul(b ^ d, FNV_PRIME);
        if (i + 1 >= n) break;
        d = text.charCodeAt(i + 1);
        // A "p" here follows a lower-case letter, so it cannot start "percent" after a
        // number (the full path's look-behind needs [\d,.] or \s before it): kept in the run.
        if (d < 97 || d > 122) break;
        i++;
      }
      continue;
    }
    const info = i < n ? caseInfo(c) : 0;
    if (info & UNSAFE) return null;

    // Word pass (scanWords).
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    const digit = c >= 48 && c <= 57;
    if ((lower >= 97 && lower <= 122) || digit || c === 95) {
      if (!inWord) {
        wh = OFFSET_32;
        inWord = true;
        wordStart = i;
        allDigits = true;
      }
      wh = Math.imul(wh ^ lower, FNV_PRIME);
      if (digit) {
        hasDigit = true;
        const before = i > from ? text.charCodeAt(i - 1) : 0;
        if (!(before >= 48 && before <= 57)) noteCandidate(i - from, C_DIGIT);
      } else {
        allDigits = false;
      }
      if (lower === 112) {
        // "p" of "percent" / "per cent": after [\d,.], or after one \s after one.
        const before = i > from ? text.charCodeAt(i - 1) : 0;
        const beforeThat = i > from + 1 ? text.charCodeAt(i - 2) : 0;
        const pb = before === 44 || before === 46 || (before >= 48 && before <= 57);
        const pbb = beforeThat === 44 || beforeThat === 46 || (beforeThat >= 48 && beforeThat <= 57);
        if (pb || (pbb && isSpaceCode(before))) percent = true;
      }
    } else {
      if (inWord) {
        const bits = lookup(wh & 0x3fffffff);
        gates |= bits | wordEndBits(text, wordStart, i);
        if ((bits & CANDIDATE_BITS) !== 0) noteCandidate(wordStart - from, bits);
        inWord = false;
        if (allDigits && i - wordStart === 4 && isYearStart(text, wordStart)) {
          year = true;
          noteCandidate(wordStart - from, C_YEAR);
        }
      }
      if (c === 37) percent = true;
      else if (c === 36 || c === 0xa3 || c === 0x20ac || c === 0xa5) {
        currency = true;
        noteCandidate(i - from, C_CURRENCY);
      }
    }
    // ENTITY's possible starts: \s then [A-ZÀ-Þ].
    if (((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde)) && i > from && isSpaceCode(text.charCodeAt(i - 1))) {
      if (entityStart < 0) entityStart = i - 1 - from;
      noteCandidate(i - 1 - from, C_ENTITY);
    }

    // Token pass: [\p{L}\p{N}]+ then an optional ['’]\p{L}+ (letters only after the
    // apostrophe), hashed as scanned. Digits are folded to "0" on the way; the rare
    // token of 12 or more code units with a digit keeps its digits, re-hashed below.
    if (state !== OUTSIDE) {
      if ((info & (state === IN_WORD ? IS_LETTER | IS_NUMBER : IS_LETTER)) !== 0) {
        let code = info & LOWER_MASK;
        if (state === IN_WORD && code >= 48 && code <= 57) {
          tokenDigit = true;
          code = 48;
        }
        h = Math.imul(h ^ code, FNV_PRIME);
        b = Math.imul(b ^ code, FNV_PRIME);
        continue;
      }
      if (state === IN_WORD && (c === 39 || c === 0x2019) && i + 1 < n && (caseInfo(text.charCodeAt(i + 1)) & IS_LETTER) !== 0) {
        apostrophe = i;
        h = Math.imul(h ^ c, FNV_PRIME);
        b = Math.imul(b ^ c, FNV_PRIME);
        state = AFTER_APOSTROPHE;
        continue;
      }
      // The token [start, i) is complete.
      const end = i;
      // The list-lookup hash is h, but with ’ read as ' (hashed again only then: rare).
      let w = h;
      if (apostrophe >= 0 && text.charCodeAt(apostrophe) === 0x2019) {
        w = OFFSET_32;
        for (let k = start; k < end; k++) w = Math.imul(w ^ (k === apostrophe ? 39 : caseInfo(text.charCodeAt(k)) & LOWER_MASK), FNV_PRIME);
      }
      if (tokenDigit && end - start >= 12) {
        // tokenize() folds digits only in tokens shorter than 12: hash the digits as they are.
        h = OFFSET_32;
        b = previous ^ BIGRAM_SALT;
        for (let k = start; k < end; k++) {
          const code = caseInfo(text.charCodeAt(k)) & LOWER_MASK;
          h = Math.imul(h ^ code, FNV_PRIME);
          b = Math.imul(b ^ code, FNV_PRIME);
        }
      }
      addBucket(h & mask, seen);
      addBucket(b & mask, seen);
      previous = h;
      // Most tokens miss the list table at its first slot: answered here without a call.
      const lw = w & 0x3fffffff;
      const listed = tokenDigit || listEntry[(lw ^ (lw >>> 11)) & (LIST_TABLE_SIZE - 1)] === 0 ? -1 : listWordOf(text, start, end, apostrophe, lw);
      if (listed >= 0) {
        countListed(listed, counts);
      } else {
        counts.words++;
        // The one list test that is not a look-up: a past participle ending in "ed".
        if (end - start > 4 && (caseInfo(text.charCodeAt(end - 2)) & LOWER_MASK) === 101 && (caseInfo(text.charCodeAt(end - 1)) & LOWER_MASK) === 100) {
          counts.pastTense++;
        }
      }
      state = OUTSIDE;
    }
    if (i === n) break;
    if ((info & (IS_LETTER | IS_NUMBER)) !== 0) {
      state = IN_WORD;
      start = i;
      tokenDigit = false;
      apostrophe = -1;
      let code = info & LOWER_MASK;
      if (code >= 48 && code <= 57) {
        tokenDigit = true;
        code = 48;
      }
      h = Math.imul(OFFSET_32 ^ code, FNV_PRIME);
      b = Math.imul((previous ^ BIGRAM_SALT) ^ code, FNV_PRIME);
    } else if (c === 36 || c === 37 || c === 0xa3 || c === 0x20ac || c === 63) {
      // The one-character symbol tokens: $ % £ € ?
      const sh = Math.imul(OFFSET_32 ^ c, FNV_PRIME);
      addBucket(sh & mask, seen);
      addBucket(Math.imul((previous ^ BIGRAM_SALT) ^ c, FNV_PRIME) & mask, seen);
      previous = sh;
    }
  }
  addBucket(Math.imul((previous ^ BIGRAM_SALT) ^ 36, FNV_PRIME) & mask, seen);
  setWordFacts(gates, hasDigit, entityStart, year, percent, currency);
  return counts;
}

/** JavaScript's \s, by code. */
function isSpaceCode(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 128) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 ||
    code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** countWord for the listed word listWords[e]: the same counts without the set look-ups. */
function countListed(e: number, counts: TokenCounts): void {
  const word = listWords[e];
  const flags = listFlags[e];
  counts.words++;
  if ((flags & IN_HEDGE) !== 0) {
    if (counts.hedges === NO_HEDGES) counts.hedges = [word];
    else counts.hedges.push(word);
  }
  if ((flags & IN_FIRST_PERSON) !== 0) counts.firstPerson++;
  else if ((flags & IN_SECOND_PERSON) !== 0) counts.secondPerson++;
  if ((flags & IN_PAST) !== 0 || (word.length > 4 && word.endsWith("ed"))) counts.pastTense++;
}
