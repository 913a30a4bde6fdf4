import { describe, expect, test } from "vitest";
import { allOfWords, anyOfTerms, checkedBeforeQuery } from "./search-query";

describe("anyOfTerms", () => {
  test("each term a quoted phrase, joined by OR", () => {
    expect(anyOfTerms(["bridge", "48.5", "percent"])).toBe('"bridge" OR "48.5" OR "percent"');
  });

  test("nothing searchable, no query", () => {
    expect(anyOfTerms([])).toBeNull();
    expect(anyOfTerms(["--", "…"])).toBeNull();
  });
});

describe("allOfWords", () => {
  test("every word, each as the start of a word", () => {
    expect(allOfWords("  bridge   cost 48.5 ")).toBe('"bridge"* AND "cost"* AND "48.5"*');
  });

  test("FTS5 syntax typed into the box is only words", () => {
    expect(allOfWords('bridge" OR text:* NEAR(a b)')).toBe('"bridge"""* AND "OR"* AND "text:*"* AND "NEAR(a"* AND "b)"*');
    expect(allOfWords("AND")).toBe('"AND"*');
  });

  test("control characters separate words (SQLite refuses a NUL in a query)", () => {
    expect(allOfWords("abc\u0000def\u0007")).toBe('"abc"* AND "def"*');
    expect(anyOfTerms(["ab\u0000c", "\u0000"])).toBe('"abc"');
  });

  test("empty or punctuation only: no query", () => {
    expect(allOfWords("")).toBeNull();
    expect(allOfWords(" ?! — ")).toBeNull();
  });

  test("a pasted paragraph searches by its first 32 distinct words", () => {
    const query = allOfWords(Array.from({ length: 100 }, (_, i) => `w${i}`).join(" "));
    expect(query?.split(" AND ")).toHaveLength(32);
  });
});

test("checkedBeforeQuery asks for any content word or figure of the claim", () => {
  expect(checkedBeforeQuery("The bridge will cost $48.5 million.")).toBe('"bridge" OR "cost" OR "48.5" OR "million"');
  expect(checkedBeforeQuery("It is as it was.")).toBeNull();
});

describe("figures", () => {
  test.each([
    ["3400", '("3400" OR "3 400")'],
    ["3,400", '("3400" OR "3 400")'],
    ["3 400 hours", '("3400" OR "3 400") AND "hours"*'],
    ["$1,234,567.5", '("$1234567.5" OR "$1 234 567.5")'],
    // Short figures are words like any other.
    ["48.5", '"48.5"*'],
  ])("typed %s asks for both shapes the index holds: %s", (typed, query) => {
    expect(allOfWords(typed)).toBe(query);
  });

  test("Checked before asks for a claim's figures in both shapes", () => {
    expect(checkedBeforeQuery("Staff logged 3,400 hours.")).toBe('"staff" OR "logged" OR "3400" OR "3 400" OR "hours"');
  });
});
