import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { classifyKind, describeReasons, kindOfFound, reasonsOfFound } from "./kind";
import { lastScore, scoreFound, scoreWithSignals } from "./score";
import { findClaims } from "./find";

/**
 * The pipeline scores, classifies and explains a sentence from its signals as ranges
 * (scoreFound, kindOfFound, reasonsOfFound); these tests pin that to the definitions
 * on the string lists (scoreWithSignals, classifyKind, describeReasons).
 */
const PIECES = [
  "The Commerce Department", "In Paris", "But Smith", "The", "It.", "According", "That’s", "Its", "Mr.", "I", "I've", "Dr. Jones",
  "the Bank of England", "St. Louis", "O'Neil,", "Acme Inc.", "U.S.", "ÉMILE", "Þór", "x", "and", "said", "according to",
  "2.5%", "3.5 percent", "$1.2 billion", "40 dollars", "€5m", "12", "1,000", "2019", "in 2023", "by 2035", "Jan. 5", "May",
  "Thursday", "last year", "last month", "last", "first", "largest", "three", "hundreds", "worst", "more than", "bigger than", "rose", "fell", "because", "due to",
  "I think", "terrible", "may", "reportedly", "will", "won't", "would", "what if", "?", "\"", "”", "’", ".", ",", ";", "-",
  "\u00a0", "\n", "45,", "1,000,", "12 12", "5% 5%", "Smith Smith", "Jones, Jones", "2.5 2.5%",
  "Someone", "Someone Else", "Sept. 12", "10:30", "2023,", "Thursday.",
  "It's", "That's Paris", "It’s Rome", "We're", "Ph.D.", "St.", "A-B", "Co. Ltd", "K", "İt",
  "the UK's", "U.S.'s", "Fair Basket’s,", "'s", "Paris's.",
  "40p", "12.5p", "4pm", "99p.",
  "Tesco Foods", "Unlike Tesco", "“Tesco", "However Tesco", "Labour MP Jane Smith",
  "due to open", "due to rising", "was due to go",
  // The cues an editor is not shown (cues.ts): their neighbours decide.
  "at least", "last six", "last autumn", "Will it last", "most people", "first-time", "Latest", "in May", "May I",
  "disaster officials", "Great Britain", "great-grandchildren", "any cause", "contributed to this report", "declined to",
  "rose highest", "its forecast", "forecasts", "nine", "double", "4.7 billion pesos", "10.5 crowns", "1 in 5", "GJ 9827 d", "type 2", "23:58",
];

const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: "binary", maxLength: 3 })), { maxLength: 16 })
  .chain((parts) => fc.array(fc.constantFrom(" ", "", "  "), { minLength: parts.length, maxLength: parts.length })
    .map((gaps) => parts.map((p, k) => p + gaps[k]).join("")));

function same(t: string): void {
  const { score, signals } = scoreWithSignals(t);
  const expected = [null, "Someone"].map((c) => [classifyKind(signals, c, t), describeReasons(signals, c, t)]);
  const found = scoreFound(t);
  expect(lastScore()).toBe(score);
  expect([null, "Someone"].map((c) => [kindOfFound(t, found, c), reasonsOfFound(t, found, c)])).toEqual(expected);
}

describe("signals as ranges", () => {
  test.each([
    "WASHINGTON (AP) — The U.S. economy grew 2.5% in 2023, the Commerce Department said Thursday.",
    "Acme Inc. reported a loss of $1.2 billion, three officials said.",
    "The The Commerce Department and In Paris met 12 12 times in 2019 and 2019.",
    "He said It's Paris and That's Rome, not U.S. Ph.D. Smith.",
    "It may have been the worst storm in a decade. What if taxes rose?",
    "John Smith, 45, said 1,000, 2,500,, and 12, were counted.",
    "Traffic rose 38 percent last month, the largest rise since last year.",
    "It was the last time, last year, and the first in May.",
    "Someone said Someone Else met Someone on Sept. 12, 2023, and Thursday.",
    "It is the UK's second-largest supermarket, ahead of the U.S.'s and Fair Basket’s, Kantar said.",
    "",
  ])("score, kind and reasons agree with the string lists: %s", same);

  test("agree on random mixes", () => {
    fc.assert(fc.property(text, same), { numRuns: 3000 });
  });
});

test("an entity's possessive is not part of its name in the reasons", () => {
  const [result] = findClaims("The group's market share climbed to 17.3%, making it the UK's second-largest supermarket.");
  expect(result.reasons).toContain("named entity: UK");
  expect(result.reasons.join(" ")).not.toContain("UK's");
});
