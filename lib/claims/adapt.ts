import { averagePrecision } from "./metrics";
import { predict, type LinearModel } from "./model";
import { damp } from "./score";
import { DEFAULT_TRAIN_OPTIONS, seededRandom, trainLogistic, tuneThreshold, type LabelledText, type TrainOptions } from "./train";
import { vectorize, type SparseVector } from "./vectorize";
import type { Signals } from "./signals";

/**
 * Adapting the shipped model to a desk's own accept/dismiss decisions. A desk has
 * hundreds of decisions, not the 22,000 labelled sentences the shipped model learnt
 * from, so training from scratch on them alone would forget most of what it knows.
 * Instead training starts at the shipped weights and the L2 term pulls back towards
 * them (trainLogistic's `from`): words the desk keeps accepting or dismissing move,
 * the rest stays.
 *
 * Before a desk adopts the result it sees how both models rank decisions they did
 * not learn from: the decisions are split into folds, each fold scored by a model
 * adapted on the others, and the shipped model scores the same decisions.
 */

/**
 * A smaller step than training from scratch: AdaGrad's first step on a weight is the
 * whole learning rate, and at 0.05 a few hundred decisions moved the shipped
 * weights too far. Chosen on CLEF-2019 transcripts standing in for a desk's
 * decisions (see PROVENANCE.md); the strength of the pull back (l2) made no
 * difference there, so it stays the default.
 */
export const ADAPT_OPTIONS: TrainOptions = { ...DEFAULT_TRAIN_OPTIONS, learningRate: 0.02 };

/** Fewer decisions than this, or fewer of either kind, say too little to adapt on. */
export const MIN_DECISIONS = 40;
export const MIN_EACH_LABEL = 10;
const FOLDS = 5;

/** How a model did on the decisions it was measured on. */
export interface ModelMeasure {
  /** Average precision of the ranking: 1 when every accepted claim outscores every dismissed one. */
  averagePrecision: number;
  /** Of the claims the desk accepted, how many the model suggests at its threshold. */
  acceptedSuggested: number;
  /** Of the claims the desk dismissed, how many the model still suggests. */
  dismissedSuggested: number;
}

export interface AdaptationReport {
  decisions: number;
  accepted: number;
  dismissed: number;
  folds: number;
  shipped: ModelMeasure;
  adapted: ModelMeasure;
}

export type AdaptationResult = { ok: true; model: LinearModel; report: AdaptationReport } | { ok: false; reason: "too_few"; accepted: number; dismissed: number };

interface Example {
  vector: SparseVector;
  signals: Signals;
  label: 0 | 1;
}

const scoreOf = (model: LinearModel, e: Example) => damp(predict(model, e.vector), e.signals);

function measure(scores: number[], labels: (0 | 1)[], threshold: number): ModelMeasure {
  let acceptedSuggested = 0;
  let dismissedSuggested = 0;
  scores.forEach((score, i) => {
    if (score < threshold) return;
    if (labels[i] === 1) acceptedSuggested++;
    else dismissedSuggested++;
  });
  return { averagePrecision: averagePrecision(scores, labels), acceptedSuggested, dismissedSuggested };
}

/**
 * Folds that keep the share of accepted decisions: each label's decisions are
 * shuffled (seeded, so the same decisions give the same report) and dealt round.
 */
function stratifiedFolds(labels: (0 | 1)[], folds: number, seed: number): number[] {
  const random = seededRandom(seed);
  const fold = new Array<number>(labels.length);
  for (const label of [0, 1] as const) {
    const members = labels.flatMap((l, i) => (l === label ? [i] : []));
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [members[i], members[j]] = [members[j], members[i]];
    }
    members.forEach((index, k) => (fold[index] = k % folds));
  }
  return fold;
}

/**
 * Adapts `base` to `decisions` and measures both models out of fold. The adapted
 * model's threshold is the one that gives the best F1 on the out-of-fold scores,
 * so it suggests as much as the desk's own decisions say it should.
 */
export function adaptToDesk(base: LinearModel, decisions: readonly LabelledText[], options: TrainOptions = ADAPT_OPTIONS): AdaptationResult {
  const accepted = decisions.filter((d) => d.label === 1).length;
  const dismissed = decisions.length - accepted;
  if (decisions.length < MIN_DECISIONS || accepted < MIN_EACH_LABEL || dismissed < MIN_EACH_LABEL) return { ok: false, reason: "too_few", accepted, dismissed };
  const examples: Example[] = decisions.map((d) => ({ ...vectorize(d.text, options.bits), label: d.label }));
  const labels = examples.map((e) => e.label);
  const vectors = examples.map((e) => e.vector);
  const fold = stratifiedFolds(labels, FOLDS, options.seed);
  const outOfFold = new Array<number>(examples.length);
  for (let f = 0; f < FOLDS; f++) {
    const train = examples.flatMap((_, i) => (fold[i] === f ? [] : [i]));
    const model = trainLogistic(train.map((i) => vectors[i]), train.map((i) => labels[i]), options, base);
    examples.forEach((e, i) => {
      if (fold[i] === f) outOfFold[i] = scoreOf(model, e);
    });
  }
  const threshold = tuneThreshold(outOfFold, labels).threshold;
  const final = trainLogistic(vectors, labels, options, base);
  const shippedScores = examples.map((e) => scoreOf(base, e));
  return {
    ok: true,
    model: { ...final, threshold },
    report: {
      decisions: examples.length,
      accepted,
      dismissed,
      folds: FOLDS,
      shipped: measure(shippedScores, labels, base.threshold),
      adapted: measure(outOfFold, labels, threshold),
    },
  };
}
