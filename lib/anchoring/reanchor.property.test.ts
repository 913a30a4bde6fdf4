import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { reanchorAll } from "./batch";
import { createAnchor } from "./create";
import type { Anchor } from "./types";

// Small alphabets make repeats and near-matches common, which is where
// anchoring goes wrong; the astral and RTL characters exercise UTF-16 offsets.
const piece = fc.constantFrom("the ", "rate ", "rose ", "12% ", "in 2023", ". ", "\n\n", "😀", "מספר ", "نسبة ", "x");
const article = fc.array(piece, { minLength: 1, maxLength: 40 }).map((parts) => parts.join(""));

type Edit = { at: number; remove: number; insert: string };
const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 30 }),
  insert: fc.array(piece, { maxLength: 5 }).map((parts) => parts.join("")),
});

function applyEdits(text: string, edits: Edit[]): string {
  return edits.reduce((current, { at, remove, insert }) => {
    const from = current.length === 0 ? 0 : at % (current.length + 1);
    return current.slice(0, from) + insert + current.slice(from + remove);
  }, text);
}

const scenario = article.chain((text) =>
  fc.record({
    text: fc.constant(text),
    spans: fc.array(fc.tuple(fc.nat({ max: text.length - 1 }), fc.integer({ min: 1, max: 40 })), { minLength: 1, maxLength: 8 }),
    edits: fc.array(edit, { maxLength: 4 }),
    emptied: fc.boolean(),
  }),
);

function anchorsFor(text: string, spans: Array<[number, number]>): Anchor[] {
  return spans.map(([start, length]) => createAnchor(text, start, Math.min(text.length, start + length)));
}

describe("reanchorAll properties", () => {
  test("every result lies within the new text, and exact results quote it exactly", () => {
    fc.assert(
      fc.property(scenario, ({ text, spans, edits, emptied }) => {
        const anchors = anchorsFor(text, spans);
        const newText = emptied ? "" : applyEdits(text, edits);
        for (const strategy of ["incremental", "full"] as const) {
          const results = reanchorAll(text, newText, anchors, { strategy });
          expect(results).toHaveLength(anchors.length);
          results.forEach((result, i) => {
            expect(result.previous).toBe(anchors[i]);
            if (result.state === "orphaned") return;
            const { start, end } = result.anchor.position;
            expect(0 <= start && start < end && end <= newText.length).toBe(true);
            expect(result.anchor.quote.exact).toBe(newText.slice(start, end));
            if (result.state === "anchored" || result.state === "moved") {
              expect(newText.slice(start, end)).toBe(result.previous.quote.exact);
            }
            if (result.state === "anchored") expect(start).toBe(result.previous.position.start);
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  test("an unedited text keeps every anchor where it was without searching", () => {
    fc.assert(
      fc.property(scenario, ({ text, spans }) => {
        const results = reanchorAll(text, text, anchorsFor(text, spans));
        expect(results.every((r) => r.state === "anchored" && !r.searched)).toBe(true);
      }),
    );
  });
});
