import { describe, expect, test } from "vitest";
import { LOG_CSV_COLUMNS, MEMO_CSV_COLUMNS, correctionsLogToCsv, memoToCsv } from "./csv";
import { collectText } from "./shared";
import { CORRECTIONS, logFixture, memoFixture } from "./test-support/fixtures";
import { parseCsv } from "./test-support/parse-csv";
import type { MemoInput } from "./types";

function memoWithClaimText(text: string): MemoInput {
  const memo = memoFixture();
  return { ...memo, claims: [{ ...memo.claims[3], text }] };
}

describe("memo CSV", () => {
  test("RFC 4180: BOM, header row, CRLF records, one row per claim in article order", () => {
    const csv = memoToCsv(memoFixture());
    expect(csv.startsWith("\uFEFFclaim_id,position,")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...MEMO_CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(["c1", "c2", "c3", "c4", "c5", "c6"]);
    expect(rows.every((r) => r.length === MEMO_CSV_COLUMNS.length)).toBe(true);
  });

  test.each([
    ["=1+1", "'=1+1"],
    ["+44 20 7946 0000", "'+44 20 7946 0000"],
    ["-5 degrees", "'-5 degrees"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", "'\rcmd"],
    ["a = b", "a = b"],
    ["Crime fell 12%.", "Crime fell 12%."],
  ])("formula neutralised: %j → %j", (text, cell) => {
    const [header, row] = parseCsv(memoToCsv(memoWithClaimText(text)));
    expect(row[header.indexOf("claim")]).toBe(cell);
  });

  test.each([["line\nbreak"], ["carriage\rreturn"], ["both\r\nends"], ['"quoted"'], ["a,b"]])("%j round-trips as one cell", (text) => {
    const rows = parseCsv(memoToCsv(memoWithClaimText(text)));
    expect(rows).toHaveLength(2);
    expect(rows[1][2]).toBe(text);
  });

  test("numbers are not text: a rating cell holds a bare number", () => {
    const [header, ...rows] = parseCsv(memoToCsv(memoFixture()));
    expect(rows.map((r) => r[header.indexOf("rating_value")])).toEqual(["1", "", "3", "", "", "5"]);
  });

  test("evidence flattens into one cell with one line per item", () => {
    const [header, first] = parseCsv(memoToCsv(memoFixture()));
    expect(first[header.indexOf("evidence")]).toBe(
      "[contradicts] School directory | Dept. of Education | https://edu.example/schools | accessed 2025-03-01 | archive https://web.archive.org/web/2025/https://edu.example/schools | quote: 196 public schools",
    );
  });
});

describe("corrections log CSV", () => {
  test("rows in log order: the day each is filed under, and ISO-8601 UTC instants", async () => {
    const rows = parseCsv(await collectText(correctionsLogToCsv(logFixture())));
    expect(rows[0]).toEqual([...LOG_CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[5]])).toEqual([
      ["cor-1", "2025-03-01", "2025-03-01T18:30:00.000Z"],
      ["cor-2", "2025-03-02", ""],
    ]);
  });

  test("the day is the desk's: in Auckland, an evening in UTC is already tomorrow (exports QA)", async () => {
    const rows = parseCsv(await collectText(correctionsLogToCsv({ ...logFixture(), timeZone: "Pacific/Auckland" })));
    expect(rows.slice(1).map((r) => [r[0], r[1], r[5]])).toEqual([
      ["cor-1", "2025-03-02", "2025-03-01T18:30:00.000Z"],
      ["cor-2", "2025-03-02", ""],
    ]);
  });

  test("an empty range is the header alone", async () => {
    const rows = parseCsv(await collectText(correctionsLogToCsv(logFixture([]))));
    expect(rows).toEqual([[...LOG_CSV_COLUMNS]]);
  });

  test("the header appears once however many batches stream", async () => {
    const many = Array.from({ length: 1203 }, (_, i) => ({ ...CORRECTIONS[1], id: `cor-${String(i).padStart(5, "0")}` }));
    const rows = parseCsv(await collectText(correctionsLogToCsv(logFixture(many))));
    expect(rows).toHaveLength(1204);
    expect(rows.filter((r) => r[0] === "correction_id")).toHaveLength(1);
  });
});
