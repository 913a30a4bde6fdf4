import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { computeEditMap, mapOffset, shiftForRange } from "./edit-map";

describe("computeEditMap", () => {
  test.each([
    ["identical", "one\n\ntwo", "one\n\ntwo", [{ oldStart: 0, newStart: 0, length: 8 }]],
    ["insertion in the middle", "ab\n\ncd", "ab\n\nXX\n\ncd", [{ oldStart: 0, newStart: 0, length: 4 }, { oldStart: 4, newStart: 8, length: 2 }]],
    ["everything replaced", "abc", "xyz", []],
    ["emptied", "abc", "", []],
  ])("%s", (_label, oldText, newText, expected) => {
    expect(computeEditMap(oldText, newText)).toEqual(expected);
  });

  test("unchanged runs really are unchanged, in order and without overlap", () => {
    const text = fc.array(fc.constantFrom("a", "b", " ", "\n\n", "😀"), { maxLength: 60 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, text, (oldText, newText) => {
        let oldAt = 0;
        let newAt = 0;
        for (const s of computeEditMap(oldText, newText)) {
          expect(s.length).toBeGreaterThan(0);
          expect(s.oldStart).toBeGreaterThanOrEqual(oldAt);
          expect(s.newStart).toBeGreaterThanOrEqual(newAt);
          expect(newText.slice(s.newStart, s.newStart + s.length)).toBe(oldText.slice(s.oldStart, s.oldStart + s.length));
          oldAt = s.oldStart + s.length;
          newAt = s.newStart + s.length;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("shiftForRange and mapOffset", () => {
  const segments = computeEditMap("ab\n\ncd\n\nef", "ab\n\nCHANGED\n\nef");

  test.each([
    [0, 2, 0],
    [8, 10, 5],
    [4, 6, null],
    [1, 9, null],
  ])("range [%d, %d) shifts by %s", (start, end, shift) => {
    expect(shiftForRange(segments, start, end)).toBe(shift);
  });

  test("an offset inside the edit keeps its distance from the edit's start", () => {
    expect(mapOffset(segments, 5, 15)).toBe(5);
    expect(mapOffset(segments, 9, 15)).toBe(14);
  });
});

test("two edits in one paragraph leave the words between them unchanged; a rewritten paragraph is only trimmed", () => {
  const before = "Intro.\n\nMore than 2.1 million pupils in England now receive free school meals, says the Institute for Fiscal Studies.\n\nEnd.";
  const after = before.replace("in England", "in England and Wales").replace("Fiscal", "Independent Fiscal");
  const between = "now receive free school meals, says the Institute for";
  const at = before.indexOf(between);
  expect(shiftForRange(computeEditMap(before, after), at, at + between.length)).toBe(" and Wales".length);
  // Every word different: no scattering of one-word runs ("the", "in") that happen to match.
  const words = (seed: number) => Array.from({ length: 1500 }, (_, i) => ["rents", "rose", "the", "in", "council", "wages", "fell", "2023"][(i * seed + seed) % 8]).join(" ");
  const rewritten = computeEditMap(`Intro.\n\n${words(3)}\n\nEnd.`, `Intro.\n\n${words(5)}\n\nEnd.`);
  expect(rewritten.length).toBeLessThanOrEqual(2);
});
