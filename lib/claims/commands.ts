import { parseCt24, parseDeskTsv } from "./datasets";
import { evaluateClefLoto, evaluateCt24, type Transcript } from "./evaluate";
import { findClaims } from "./find";
import { fitModel } from "./fit";
import { encodeModel, type ModelFile } from "./model";
import { scoreSentence } from "./score";
import { DEFAULT_TRAIN_OPTIONS, type LabelledText } from "./train";
import { InputError, readTable } from "./tsv";

/**
 * The command-line commands as pure functions from decoded inputs to the text they
 * print, so tests run them without spawning processes and the CLI can buffer
 * output (nothing reaches stdout when a later row fails).
 */

/** `split`: JSON Lines, one object per sentence. */
export function splitCommand(input: string): string {
  return findClaims(input).map((s) => JSON.stringify(s) + "\n").join("");
}

/** `score`: TSV `id score checkworthy` for a TSV with `id` and `text` columns. */
export function scoreCommand(input: string): string {
  const { columns, rows } = readTable(input, ["id", "text"]);
  const id = columns.get("id")!;
  const text = columns.get("text")!;
  const lines = ["id\tscore\tcheckworthy"];
  for (const row of rows) {
    if (row.length === 1 && row[0] === "") continue;
    const { score, checkworthy } = scoreSentence(row[text] ?? "");
    lines.push(`${row[id] ?? ""}\t${score.toFixed(4)}\t${checkworthy ? 1 : 0}`);
  }
  return lines.join("\n") + "\n";
}

/** `eval --ct24 FILE`. */
export function evalCt24Command(contents: string): string {
  const r = evaluateCt24(contents);
  return `P\t${r.precision.toFixed(4)}\nR\t${r.recall.toFixed(4)}\nF1\t${r.f1.toFixed(4)}\n`;
}

/** `eval --clef2019 DIR [--ct24 TRAIN]`: per-transcript AP, then MAP. */
export function evalClefCommand(transcripts: Transcript[], ct24Train: string[]): string {
  if (transcripts.length < 2) throw new InputError("--clef2019: need at least two transcripts (.tsv) for leave-one-out");
  const extra = ct24Train.flatMap((c) => parseCt24(c));
  const r = evaluateClefLoto(transcripts, extra);
  return r.perTranscript.map((t) => `${t.name}\t${t.ap.toFixed(4)}\n`).join("") + `MAP\t${r.map.toFixed(4)}\n`;
}

export interface TrainInputs {
  ct24Train: { name: string; contents: string }[];
  ct24Dev: { name: string; contents: string }[];
  desk: { name: string; contents: string }[];
  command: string;
}

/** `train`: fits the model and returns the JSON to write plus a summary line. */
export function trainCommand(inputs: TrainInputs): { file: ModelFile; summary: string } {
  const train: LabelledText[] = [
    ...inputs.ct24Train.flatMap((f) => parseCt24(f.contents)),
    ...inputs.desk.flatMap((f) => parseDeskTsv(f.contents)),
  ];
  if (train.length === 0) throw new InputError("train: no training rows (give --ct24 and/or --tsv)");
  const dev = inputs.ct24Dev.flatMap((f) => parseCt24(f.contents));
  const fit = fitModel(train, dev, DEFAULT_TRAIN_OPTIONS);
  const file = encodeModel(fit.model, {
    trainedOn: [...inputs.ct24Train, ...inputs.desk].map((f) => f.name),
    thresholdTunedOn: fit.tunedOn === "dev" ? inputs.ct24Dev.map((f) => f.name) : "20% seeded holdout of the training rows",
    trainExamples: fit.trainExamples,
    tuningF1: Math.round(fit.tuningF1 * 10000) / 10000,
    options: DEFAULT_TRAIN_OPTIONS,
    command: inputs.command,
  });
  const summary = `trained on ${fit.trainExamples} rows; threshold ${file.threshold} tuned on ${fit.tunedOn} (F1 ${fit.tuningF1.toFixed(4)})\n`;
  return { file, summary };
}
