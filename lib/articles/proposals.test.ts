import { describe, expect, test } from "vitest";
import { proposeClaims, reasonsForPart } from "./proposals";

const TEXT = [
  "The bridge will cost $48.5 million, according to the council's own estimate.",
  "Traffic on the Mill Street bridge has risen by 38 percent in five years, the regional transport agency said.",
  "I think the new bridge will be beautiful.",
].join("\n\n");

describe("proposeClaims", () => {
  test("proposes check-worthy spans with exact anchors and skips opinion", () => {
    const proposals = proposeClaims(TEXT, []);
    expect(proposals.length).toBeGreaterThanOrEqual(2);
    for (const p of proposals) expect(TEXT.slice(p.start, p.end)).toBe(p.exact);
    expect(proposals.some((p) => p.exact.includes("38 percent"))).toBe(true);
    expect(proposals.some((p) => p.exact.includes("beautiful"))).toBe(false);
    expect(proposals.find((p) => p.exact.includes("38 percent"))?.reasons).toContain("percentage: 38 percent");
  });

  test("never duplicates an accepted claim nor resurrects a dismissed one", () => {
    const [first, second] = proposeClaims(TEXT, []);
    const again = proposeClaims(TEXT, [
      { start: first.start, end: first.end, exact: first.exact, status: "open" },
      { start: second.start, end: second.end, exact: second.exact, status: "dismissed" },
    ]);
    expect(again.some((p) => p.start < first.end && first.start < p.end)).toBe(false);
    expect(again.some((p) => p.exact === second.exact)).toBe(false);
  });

  test("a dismissed claim stays dismissed when its sentence moves", () => {
    const [first] = proposeClaims(TEXT, []);
    const moved = `A new opening paragraph.\n\n${TEXT}`;
    const again = proposeClaims(moved, [{ start: 0, end: 5, exact: first.exact, status: "dismissed" }]);
    expect(again.some((p) => p.exact === first.exact)).toBe(false);
  });

  test("old suggestions do not block new ones", () => {
    const [first] = proposeClaims(TEXT, []);
    const again = proposeClaims(TEXT, [{ start: first.start, end: first.end, exact: first.exact, status: "proposed" }]);
    expect(again.some((p) => p.exact === first.exact)).toBe(true);
  });
});

describe("reasons of a claim split from a sentence", () => {
  test("each part keeps the reasons that point at its own words, and who said it", () => {
    const text = "Unemployment fell to 5% last year, the mayor said, and the council hired 40 new teachers.";
    const parts = proposeClaims(text, []);
    const first = parts.find((p) => p.exact.startsWith("Unemployment"));
    const second = parts.find((p) => p.exact.includes("40 new teachers"));
    expect(first?.reasons).toContain("percentage: 5%");
    expect(first?.reasons).not.toContain("number: 40");
    expect(second?.reasons).toContain("number: 40");
    expect(second?.reasons).not.toContain("percentage: 5%");
  });

  test("reasonsForPart keeps sentence-wide reasons and those without a value", () => {
    expect(reasonsForPart(["number: 40", "attributed to: the mayor", "question", "very short: 4 words", "date: last year"], "the council hired 40 teachers")).toEqual([
      "number: 40",
      "attributed to: the mayor",
      "question",
      "very short: 4 words",
    ]);
  });
});
