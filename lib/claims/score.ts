import shippedWeights from "./model/weights.json";
import { decodeModel, type LinearModel } from "./model";
import type { Signals } from "./signals";
import * as vectorize from "./vectorize";
import * as signals from "./signals";
import type { Found } from "./signals";
import { HAND_FEATURE_NAMES } from "./signals";

/**
 * Check-worthiness scoring with the shipped model. The weights are decoded once,
 * on first use, and shared by every request in the process.
 */

let shipped: LinearModel | null = null;

/** The shipped model, decoded on first call. */
export function shippedModel(): LinearModel {
  shipped ??= decodeModel(shippedWeights);
  return shipped;
}

// Local copies: under tsx/esbuild every use of an imported binding is a getter call.
const { analyseInto, analyseTokens, lastBucketCount, lastBuckets, tokenCountsIn } = vectorize;
const { findRanges, handFeaturesFound, handFeaturesInto, handFeaturesScanned, HYPOTHETICALS, MONEY_LIST, NUMBERS, PERCENTS, PREDICTIONS } = signals;

/** 2 ** bits, remembered for the last model: a power per sentence showed in profiles. */
let cachedBits = -1;
let cachedSize = 0;
function hashedSize(bits: number): number {
  if (bits !== cachedBits) {
    cachedSize = 2 ** bits;
    cachedBits = bits;
  }
  return cachedSize;
}

/** Scratch for the hand features of the text being scored. */
const hand = new Float64Array(HAND_FEATURE_NAMES.length);

/**
 * Score plus the signals behind it. The model's probability is damped for
 * rhetorical questions, and for speculation, hypotheticals, predictions and very short
 * sentences that carry no figure: debate data (what the model learns from)
 * under-represents the hedged prose of news, and the desk asked for these to rank low.
 */
export function scoreWithSignals(text: string, model: LinearModel = shippedModel()): { score: number; signals: Signals } {
  const signals = scoreSignals(text, model);
  return { score: scoredBox[0], signals };
}

/**
 * The score of the last `scoreSignals` call, in a typed array: a double assigned to a
 * module variable was boxed, a heap number per sentence.
 */
const scoredBox = new Float64Array(1);

/** scoreWithSignals without a result object: the signals, with the score in `lastScore()`. */
export function scoreSignals(text: string, model: LinearModel = shippedModel()): Signals {
  // predict() over vectorize()'s vector, summed in the same order, without building
  // the vector: every hashed bucket has value 1, then the non-zero hand features.
  const signals = analyseInto(text, model.bits);
  const buckets = lastBuckets();
  const count = lastBucketCount();
  const weights = model.weights;
  const size = hashedSize(model.bits);
  let z = model.bias;
  for (let k = 0; k < count; k++) z += weights[buckets[k]] * 1;
  const h = hand;
  handFeaturesInto(signals, h);
  for (let k = 0; k < h.length; k++) if (h[k] !== 0) z += weights[size + k] * h[k];
  scoredBox[0] = damp(1 / (1 + Math.exp(-z)), signals);
  return signals;
}

/**
 * scoreSignals for the pipeline: the signals as ranges (see `Found`, scratch until the
 * next call) instead of string lists, the score in `lastScore()`. The same sums in
 * the same order, so the same score; the find tests and the reference dump pin it.
 */
export function scoreFound(text: string, model: LinearModel = shippedModel()): Found {
  return scoreFoundIn(text, 0, text.length, text, model);
}

/** scoreFound of `sentence`, which is source[from, to): the token pass reads `source` (see tokenCountsIn). */
export function scoreFoundIn(source: string, from: number, to: number, text: string, model: LinearModel = shippedModel()): Found {
  const counts = tokenCountsIn(source, from, to, text, model.bits);
  const buckets = lastBuckets();
  const count = lastBucketCount();
  const f = findRanges(text, counts);
  const weights = model.weights;
  const size = hashedSize(model.bits);
  let z = model.bias;
  for (let k = 0; k < count; k++) z += weights[buckets[k]] * 1;
  const h = hand;
  handFeaturesFound(f, h);
  for (let k = 0; k < h.length; k++) if (h[k] !== 0) z += weights[size + k] * h[k];
  // damp() on the same facts.
  const n = f.count;
  const factual = n[NUMBERS] + n[PERCENTS] + n[MONEY_LIST] > 0;
  let factor = 1;
  if (f.question) factor *= 0.5;
  if (!factual && f.hedges.length > 0) factor *= 0.7;
  if (!factual && n[HYPOTHETICALS] > 0) factor *= 0.8;
  if (!factual && n[PREDICTIONS] > 0 && f.pastTense === 0) factor *= 0.7;
  if (!factual && f.words <= 4) factor *= 0.6;
  scoredBox[0] = (1 / (1 + Math.exp(-z))) * factor;
  return f;
}

/** The score the last `scoreSignals` call computed. */
export const lastScore = (): number => scoredBox[0];

/**
 * The score of scoreWithSignals, without the signals: presence tests instead of
 * match lists and no per-call objects beyond the token counts. The pipeline's
 * hot path (every sentence and every claim part); tests pin it to scoreWithSignals.
 */
export function scoreText(text: string, model: LinearModel = shippedModel()): number {
  const { buckets, count, counts } = analyseTokens(text, model.bits);
  const weights = model.weights;
  const size = hashedSize(model.bits);
  let z = model.bias;
  for (let k = 0; k < count; k++) z += weights[buckets[k]] * 1;
  const h = hand;
  handFeaturesScanned(text, counts, h); // analyseTokens did the word pass
  for (let k = 0; k < h.length; k++) if (h[k] !== 0) z += weights[size + k] * h[k];
  // damp() on the same facts: number, percent, money, question, hedge, hypothetical, prediction.
  const factual = h[0] + h[2] + h[3] > 0;
  let factor = 1;
  if (h[17] !== 0) factor *= 0.5;
  if (!factual && h[13] !== 0) factor *= 0.7;
  if (!factual && h[15] !== 0) factor *= 0.8;
  if (!factual && h[14] !== 0 && counts.pastTense === 0) factor *= 0.7;
  if (!factual && counts.words <= 4) factor *= 0.6;
  return (1 / (1 + Math.exp(-z))) * factor;
}

export function damp(probability: number, s: Signals): number {
  const factual = s.numbers.length + s.percents.length + s.money.length > 0;
  let factor = 1;
  if (s.question) factor *= 0.5;
  if (!factual && s.hedges.length > 0) factor *= 0.7;
  if (!factual && s.hypotheticals.length > 0) factor *= 0.8;
  if (!factual && s.predictions.length > 0 && s.pastTense === 0) factor *= 0.7;
  // A very short line that carries a figure is a fact-box line or a terse fact ("She
  // was 91.", "Injured: 217", "Shots | 19 | 6"), not small talk. None of CT24's 34
  // short sentences carries a figure, so the model never learnt that; only the
  // figureless ones are damped.
  if (!factual && s.words <= 4) factor *= 0.6;
  return probability * factor;
}

/**
 * Check-worthiness of one sentence: a score in [0, 1] and the yes/no decision at
 * the operating point tuned on CT24 dev (see model/PROVENANCE.md).
 */
export function scoreSentence(text: string, model: LinearModel = shippedModel()): { score: number; checkworthy: boolean } {
  const { score } = scoreWithSignals(text, model);
  return { score: round(score), checkworthy: score >= model.threshold };
}

export const round = (x: number) => Math.round(x * 10000) / 10000;
