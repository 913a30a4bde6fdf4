import { parseClefTranscript, parseCt24, type ClefLine } from "./datasets";
import { averagePrecision, precisionRecallF1 } from "./metrics";
import type { LinearModel } from "./model";
import { scoreSentence, scoreWithSignals } from "./score";
import { DEFAULT_TRAIN_OPTIONS, trainLogistic, vectorizeAll, type LabelledText } from "./train";
import type { SparseVector } from "./vectorize";

/**
 * The two evaluations of the issue. CT24 scores the file with the given (by
 * default the shipped) model. CLEF-2019 is leave-one-transcript-out: each
 * transcript is ranked by a model trained on the other eighteen (plus CT24 train
 * when given, minus any sentence that also occurs in the held-out transcript —
 * both corpora come from the same debates, and that overlap would leak labels).
 */

/** P, R and F1 of the Yes class on a CT24 file's contents. */
export function evaluateCt24(contents: string, model?: LinearModel): { precision: number; recall: number; f1: number; rows: number } {
  const rows = parseCt24(contents);
  const predicted = rows.map((r) => scoreSentence(r.text, model).checkworthy);
  return { ...precisionRecallF1(predicted, rows.map((r) => r.label)), rows: rows.length };
}

export interface Transcript {
  name: string;
  contents: string;
}

const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** Per-transcript average precision and their mean, leave-one-transcript-out. */
export function evaluateClefLoto(
  transcripts: Transcript[],
  extraTraining: LabelledText[] = [],
): { perTranscript: { name: string; ap: number }[]; map: number } {
  const bits = DEFAULT_TRAIN_OPTIONS.bits;
  const parsed: ClefLine[][] = transcripts.map((t) => parseClefTranscript(t.contents, t.name));
  const vectors = parsed.map((lines) => vectorizeAll(lines, bits));
  const extraVectors = vectorizeAll(extraTraining, bits);
  const extraKeys = extraTraining.map((e) => normalise(e.text));
  const perTranscript = transcripts.map((t, held) => {
    const heldKeys = new Set(parsed[held].map((l) => normalise(l.text)));
    const trainVectors: SparseVector[] = [];
    const labels: (0 | 1)[] = [];
    parsed.forEach((lines, k) => {
      if (k === held) return;
      lines.forEach((line, i) => {
        trainVectors.push(vectors[k][i]);
        labels.push(line.label);
      });
    });
    extraTraining.forEach((e, i) => {
      if (heldKeys.has(extraKeys[i])) return;
      trainVectors.push(extraVectors[i]);
      labels.push(e.label);
    });
    const model = trainLogistic(trainVectors, labels, DEFAULT_TRAIN_OPTIONS);
    const scores = parsed[held].map((line) => scoreWithSignals(line.text, model).score);
    return { name: t.name, ap: averagePrecision(scores, parsed[held].map((l) => l.label)) };
  });
  const map = perTranscript.reduce((sum, t) => sum + t.ap, 0) / Math.max(1, perTranscript.length);
  return { perTranscript, map };
}
