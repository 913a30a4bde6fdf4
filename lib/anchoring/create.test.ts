import { describe, expect, test } from "vitest";
import { CONTEXT_LENGTH, createAnchor, snapOutward } from "./create";

describe("createAnchor", () => {
  const text = "The mayor said 169 families were housed.\n\nThe budget rose by 12% in 2023, the highest on record.";

  test.each([
    ["a number", "169"],
    ["a whole sentence", "The budget rose by 12% in 2023, the highest on record."],
    ["the first word", "The mayor"],
  ])("keeps the exact text of %s with its context", (_label, exact) => {
    const start = text.indexOf(exact);
    const anchor = createAnchor(text, start, start + exact.length);
    expect(anchor.position).toEqual({ start, end: start + exact.length });
    expect(anchor.quote.exact).toBe(exact);
    expect(anchor.quote.prefix).toBe(text.slice(Math.max(0, start - CONTEXT_LENGTH), start));
    expect(anchor.quote.suffix).toBe(text.slice(start + exact.length, start + exact.length + CONTEXT_LENGTH));
  });

  test.each([
    [-1, 3],
    [5, 5],
    [6, 2],
    [0, 10_000],
    [1.5, 3],
  ])("rejects the span [%d, %d)", (start, end) => {
    expect(() => createAnchor(text, start, end)).toThrow(RangeError);
  });

  test("never cuts an emoji in half in the stored context", () => {
    // 31 ASCII characters then an emoji: a 32-unit prefix would start on its low surrogate.
    const lead = "x".repeat(CONTEXT_LENGTH - 1);
    const sample = `😀${lead}claim😀${lead}`;
    const start = sample.indexOf("claim");
    const anchor = createAnchor(sample, start, start + 5);
    expect(anchor.quote.prefix).toBe(lead);
    expect(anchor.quote.suffix).toBe(`😀${"x".repeat(CONTEXT_LENGTH - 2)}`);
    expect(anchor.quote.suffix.length).toBe(CONTEXT_LENGTH);
    expect(() => encodeURIComponent(anchor.quote.prefix + anchor.quote.suffix)).not.toThrow();
  });
});

describe("snapOutward", () => {
  test.each([
    ["inside a pair at both ends", 1, 4, { start: 0, end: 5 }],
    ["on boundaries", 0, 3, { start: 0, end: 3 }],
  ])("%s", (_label, start, end, expected) => {
    expect(snapOutward("😀a😀b", start, end)).toEqual(expected);
  });
});
