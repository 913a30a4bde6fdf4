import { extractSignals, handFeatures, type Signals } from "./signals";

/**
 * Turns text into the sparse vector the linear model reads: word unigrams and
 * bigrams hashed into 2^bits buckets (no vocabulary to ship, unseen words cost
 * nothing), followed by the hand features from signals.ts. Digits are reduced to
 * their shape ("2016" → "0000") so the model learns "a year" rather than one year.
 */

export interface SparseVector {
  indices: number[];
  values: number[];
}

const TOKEN = /[\p{L}\p{N}]+(?:['’]\p{L}+)?|[$%£€?]/gu;
const DIGIT = /\d/g;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units: fast, stable across runs and platforms. */
export function hashString(text: string, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Lower-cased word tokens with digits replaced by "0". */
export function tokenize(text: string): string[] {
  const tokens = text.toLowerCase().match(TOKEN) ?? [];
  return tokens.map((t) => (t.length < 12 && /\d/.test(t) ? t.replace(DIGIT, "0") : t));
}

/**
 * The model's input for `text`, with its signals (returned so callers that also
 * need reasons and kinds do not run the regular expressions twice).
 */
export function vectorize(text: string, bits: number): { vector: SparseVector; signals: Signals } {
  const size = 2 ** bits;
  const mask = size - 1;
  const tokens = tokenize(text);
  const seen = new Set<number>();
  let previous = hashString("^");
  for (const token of tokens) {
    const h = hashString(token);
    seen.add(h & mask);
    // Bigram hash derived from both word hashes, so no bigram strings are built.
    seen.add(hashString(token, previous ^ 0x5bd1e995) & mask);
    previous = h;
  }
  seen.add(hashString("$", previous ^ 0x5bd1e995) & mask);
  const indices = [...seen];
  const values = indices.map(() => 1);
  const signals = extractSignals(text, tokens);
  handFeatures(signals).forEach((value, k) => {
    if (value !== 0) {
      indices.push(size + k);
      values.push(value);
    }
  });
  return { vector: { indices, values }, signals };
}
