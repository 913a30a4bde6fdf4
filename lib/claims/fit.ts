import { predict, type LinearModel } from "./model";
import { damp } from "./score";
import { DEFAULT_TRAIN_OPTIONS, seededRandom, trainLogistic, tuneThreshold, vectorizeAll, type LabelledText, type TrainOptions } from "./train";
import { vectorize } from "./vectorize";

/**
 * Training plus operating point, as the `train` command runs it. With a dev set
 * the threshold is tuned there; without one (a desk's own TSV alone) a seeded 20%
 * of the data is held out to tune it, and the final model is then refit on all of
 * it so no labelled claim is wasted.
 */

export interface FitResult {
  model: LinearModel;
  tunedOn: "dev" | "holdout";
  tuningF1: number;
  trainExamples: number;
}

function thresholdFor(model: LinearModel, held: LabelledText[]): { threshold: number; f1: number } {
  // Tune on the same damped score the app reports, so the operating point matches.
  const scores = held.map((e) => {
    const { vector, signals } = vectorize(e.text, model.bits);
    return damp(predict(model, vector), signals);
  });
  return tuneThreshold(scores, held.map((e) => e.label));
}

/** Trains on `train`, tunes the yes/no threshold on `dev` (or a holdout), returns the model. */
export function fitModel(train: LabelledText[], dev: LabelledText[], options: TrainOptions = DEFAULT_TRAIN_OPTIONS): FitResult {
  if (train.length === 0) throw new Error("no training examples");
  const labels = train.map((e) => e.label);
  const vectors = vectorizeAll(train, options.bits);
  if (dev.length > 0) {
    const model = trainLogistic(vectors, labels, options);
    const tuned = thresholdFor(model, dev);
    return { model: { ...model, threshold: tuned.threshold }, tunedOn: "dev", tuningF1: tuned.f1, trainExamples: train.length };
  }
  const random = seededRandom(options.seed);
  const isHeld = train.map(() => random() < 0.2);
  const fitIdx = train.map((_, i) => i).filter((i) => !isHeld[i]);
  const partial = trainLogistic(fitIdx.map((i) => vectors[i]), fitIdx.map((i) => labels[i]), options);
  const tuned = thresholdFor(partial, train.filter((_, i) => isHeld[i]));
  const model = trainLogistic(vectors, labels, options);
  return { model: { ...model, threshold: tuned.threshold }, tunedOn: "holdout", tuningF1: tuned.f1, trainExamples: train.length };
}
