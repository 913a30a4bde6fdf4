import type { LinearModel } from "./model";
import { HAND_FEATURE_NAMES } from "./signals";
import { vectorize, type SparseVector } from "./vectorize";

/**
 * Logistic regression trained with AdaGrad and L2 decay on the touched weights.
 * Plain SGD needs a learning-rate schedule tuned per dataset; AdaGrad's per-weight
 * rates suit sparse hashed n-grams (rare words keep a large step) and converge in a
 * few epochs, so retraining on a desk's own TSV takes seconds. The example order is
 * shuffled with a seeded generator so the same data gives the same weights.
 */

export interface LabelledText {
  text: string;
  label: 0 | 1;
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  learningRate: number;
  l2: number;
  /** Weight of a positive example relative to a negative one. */
  positiveWeight: number;
  seed: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  bits: 18,
  epochs: 4,
  learningRate: 0.05,
  l2: 1e-6,
  positiveWeight: 1,
  seed: 20240501,
};

/** A small deterministic PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Vectorises the texts once so several trainings (folds, settings) can share them. */
export function vectorizeAll(examples: LabelledText[], bits: number): SparseVector[] {
  return examples.map((e) => vectorize(e.text, bits).vector);
}

/**
 * Fits a logistic-regression model; the threshold is left at 0.5 for tuneThreshold.
 * With `from`, training starts at that model's weights and the L2 term pulls
 * towards them instead of towards zero: a desk's few hundred decisions then adjust
 * the shipped model rather than replace what it learnt from 22,000 sentences
 * (lib/claims/adapt.ts). Without it the prior is zero and the sums are unchanged.
 */
export function trainLogistic(vectors: SparseVector[], labels: (0 | 1)[], options: TrainOptions, from?: LinearModel): LinearModel {
  const size = 2 ** options.bits + HAND_FEATURE_NAMES.length;
  if (from && (from.bits !== options.bits || from.weights.length !== size)) throw new Error(`cannot adapt a ${from.bits}-bit model with ${options.bits}-bit features`);
  const prior = from ? from.weights : new Float32Array(size);
  const weights = Float32Array.from(prior);
  const squares = new Float32Array(size).fill(1e-8);
  let bias = from ? from.bias : 0;
  let biasSquares = 1e-8;
  const order = vectors.map((_, i) => i);
  const random = seededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const n of order) {
      const { indices, values } = vectors[n];
      let z = bias;
      for (let k = 0; k < indices.length; k++) z += weights[indices[k]] * values[k];
      const p = 1 / (1 + Math.exp(-z));
      const y = labels[n];
      const g = (p - y) * (y === 1 ? options.positiveWeight : 1);
      for (let k = 0; k < indices.length; k++) {
        const idx = indices[k];
        const grad = g * values[k] + options.l2 * (weights[idx] - prior[idx]);
        squares[idx] += grad * grad;
        weights[idx] -= (options.learningRate * grad) / Math.sqrt(squares[idx]);
      }
      biasSquares += g * g;
      bias -= (options.learningRate * g) / Math.sqrt(biasSquares);
    }
  }
  return { bits: options.bits, bias, weights, threshold: 0.5 };
}

/**
 * The score threshold that maximises F1 of the positive class on held-out scores
 * (ties go to the higher threshold, the more conservative desk).
 */
export function tuneThreshold(scores: number[], labels: (0 | 1)[]): { threshold: number; f1: number } {
  const order = scores.map((s, i) => i).sort((a, b) => scores[b] - scores[a]);
  const positives = labels.reduce<number>((n, y) => n + y, 0);
  let best = { threshold: 0.5, f1: 0 };
  let tp = 0;
  for (let k = 0; k < order.length; k++) {
    tp += labels[order[k]];
    const next = k + 1 < order.length ? scores[order[k + 1]] : -Infinity;
    if (next === scores[order[k]]) continue;
    const f1 = (2 * tp) / (k + 1 + positives);
    if (f1 > best.f1) best = { threshold: next === -Infinity ? scores[order[k]] : (scores[order[k]] + next) / 2, f1 };
  }
  return best;
}
