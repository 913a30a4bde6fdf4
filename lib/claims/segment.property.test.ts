import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { splitSentences } from "./segment";

const HAS_WORD = /[\p{L}\p{N}]/u;

/** Checks the invariants the app relies on when it stores offsets. */
function assertWellFormed(text: string): void {
  const spans = splitSentences(text);
  let previousEnd = 0;
  const covered = new Uint8Array(text.length);
  for (const { start, end } of spans) {
    expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
    expect(start).toBeGreaterThanOrEqual(previousEnd);
    expect(end).toBeGreaterThan(start);
    expect(end).toBeLessThanOrEqual(text.length);
    const piece = text.slice(start, end);
    expect(piece.trim()).toBe(piece);
    expect(HAS_WORD.test(piece)).toBe(true);
    covered.fill(1, start, end);
    previousEnd = end;
  }
  if (HAS_WORD.test(text)) {
    for (let i = 0; i < text.length; i++) {
      if (!covered[i] && /\S/.test(text[i])) throw new Error(`uncovered ${JSON.stringify(text[i])} at ${i}`);
    }
  }
}

// Text built from the characters the scanner cares about, so stops, quotes and
// abbreviations meet each other far more often than in uniform random strings.
const newsy = fc
  .array(
    fc.constantFrom(
      "U.S.", " ", ". ", "?", "!", "…", "...", "\"", "'", "»", "«", "”", "“", "(", ")", "\n",
      "\r\n", "\n\n", "Dr.", "a.m.", "3.5", "The", "it", "J.", "No.", "Jan.", "x", "é", "😀", "\t", "-",
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(""));

describe("splitSentences properties", () => {
  test("random Unicode never throws and stays well formed", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), assertWellFormed), { numRuns: 500 });
  });

  test("newsroom-like punctuation soup stays well formed", () => {
    fc.assert(fc.property(newsy, assertWellFormed), { numRuns: 1000 });
  });

  test("same input, same output", () => {
    fc.assert(
      fc.property(newsy, (text) => {
        expect(splitSentences(text)).toEqual(splitSentences(text));
      }),
    );
  });

  test.each([
    ["only whitespace", " \n\r\n\t  \u00a0"],
    ["empty", ""],
    ["no punctuation", "word ".repeat(5000)],
    ["only punctuation", "... !!! ??? »"],
  ])("%s", (_what, text) => {
    assertWellFormed(text);
  });

  test("a 2 MB input is split in linear time", () => {
    const text = "The U.S. economy grew 2.5% in 2023, officials said. ".repeat(40_000);
    const started = performance.now();
    const spans = splitSentences(text);
    expect(spans.length).toBe(40_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  test("a huge token without spaces does not blow up", () => {
    assertWellFormed("a.".repeat(200_000) + " Then.");
  });
});
