import { describe, expect, test } from "vitest";
import { findSimilarClaims, termSimilarity, claimTerms } from "./similar";

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
