import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { diffParagraphs } from "./diff-paragraphs";

const side = (changes: ReturnType<typeof diffParagraphs>, skip: "added" | "removed") =>
  changes.filter((change) => change.kind !== skip).map((change) => change.text).join("");
const shown = (changes: ReturnType<typeof diffParagraphs>) => changes.filter((change) => change.kind !== "same").map((change) => `${change.kind === "added" ? "+" : "-"}${change.text}`);

describe("diffParagraphs", () => {
  test("a deleted paragraph shows whole, not interleaved with the next one's words", () => {
    const before = "The council spent £3m on roads.\n\nThe chief executive resigned on Monday.\n\nEnd.";
    const after = "The chief executive resigned on Monday.\n\nEnd.";
    expect(shown(diffParagraphs(before, after))).toEqual(["-The council spent £3m on roads.\n\n"]);
  });

  test("a paragraph rewritten beyond recognition shows removed then added, whole", () => {
    const before = "Intro.\n\nThe council spent £3m on roads in 2023.\n\nEnd.";
    const after = "Intro.\n\nResidents say potholes are worse than ever this winter.\n\nEnd.";
    expect(shown(diffParagraphs(before, after))).toEqual(["-The council spent £3m on roads in 2023.\n\n", "+Residents say potholes are worse than ever this winter.\n\n"]);
  });

  test("an edited paragraph reads word by word", () => {
    const changes = diffParagraphs("Intro.\n\nRents rose 9% in 2023.\n\nEnd.", "Intro.\n\nRents rose 11% in 2023.\n\nEnd.");
    expect(shown(changes)).toEqual(["-9", "+11"]);
  });

  test("a moved paragraph shows as removed where it was and added where it went", () => {
    const before = "A first.\n\nB second.\n\nC third.";
    const after = "B second.\n\nC third.\n\nA first.";
    const changes = shown(diffParagraphs(before, after));
    expect(changes.some((change) => change.startsWith("-A first."))).toBe(true);
    expect(changes.some((change) => change.startsWith("+") && change.includes("A first."))).toBe(true);
  });

  test("the last two paragraphs swapped: one shows moved, whole, and the two are never compared word by word", () => {
    const before = "Intro.\n\nThe mayor said fares rose.\n\nThe council said fares fell.";
    const after = "Intro.\n\nThe council said fares fell.\n\nThe mayor said fares rose.";
    const changes = diffParagraphs(before, after);
    expect(changes.filter((c) => c.kind !== "same" && c.text.trim() !== "")).toEqual([
      { kind: "removed", text: "The mayor said fares rose.\n\n", whole: true },
      { kind: "added", text: "The mayor said fares rose.", whole: true },
    ]);
  });

  test("a deleted last paragraph and a new one are blocks of their own", () => {
    const changes = diffParagraphs("Intro.\n\nClosing paragraph is here too.", "Intro.\n\nA wholly different ending about the budget.");
    expect(changes.filter((c) => c.kind !== "same")).toEqual([
      { kind: "removed", text: "Closing paragraph is here too.", whole: true },
      { kind: "added", text: "A wholly different ending about the budget.", whole: true },
    ]);
  });

  test("the runs rebuild both revisions", () => {
    const text = fc.array(fc.constantFrom("rents ", "rose ", "9", "%", ". ", "\n\n", "in ", "2023", "wages fell"), { maxLength: 30 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const changes = diffParagraphs(before, after);
        expect(side(changes, "added")).toBe(before);
        expect(side(changes, "removed")).toBe(after);
      }),
    );
  });
});
