import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { diffWords } from "./diff-words";

const join = (changes: ReturnType<typeof diffWords>, skip: "added" | "removed") =>
  changes.filter((change) => change.kind !== skip).map((change) => change.text).join("");

describe("diffWords", () => {
  test.each([
    ["identical", "Rents rose 9%.", "Rents rose 9%.", [{ kind: "same", text: "Rents rose 9%." }]],
    [
      "a number rewritten",
      "Rents rose 9% in 2023.",
      "Rents rose 11% in 2023.",
      [
        { kind: "same", text: "Rents rose " },
        { kind: "removed", text: "9" },
        { kind: "added", text: "11" },
        { kind: "same", text: "% in 2023." },
      ],
    ],
    ["everything new", "", "A new article.", [{ kind: "added", text: "A new article." }]],
  ])("%s", (_label, before, after, expected) => {
    expect(diffWords(before, after)).toEqual(expected);
  });

  test("a paragraph split shows as a change", () => {
    const changes = diffWords("Rents rose. Wages fell.", "Rents rose.\n\nWages fell.");
    expect(changes.filter((change) => change.kind !== "same").map((change) => change.text)).toEqual([" ", "\n\n"]);
  });

  test("the runs rebuild both revisions", () => {
    const text = fc.array(fc.constantFrom("rents ", "rose ", "9", "%", ". ", "\n\n", "in ", "2023"), { maxLength: 30 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const changes = diffWords(before, after);
        expect(join(changes, "added")).toBe(before);
        expect(join(changes, "removed")).toBe(after);
      }),
    );
  });
});

test("figures stay whole", () => {
  const before = "Line two has 12,300 people.\n\nThe census says 4.1 million.";
  const after = "Line two has 12,900 people, per the census.\n\nThe census says 3.9 million.";
  const parts = diffWords(before, after);
  expect(parts.filter((p) => p.kind !== "same").map((p) => `${p.kind}:${p.text}`)).toEqual(["removed:12,300", "added:12,900", "added:, per the census", "removed:4.1", "added:3.9"]);
  expect(join(parts, "added")).toBe(before);
  expect(join(parts, "removed")).toBe(after);
});

test("the runs rebuild both texts exactly, whatever they hold", () => {
  const text = fc.string({ unit: fc.constantFrom("a", "b", "4", ".", ",", " ", "\n", "é", "’", "%", "👍"), maxLength: 40 });
  fc.assert(
    fc.property(text, text, (before, after) => {
      const parts = diffWords(before, after);
      return join(parts, "added") === before && join(parts, "removed") === after;
    }),
  );
});
