import { readTable, InputError } from "./tsv";
import type { LabelledText } from "./train";

/**
 * Readers for the labelled data described in ../shared/datasets/README.md and for
 * a desk's own accepted/dismissed export. They take file contents, not paths, so
 * the tests can feed small inline fixtures.
 */

export interface Ct24Row extends LabelledText {
  id: string;
}

/** CT24 Task 1 English: `Sentence_id`, `Text`, `class_label` (Yes/No). */
export function parseCt24(text: string): Ct24Row[] {
  const { columns, rows } = readTable(text, ["Sentence_id", "Text", "class_label"]);
  const id = columns.get("Sentence_id")!;
  const body = columns.get("Text")!;
  const label = columns.get("class_label")!;
  const out: Ct24Row[] = [];
  for (const row of rows) {
    // One training row lost its line break: "…\tNo29286\tnext text\tNo". Split it back.
    const glued = /^(Yes|No)(\d+)$/.exec(row[label]?.trim() ?? "");
    if (glued && row.length >= label + 3) {
      out.push(ct24Row(row[id], row[body], glued[1]));
      out.push(ct24Row(glued[2], row[label + 1], row[label + 2]));
      continue;
    }
    if (row.length === 1 && row[0].trim() === "") continue;
    out.push(ct24Row(row[id], row[body], row[label]));
  }
  return out;
}

function ct24Row(id: string | undefined, text: string | undefined, label: string | undefined): Ct24Row {
  const value = label?.trim();
  if (value !== "Yes" && value !== "No") throw new InputError(`CT24 row ${id ?? "?"}: class_label must be Yes or No`);
  return { id: id?.trim() ?? "", text: text ?? "", label: value === "Yes" ? 1 : 0 };
}

export interface ClefLine extends LabelledText {
  line: number;
  speaker: string;
}

/** One CLEF-2019 transcript: `line_number`, `speaker`, `text`, `label`, no header. */
export function parseClefTranscript(text: string, name: string): ClefLine[] {
  const out: ClefLine[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === "") continue;
    const [line, speaker, body, label] = raw.split("\t");
    if (body === undefined || (label?.trim() !== "0" && label?.trim() !== "1")) {
      throw new InputError(`${name}: expected line_number, speaker, text, label (0/1) on every line`);
    }
    out.push({ line: Number(line), speaker, text: body, label: label.trim() === "1" ? 1 : 0 });
  }
  return out;
}

/** A desk's export: header with `text` and `label` (1 accepted, 0 dismissed). */
export function parseDeskTsv(text: string): LabelledText[] {
  const { columns, rows } = readTable(text, ["text", "label"]);
  const body = columns.get("text")!;
  const label = columns.get("label")!;
  return rows
    .filter((row) => !(row.length === 1 && row[0].trim() === ""))
    .map((row, i) => {
      const value = row[label]?.trim();
      if (value !== "0" && value !== "1") throw new InputError(`row ${i + 2}: label must be 0 or 1`);
      return { text: row[body] ?? "", label: value === "1" ? 1 : 0 };
    });
}
