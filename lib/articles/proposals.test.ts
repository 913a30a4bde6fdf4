import { describe, expect, test } from "vitest";
import { claimantForPart, proposeClaims, reasonsForPart } from "./proposals";

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

  test("a source speaking inside one part is that part's only; one framing the sentence is every part's", () => {
    const who = (text: string) => proposeClaims(text, []).map((p) => [p.exact, p.claimant, p.reasons.some((r) => r.startsWith("attributed to"))]);
    expect(who("The city council approved a $4.2 million budget on Tuesday, and Mayor Jane Ortiz said it was the largest increase in 20 years.")).toEqual([
      ["The city council approved a $4.2 million budget on Tuesday", null, false],
      ["Mayor Jane Ortiz said it was the largest increase in 20 years", "Mayor Jane Ortiz", true],
    ]);
    const framed = proposeClaims("Prices rose 4% in May; wages rose 2% in June, the statistics office said.", []);
    expect(framed.map((p) => p.claimant)).toEqual(["the statistics office", "the statistics office"]);
  });

  test("a source that opens the sentence says everything after it; a name is matched as whole words; a source named in each part has each", () => {
    const part = (text: string, start: number) => ({ text, start, end: start + text.length });
    const said = [part("Police said 40 people were arrested", 0), part("12 officers were injured in the clashes", 40)];
    expect(claimantForPart("Police", said, said[1])).toBe("Police");
    const fleet = [part("The fleet grew by 40 ships last year", 0), part("Lee said the navy spent $3 billion on repairs", 42)];
    expect(claimantForPart("Lee", fleet, fleet[0])).toBeNull();
    expect(claimantForPart("Lee", fleet, fleet[1])).toBe("Lee");
    const twice = [part("Ortiz said the budget grew 4%", 0), part("Ortiz said spending fell 2%", 35)];
    expect(claimantForPart("Ortiz", twice, twice[1])).toBe("Ortiz");
    const trailing = [part("Unemployment fell to 5% last year, the mayor said", 0), part("the council hired 40 new teachers", 55)];
    expect(claimantForPart("the mayor", trailing, trailing[1])).toBeNull();
  });

  test("claimantForPart", () => {
    const part = (text: string, start: number) => ({ text, start, end: start + text.length });
    const a = part("According to the police, 169 officers were hired", 0);
    const b = part("crime fell by 12% in 2025", 55);
    expect(claimantForPart("the police", [a, b], b)).toBe("the police");
    const c = part("Rents rose 9%", 0);
    const d = part("the mayor said fares rose 3%", 20);
    expect(claimantForPart("the mayor", [c, d], c)).toBeNull();
    expect(claimantForPart("the mayor", [c, d], d)).toBe("the mayor");
    expect(claimantForPart("the mayor", [c], c)).toBe("the mayor");
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
