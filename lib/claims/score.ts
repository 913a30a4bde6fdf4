import shippedWeights from "./model/weights.json";
import { decodeModel, type LinearModel } from "./model";
import type { Signals } from "./signals";
import { analyse } from "./vectorize";
import { handFeatures } from "./signals";

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

/**
 * Score plus the signals behind it. The model's probability is damped for
 * rhetorical questions, speculation, hypotheticals and predictions that carry no figure: debate
 * data (what the model learns from) under-represents the hedged prose of news, and
 * the desk asked for these (and very short sentences) to rank low.
 */
export function scoreWithSignals(text: string, model: LinearModel = shippedModel()): { score: number; signals: Signals } {
  // predict() over vectorize()'s vector, summed in the same order, without building
  // the vector: every hashed bucket has value 1, then the non-zero hand features.
  const { buckets, count, signals } = analyse(text, model.bits);
  const weights = model.weights;
  const size = 2 ** model.bits;
  let z = model.bias;
  for (let k = 0; k < count; k++) z += weights[buckets[k]] * 1;
  const hand = handFeatures(signals);
  for (let k = 0; k < hand.length; k++) if (hand[k] !== 0) z += weights[size + k] * hand[k];
  return { score: damp(1 / (1 + Math.exp(-z)), signals), signals };
}

export function damp(probability: number, s: Signals): number {
  const factual = s.numbers.length + s.percents.length + s.money.length > 0;
  let factor = 1;
  if (s.question) factor *= 0.5;
  if (!factual && s.hedges.length > 0) factor *= 0.7;
  if (!factual && s.hypotheticals.length > 0) factor *= 0.8;
  if (!factual && s.predictions.length > 0 && s.pastTense === 0) factor *= 0.7;
  if (s.words <= 4) factor *= 0.6;
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
