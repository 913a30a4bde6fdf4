import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { runCli } from "./cli";
import { decodeModel } from "./model";
import { averagePrecision, precisionRecallF1 } from "./metrics";

const dir = mkdtempSync(join(tmpdir(), "claims-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, contents: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, contents);
  return path;
};

describe("claims CLI", () => {
  test("split prints one JSON object per sentence with exact offsets (CRLF, BOM, emoji)", () => {
    const input = "\uFEFFThe U.S. budget rose 5% in 2023.\r\n\r\n😀 He said no. Leave a comment";
    const { code, stdout, stderr } = runCli(["split", file("article.txt", input)]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const rows = stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(rows.map((r) => r.text)).toEqual(["The U.S. budget rose 5% in 2023.", "😀 He said no.", "Leave a comment"]);
    for (const r of rows) expect(input.slice(r.start, r.end)).toBe(r.text);
    expect(Object.keys(rows[0])).toEqual(["start", "end", "text", "boilerplate", "score", "checkworthy", "kind", "claimant", "reasons", "claims"]);
    expect(rows[2].boilerplate).toBe(true);
  });

  test("score keeps row order and prints id, score, checkworthy", () => {
    const tsv = "id\tother\ttext\nb\tx\tUnemployment fell to 3.5 percent in 2019.\na\ty\tThank you.\n";
    const { code, stdout } = runCli(["score", file("in.tsv", tsv)]);
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toBe("id\tscore\tcheckworthy");
    expect(lines.slice(1).map((l) => l.split("\t")[0])).toEqual(["b", "a"]);
    expect(lines.slice(1).map((l) => l.split("\t")[2])).toEqual(["1", "0"]);
  });

  test.each([
    ["missing file", ["split", "/nonexistent/claims.txt"]],
    ["invalid UTF-8", ["split", file("bad.txt", new Uint8Array([0x48, 0xff, 0xfe, 0x21]))]],
    ["binary input", ["split", file("bin.dat", new Uint8Array([0x48, 0x00, 0x49]))]],
    ["missing column", ["score", file("nocol.tsv", "id\tbody\n1\thello\n")]],
    ["unknown command", ["frobnicate"]],
    ["eval without a dataset", ["eval"]],
  ])("%s: one stderr line, exit 2, empty stdout", (_what, args) => {
    const { code, stdout, stderr } = runCli(args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.endsWith("\n")).toBe(true);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  test("eval --ct24 prints P, R and F1", () => {
    const ct24 = "Sentence_id\tText\tclass_label\r\n1\tUnemployment fell to 3.5 percent in 2019.\tYes\r\n2\tThank you.\tNo\r\n";
    const { code, stdout } = runCli(["eval", "--ct24", file("ct24.tsv", ct24)]);
    expect(code).toBe(0);
    expect(stdout).toBe("P\t1.0000\nR\t1.0000\nF1\t1.0000\n");
  });

  test("eval --clef2019 prints per-transcript AP and MAP", () => {
    const clefDir = mkdtempSync(join(dir, "clef-"));
    const lines = (n: number) =>
      Array.from({ length: 12 }, (_, i) =>
        i % 4 === 0 ? `${i + 1}\tA\tTaxes rose ${n + i} percent in 2016.\t1` : `${i + 1}\tB\tThank you all, wonderful.\t0`,
      ).join("\n");
    for (const n of [1, 2, 3]) writeFileSync(join(clefDir, `t${n}.tsv`), lines(n));
    const { code, stdout } = runCli(["eval", "--clef2019", clefDir]);
    expect(code).toBe(0);
    const out = stdout.trim().split("\n");
    expect(out).toHaveLength(4);
    expect(out[3]).toMatch(/^MAP\t\d\.\d{4}$/);
  });

  test("train --tsv writes loadable weights with a provenance note", () => {
    const rows = ["text\tlabel"];
    for (let i = 0; i < 40; i++) {
      rows.push(`Spending rose ${i + 2} percent to $${i + 1} billion in 2019.\t1`, `I really love this wonderful town, friend ${i}.\t0`);
    }
    const out = join(dir, "weights.json");
    const { code, stdout } = runCli(["train", "--tsv", file("desk.tsv", rows.join("\n")), "--out", out]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/tuned on holdout/);
    const written: unknown = JSON.parse(readFileSync(out, "utf8"));
    const model = decodeModel(written);
    expect(model.threshold).toBeGreaterThan(0);
    expect((written as { provenance: { trainedOn: string[] } }).provenance.trainedOn).toEqual(["desk.tsv"]);
  });

  test("train writes only where --out says: the shipped model is never replaced by default", () => {
    const rows = ["Sentence_id\tText\tclass_label", "1\tUnemployment fell to 3.5 percent in 2019.\tYes", "2\tThank you all.\tNo"];
    const { code, stdout, stderr } = runCli(["train", "--tsv", file("desk2.tsv", rows.join("\n"))]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/--out FILE/);
  });

  test("train refuses a dev-test file", () => {
    const path = file("CT24_checkworthy_english_dev-test.tsv", "Sentence_id\tText\tclass_label\n1\tx\tNo\n");
    const { code, stdout } = runCli(["train", "--ct24", path]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
  });
});

describe("metrics", () => {
  test("precision, recall, F1 of the positive class", () => {
    expect(precisionRecallF1([true, true, false, false], [1, 0, 1, 0])).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
  });
  test("average precision of a ranking", () => {
    expect(averagePrecision([0.9, 0.8, 0.7], [1, 0, 1])).toBeCloseTo((1 + 2 / 3) / 2);
    expect(averagePrecision([0.1, 0.2], [0, 0])).toBe(0);
  });
});

describe("help", () => {
  test.each([["--help"], ["-h"], ["help"]])("%s prints the usage on stdout and exits 0", (flag) => {
    const result = runCli([flag]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toMatch(/^usage: claims split/);
    expect(result.stdout).toContain("split FILE|-");
  });

  test("no command is still an error on stderr, exit 2", () => {
    expect(runCli([])).toMatchObject({ code: 2, stdout: "" });
  });
});
