import { describe, expect, test } from "vitest";
import { findSimilarClaims, joinDigitGroups, rankSimilarClaims, sharedTerms, termSimilarity, claimTerms } from "./similar";

const ARCHIVE = [
  { id: "a", text: "Traffic on the Mill Street bridge has risen by 38 percent in five years." },
  { id: "b", text: "The bridge will cost $48.5 million, according to the council." },
  { id: "c", text: "Harbourton's population passed 60,000 last year." },
];

describe("findSimilarClaims", () => {
  test.each([
    ["traffic on Mill Street bridge rose by 38 percent over five years", "a"],
    ["The council says the new bridge will cost $48.5 million", "b"],
    ["The population of Harbourton passed 60,000 last year", "c"],
  ])("%s → %s", (text, id) => {
    expect(findSimilarClaims(text, ARCHIVE)[0]?.id).toBe(id);
  });

  test("a different figure weighs against a match", () => {
    const same = termSimilarity(claimTerms("risen by 38 percent in five years"), claimTerms(ARCHIVE[0].text));
    const other = termSimilarity(claimTerms("risen by 31 percent in five years"), claimTerms(ARCHIVE[0].text));
    expect(same).toBeGreaterThan(other);
  });

  test("unrelated claims and empty text find nothing", () => {
    expect(findSimilarClaims("The mayor opened a new library on Friday.", ARCHIVE)).toEqual([]);
    expect(findSimilarClaims("", ARCHIVE)).toEqual([]);
  });

  test("thousands separators and case do not matter", () => {
    expect(termSimilarity(claimTerms("Population passed 60,000"), claimTerms("population PASSED 60000"))).toBe(1);
  });
});

describe("equally similar earlier checks", () => {
  // Ids in the reverse order of their decisions: ordering by id would show the oldest.
  const repeated = Array.from({ length: 76 }, (_, i) => ({
    id: `claim-${String(i).padStart(2, "0")}`,
    text: "Staff at the county hospital logged 3,400 hours of overtime in March.",
    decidedAt: new Date(Date.UTC(2024, 0, 1 + i)),
  }));

  test("the newest come first, and all of them are counted", () => {
    const ranked = rankSimilarClaims("County hospital staff logged 3,400 hours of overtime in March", repeated);
    expect(ranked).toHaveLength(76);
    expect(findSimilarClaims("County hospital staff logged 3,400 hours of overtime in March", repeated).map((c) => c.decidedAt)).toEqual([
      new Date(Date.UTC(2024, 0, 76)),
      new Date(Date.UTC(2024, 0, 75)),
      new Date(Date.UTC(2024, 0, 74)),
    ]);
  });

  test("a closer match still outranks a newer one; an undated check comes after the dated", () => {
    const archive = [
      { id: "newer-looser", text: "Hospital staff logged 3,400 hours of overtime.", decidedAt: new Date(Date.UTC(2025, 0, 1)) },
      { id: "older-closer", text: "County hospital staff logged 3,400 hours of overtime in March.", decidedAt: new Date(Date.UTC(2020, 0, 1)) },
      { id: "a-undated", text: "County hospital staff logged 3,400 hours of overtime in March.", decidedAt: null },
    ];
    expect(findSimilarClaims("County hospital staff logged 3,400 hours of overtime in March", archive).map((c) => c.id)).toEqual(["older-closer", "a-undated", "newer-looser"]);
  });
});

describe("sharedTerms", () => {
  test("the claim's words that the most similar checks hold, in the claim's order", () => {
    const similar = [
      { id: "a", text: "Ferry fares rose 12 percent in 2024." },
      { id: "b", text: "Kestrelmouth ferry fares rose 12 percent." },
    ];
    expect(sharedTerms("Ferry fares in Kestrelmouth rose 12 percent, 2024 figures show", similar)).toEqual(["ferry", "fares", "rose", "12", "percent"]);
  });

  test("nothing similar, nothing shared", () => {
    expect(sharedTerms("Ferry fares rose", [])).toEqual([]);
  });
});

describe("joinDigitGroups", () => {
  test.each([
    ["3,400 hours", "3400 hours"],
    ["3 400 hours", "3400 hours"],
    ["3\u202f400 hours", "3400 hours"],
    ["1,234,567.5", "1234567.5"],
    ["3400", "3400"],
    // Not thousands: a list, a year and a count, a decimal comma.
    ["1,2,3", "1,2,3"],
    ["in 2025, 400 people", "in 2025, 400 people"],
    ["in 2023 400 people", "in 2023 400 people"],
    ["3,40", "3,40"],
  ])("%s → %s", (text, joined) => {
    expect(joinDigitGroups(text)).toBe(joined);
  });

  test("a figure with spaces for thousands is the same term as with commas", () => {
    expect(termSimilarity(claimTerms("overtime 3 400 hours"), claimTerms("overtime 3,400 hours"))).toBe(1);
  });
});
