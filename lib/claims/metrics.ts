/**
 * The two metrics of the shared task families: F1 of the positive class (CT24)
 * and mean average precision of a ranking per transcript (CLEF-2019).
 */

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 of the positive class for yes/no predictions. */
export function precisionRecallF1(predicted: boolean[], labels: (0 | 1)[]): PrecisionRecall {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  predicted.forEach((yes, i) => {
    if (yes && labels[i] === 1) tp++;
    else if (yes) fp++;
    else if (labels[i] === 1) fn++;
  });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/**
 * Average precision of ranking `scores` (higher first) against binary labels; ties
 * keep input order, as the CLEF scorer's stable sort does. Zero when no positives.
 */
export function averagePrecision(scores: number[], labels: (0 | 1)[]): number {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
  let hits = 0;
  let sum = 0;
  order.forEach((index, rank) => {
    if (labels[index] === 1) {
      hits++;
      sum += hits / (rank + 1);
    }
  });
  return hits === 0 ? 0 : sum / hits;
}
