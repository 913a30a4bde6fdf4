import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { candidates, scanWords, wordFacts } from "./signals";
import { analyseTokens, countsByTokenStrings, hashString, lastBucketCount, lastBuckets, tokenCounts, tokenCountsIn, tokenize, vectorize } from "./vectorize";

/**
 * The vectorizer hashes tokens straight from code units for speed; these tests pin
 * it to the reference definition (tokenize() then hash each token string), so the
 * shipped weights keep meaning what they were trained to mean.
 */
function reference(text: string, bits: number): number[] {
  const mask = 2 ** bits - 1;
  const seen = new Set<number>();
  let previous = hashString("^");
  for (const token of tokenize(text)) {
    const h = hashString(token);
    seen.add(h & mask);
    seen.add(hashString(token, previous ^ 0x5bd1e995) & mask);
    previous = h;
  }
  seen.add(hashString("$", previous ^ 0x5bd1e995) & mask);
  return [...seen];
}

const hashedPart = (text: string, bits: number) => vectorize(text, bits).vector.indices.filter((i) => i < 2 ** bits);

const TRICKY = [
  "The U.S. economy grew 2.5% in 2023, officials said.",
  "Serial 1234567890123 and ab12cd34ef56gh and x1 — won’t, I’m, rock'n'roll, it's2",
  "İstanbul ΣΟΦΙΑ naïve café Émile ½ ² ٣ 😀 emoji, £5 €6 $7 ¥8?",
  "  ' ’ '' a' b’c 12’ab 12'3 ",
  "",
];

describe("vectorize", () => {
  test.each(TRICKY)("hashes like the token-string definition: %s", (text) => {
    expect(hashedPart(text, 18)).toEqual(reference(text, 18));
    expect(hashedPart(text, 10)).toEqual(reference(text, 10));
  });

  test("hashes like the token-string definition on random text", () => {
    const alphabet = fc.constantFrom(..."aZ09 '’-.,?$%£€İΣσéß½😀\u00a0\n".split(""), "😀");
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 80 }), fc.string({ unit: alphabet, maxLength: 60 })), (text) => {
        expect(hashedPart(text, 12)).toEqual(reference(text, 12));
      }),
      { numRuns: 500 },
    );
  });

  test("word counts follow the token definition", () => {
    const s = vectorize("I’m sure we've WON; they may have LOST 12 votes, reportedly.", 18).signals;
    expect(s.words).toBe(11);
    expect(s.firstPerson).toBe(2);
    expect(s.hedges).toEqual(["may", "reportedly"]);
    expect(s.pastTense).toBe(2);
  });

  test("the token pass counts list words as the token strings and sets do", () => {
    const words = ["may", "May", "MAYBE", "i", "I", "I’m", "i'M", "I've", "we’re", "We", "our", "you", "You're", "your", "was", "WON",
      "killed", "suspected", "reportedly", "appear", "walked", "need", "seed", "ed", "i’ll", "us", "usa", "me", "my", "12", "x1"];
    const text = fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ unit: fc.constantFrom(..."aeimy’' .".split("")), maxLength: 4 })), { maxLength: 12 })
      .map((parts) => parts.join(" "));
    fc.assert(
      fc.property(text, (t) => {
        const fast = { ...analyseTokens(t, 12).counts };
        expect(fast).toEqual({ ...countsByTokenStrings(t) });
      }),
      { numRuns: 2000 },
    );
  });

  test("the token pass over a range of a longer text is the pass over that range's slice", () => {
    const alphabet = fc.constantFrom(..."aZpP09_ '’-.,?$%£€¥İéÀß😀\u00a0\n".split(""), "said", "in 2019", "1899", "Jan", "5 percent", "I'm", "40p");
    const piece = fc.string({ unit: alphabet, maxLength: 30 });
    const everything = (pass: () => unknown) => {
      const counts = { ...(pass() as object) };
      return {
        counts, buckets: Array.from(lastBuckets().subarray(0, lastBucketCount())), facts: { ...wordFacts },
        candidates: Array.from(candidates.at.subarray(0, candidates.count)), bits: Array.from(candidates.bits.subarray(0, candidates.count)),
      };
    };
    const same = (before: string, sentence: string, after: string) => {
      const source = before + sentence + after;
      const from = before.length;
      const inRange = everything(() => tokenCountsIn(source, from, from + sentence.length, sentence, 12));
      expect(inRange).toEqual(everything(() => tokenCounts(sentence, 12)));
    };
    // Edges where a look behind or ahead would leave the range: a capital, a digit, a "p", an apostrophe.
    for (const [b, t, a] of [["x ", "Abc 1", ""], ["5", " pc 1", ""], ["5.", "p 1", ""], ["12", "3 x", ""], ["ab", "c'", "d"], ["", "I’", "m 2"], ["4", "0p", ""], ["", "40", "p"]]) same(b, t, a);
    fc.assert(fc.property(piece, piece, piece, same), { numRuns: 2000 });
  });

  test("the token pass leaves the word facts scanWords finds", () => {
    const alphabet = fc.constantFrom(..."aZpP09_ '’-.,?$%£€¥İΣéÀÞß½😀\u00a0\n".split(""), "😀", "said", "in 2019", "1899", "20", "Jan", "by", "40p", "12.5P");
    const factsOf = (text: string, pass: (t: string) => void) => {
      pass(text);
      return { ...wordFacts, candidates: Array.from(candidates.at.subarray(0, candidates.count)), bits: Array.from(candidates.bits.subarray(0, candidates.count)) };
    };
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 80 }), fc.string({ unit: alphabet, maxLength: 40 })), (text) => {
        expect(factsOf(text, (t) => analyseTokens(t, 12))).toEqual(factsOf(text, scanWords));
      }),
      { numRuns: 2000 },
    );
  });
});
