import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { extractSignals, ungatedSignals, type TokenCounts } from "./signals";

/**
 * extractSignals runs each expression only when a word-table gate says it could
 * match; these tests pin it to running every expression (ungatedSignals), so a word
 * missing from a gate list shows up here rather than as a silently lost reason.
 */
const counts = (): TokenCounts => ({ words: 0, firstPerson: 0, secondPerson: 0, pastTense: 0, hedges: [] });
const same = (text: string): void => void expect({ ...extractSignals(text, counts()) }).toEqual({ ...ungatedSignals(text, counts()) });

const WORDS = [
  "Jan.", "Sept.", "May", "Monday", "last year", "yesterday", "in 2019", "by 2030", "since 1990", "of 2001",
  "three", "hundreds", "twice as", "as many as", "as much as", "compared with", "more than", "bigger than",
  "worst-ever", "highest", "rose", "fell", "said", "according to", "I think", "in my view", "ought to", "need to",
  "won't", "going to", "is set to", "plans to", "next year", "what if", "would", "due to", "led to",
  "as a result", "thanks to", "because", "5%", "12 percent", "3 per cent", "$1.2 billion", "40 dollars", "€5m",
  "1990", "2019x", "in 50", "by 2030x", "in 20199", "of 1899", "by 1950", "since 2000", "in\u00a02019", "in_2019", "from 19", " of ", " the ", " for ", "of  The", "the\u00a0Big", "ofX", "Þ", "ß", "×y", "ÿ", "A&B", "O'Neil", "Mr.", "I've", "The\u2028Hague", "1,.5", "1.2.3", "3.", ".5", ",7", "a1", "é2", "𝐀9", "\ud835", "1,000,000.25", "9_", "٣", "x1850", "18500", "1,9", "5percent", "5 Percent", "5,p", "5.\u00a0per cent", "5  percent", "%", "¥8", "£", "EUROS", "?", "»", "”", "_said", "said_", "X", "Émile", "Σ", "ſ", "K", "U.S.", "Mr.", "I", ",", ".", "-", "’", "'", "\n", "\u00a0",
  "10:30", ":45", "7:305", "1.5:30", "4 ", "12 ", "123 ", "March 4, 2024", "4 March 2024", "Jan. 2020", ", 2019", "Ph.D.", "PhD", "Jr.", "M.D.", "7-2", "220-215", "3–4", "2019-2020", "12-05-2026", "5-", "-", "–", "NASA SAID", "ÉCOLE", "ÿ", "shrank", "jumped", "slid", "Climbed", "COVID-19", "F-35", "é-2", "𝐀-9", "x-", "-7", "3-4",
  // Pence and what only looks like them.
  "40p", "12.5p", "99P", "1.40p", "p", "P", "4pm", "3pc", "5p.m.", "p.m.", "A4p", "X-4p", "1,40p", "720p", "1080p", "7200p", "5p-a-litre", "2p-per-litre", "5p-x", "40p's", "40p'", "0p", "p1",
  // "Due to" and a verb (a timetable) or a noun (a cause).
  "due to open", "Due to be", "due to take", "DUE TO CLOSE", "due to close contact", "due to close contacts", "due to start-up", "due to rising",
  "due to  open", "due to", "due", "to be", "open", "due to opening", "due to bed",
];

describe("extractSignals gates", () => {
  test.each([
    "The U.S. economy grew 2.5% in 2023, the Commerce Department said Thursday.",
    "It may have been the worst storm in a decade. What if taxes rose?",
    "Crime fell 12 percent last year because police hired 500 more officers, the mayor claimed.",
    "Prices will rise by 2035 and wages won't, according to Acme Inc.",
    "A loaf costs 40p, up 12.5p a litre, 99p.The 4pm A4p 720p.",
    "The bridge is due to open next year; the delay was due to rising costs and due to close contact.",
    "no signal here at all",
    "",
  ])("agree with every expression run: %s", same);

  test.each([
    "Tesco Foods said prices rose 4%.",
    "“U.S. Steel reported a loss,” Mr. Smith said.",
    "However Tesco said profits fell, and Asda agreed.",
    "Sometimes I think Tesco is wrong.",
    "Don’t Tesco and Asda agree?",
    "TESCO FOODS SAID PRICES ROSE",
  ])("agree on a text that opens with a capitalised word: %s", same);

  test("agree on random texts that open with a capitalised word", () => {
    const opening = fc.tuple(
      fc.constantFrom("", "\"", "“", "‘", "'", "(", "[", "((", "«", "’", " "),
      fc.constantFrom("Tesco", "The", "THE", "However", "Unlike", "Sometimes", "U.S.", "Mr.", "It’s", "It's", "Don’t", "Éire", "Þing", "A", "I", "X-4p", "Smith'", "Perhaps.", "Unlike’", "However'", "E", "é", "1"),
      fc.constantFrom(" ", "  ", "\u00a0", "\n", "", ",", " - "),
      fc.constantFrom("Foods", "I", "I've", "Mr.", "Smith of the Bank", "of England", "said", "É", "x"),
    ).map((parts) => parts.join(""));
    const rest = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: "binary", maxLength: 4 })), { maxLength: 6 }).map((p) => p.join(" "));
    fc.assert(fc.property(opening, rest, (a, b) => same(`${a} ${b}`)), { numRuns: 3000 });
  });

  test("agree on random mixes of the gate words", () => {
    const piece = fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: "binary", maxLength: 4 }));
    const text = fc.array(piece, { maxLength: 14 }).chain((parts) =>
      fc.array(fc.constantFrom(" ", "", "  ", "\t"), { minLength: parts.length, maxLength: parts.length })
        .map((gaps) => parts.map((p, k) => p + gaps[k]).join("")));
    fc.assert(
      fc.property(text, (t) => {
        same(t);
      }),
      { numRuns: 2000 },
    );
  });
});
