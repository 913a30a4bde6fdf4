import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { damp, scoreText, scoreWithSignals } from "./score";
import { findClaims } from "./find";

/**
 * scoreText (the pipeline's hot path: presence tests, no signal lists) must give
 * exactly the score of scoreWithSignals (features from the full signal lists).
 */
const SENTENCES = [
  "WASHINGTON (AP) — The U.S. economy grew 2.5% in 2023, the Commerce Department said Thursday.",
  "Unemployment fell to 3.5 percent, the lowest level in 50 years, according to the Labor Department.",
  "Acme Inc. reported a loss of $1.2 billion, three officials said.",
  "It may have been the worst storm in a decade. What if taxes rose?",
  "I think we should, and you must, believe it will be great by 2030.",
  "Prices rose 4% in May; wages rose 2% in June, 1,200.50 and 3.4.5 and x12 and 12x and 1990s.",
  "Mr. Smith met I and Dr. Jones with The Bank of England and the Department for Education.",
  "İstanbul ΣΟΦΙΑ naïve café Émile ½ 5percent 40 dollars €5m ¥8?",
  "A loaf costs 40p, petrol is up 12.5p a litre and the 4pm show is 720p.",
  "The law is due to take effect in March, due to pressure from MPs.",
  "Thank you.",
  "",
];

const same = (text: string): void => {
  expect(scoreText(text)).toBe(scoreWithSignals(text).score);
};

describe("scoreText", () => {
  test.each(SENTENCES)("equals scoreWithSignals: %s", same);

  test("equals scoreWithSignals on random mixes", () => {
    const words = SENTENCES.join(" ").split(" ").concat(["", ",", ".", "?", "\u00a0", "1", "’", "percent", "per cent", "$", "Said"]);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 3 })), { maxLength: 20 }), (parts) => {
        same(parts.join(" "));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("very short sentences", () => {
  const factorOf = (text: string) => damp(1, scoreWithSignals(text).signals);

  test("are damped, and say so, only without a figure", () => {
    for (const text of ["It was late.", "Thank you.", "He left yesterday."]) {
      expect(factorOf(text)).toBe(0.6);
      expect(findClaims(text)[0].reasons).toContain(`very short: ${scoreWithSignals(text).signals.words} words`);
    }
    for (const text of ["She was 91.", "Injured: 217", "Shots | 19 | 6", "Up 5%.", "It cost $5m."]) {
      expect(factorOf(text)).toBe(1);
      expect(findClaims(text)[0].reasons.some((r) => r.startsWith("very short"))).toBe(false);
    }
  });
});
