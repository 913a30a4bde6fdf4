import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { cleanClaimant, cleanClaimantByRegex, findClaimant, findClaimantAtVerbs, findClaimantUngated } from "./claimant";
import { scoreFound } from "./score";
import { candidates, G_CLAIMANT_VERB, lastMayHaveAccording } from "./signals";

/** findClaimantAtVerbs after the sentence's own word pass, as the pipeline calls it. */
function afterPass(s: string): string | null {
  scoreFound(s);
  return findClaimantAtVerbs(s, candidates.at, candidates.bits, candidates.count, G_CLAIMANT_VERB, lastMayHaveAccording(s));
}

/**
 * findClaimant skips or shortens the searches its verb scan proves cannot match
 * (VERB_SUBJECT without [,"”’] before a verb, SUBJECT_VERB without a subject-like
 * word before one, or before the last barrier in front of it); these tests pin it to
 * running every pattern in full.
 */
const PIECES = [
  "said", "says", "told", "reported", "claimed", "found", "shows", "Said", "saying", "also", "has", "have", "had", "Has",
  "the", "The", "three", "3", "officials", "official", "spokeswoman", "police", "report", "mayor", "people", "data",
  "Smith", "Sen.", "Dr.", "John", "of", "for", "Bank", "England", "O'Neil", "Acme", "Inc.", "U.S.", "Émile", "İlhan", "and", "And", "But",
  "according to", "who", "which", "he", "it", ",", ", ", "\"", "“", "”", "’", "(", ")", ";", ":", "—", "-", ".", "&", "\u00a0", "\n", "1,000",
  "O’Neil", "Smith’s", "’", "‘Yes’", "«", "»", "x", "Y", "45", "D-N.M.", "in", "First", "a spokeswoman",
];
const OPENERS = ["", ",", "\"", "“", "”", "’", "(", ";", "—", "x", ".", "’s"];
const SUBJECTS = ["Smith", "O’Neil", "O'Neil", "the officials", "three people", "Sen. Warren", "mayor", "Émile", "the Bank of England", "he", "And Smith", "spokesman"];
/** Subject, optional auxiliary, verb and name in the orders the patterns look for. */
const shaped = fc.tuple(fc.constantFrom(...OPENERS), fc.constantFrom(...SUBJECTS), fc.constantFrom("", "also ", "has ", "had "),
  fc.constantFrom("said", "says", "reported", "Said"), fc.constantFrom(...OPENERS), fc.constantFrom(...SUBJECTS), fc.constantFrom("", " ", "  ", "\u00a0"))
  .map(([a, b, c, d, e, f, g]) => `${a}${g}${b} ${c}${d} ${e}${g}${d} ${f}.`);
const sentence = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: "binary", maxLength: 2 })), { maxLength: 14 })
  .chain((parts) => fc.array(fc.constantFrom(" ", "", " ", "  "), { minLength: parts.length, maxLength: parts.length })
    .map((gaps) => parts.map((p, k) => p + gaps[k]).join("")));

describe("findClaimant gates", () => {
  test.each([
    "WASHINGTON (AP) — The U.S. economy grew 2.5% in 2023, the Commerce Department said Thursday.",
    "\"We will not back down,\" said Lt. Gen. James Dickinson Jr., who commands the base.",
    "Crime fell 12 percent last year because police hired 500 more officers, the mayor claimed.",
    "Acme Inc. reported a loss of $1.2 billion, three officials said.",
    "Councillor David Brandt, who voted against the plan, said it was rushed.",
    "The mayor also said, the police have said (Smith said)",
    "Sen. Maria Lopez, D-N.M., said the bill would create 2 million jobs.",
    "I remember a lady in Houston, Texas, told me the rent doubled.",
  ])("agrees with every pattern run in full: %s", (s) => {
    expect(findClaimant(s)).toBe(findClaimantUngated(s));
    expect(afterPass(s)).toBe(findClaimantUngated(s));
  });

  test("agrees on random mixes", () => {
    fc.assert(fc.property(fc.oneof(sentence, shaped), (s) => {
      const expected = findClaimantUngated(s);
      expect(findClaimant(s)).toBe(expected);
      expect(afterPass(s)).toBe(expected);
    }), { numRuns: 5000 });
  });
});

describe("cleanClaimant", () => {
  test("cleans a name as the replace chain does", () => {
    const unit = fc.constantFrom(..."And But So Or Yet Andrew Smith É 𝐀 x .,;: \u00a0\n\t".split(""), "And ", "But  ", "Or\u00a0", "Yet", "So", "𝐀", "É", "\ud835");
    fc.assert(fc.property(fc.string({ unit, maxLength: 16 }), (name) => void expect(cleanClaimant(name)).toBe(cleanClaimantByRegex(name))), { numRuns: 5000 });
    for (const name of ["And Business Week", "And  Émile,", "Andrew Smith.", "But it", "Or ", " So Smith ;", "Yet 𝐀lpha", "Lt. Gen. James Dickinson Jr.,"]) {
      expect(cleanClaimant(name)).toBe(cleanClaimantByRegex(name));
    }
  });
});

describe("news attribution", () => {
  test.each([
    ["The mayor said the bridge would cost $48.5 million.", "The mayor"],
    ["The bridge will cost $48.5 million, the mayor said.", "the mayor"],
    ["The chief executive told analysts sales rose 6.4 percent.", "The chief executive"],
    ["A Northwind spokesman denied the claim, saying prices were cut on 3,000 products.", "A Northwind spokesman"],
    ["Critics noted that the council spent 12 percent more than planned.", "Critics"],
    ["Police maintained that crime fell 8 percent in 2024.", "Police"],
    ["The report warns that 40,000 homes are at risk of flooding.", "The report"],
    ["“The figures are wrong,” the agency explained in a statement.", "the agency"],
  ])("%s → %s", (sentence, claimant) => {
    expect(findClaimant(sentence)).toBe(claimant);
    expect(afterPass(sentence)).toBe(claimant);
  });

  test.each(["I've said that years ago.", "What explains this spending?", "We’ve noted a 12 percent rise."])("no one is named: %s", (sentence) => {
    expect(findClaimant(sentence)).toBeNull();
    expect(afterPass(sentence)).toBeNull();
  });
});
