import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { CREDIT, LINE_PROMPTS, mayBePrompt, mayHaveCredit } from "./boilerplate";

/**
 * isBoilerplate runs LINE_PROMPTS and CREDIT only where a cheap look says they could
 * match; these tests pin the looks to the expressions (a look may say yes wrongly,
 * never no wrongly).
 */
const PIECES = [
  "Read more", "read next", "Leave a comment", "Join the discussion", "12 comments", "Comments (3)", "Show comments", "See also",
  "Related stories:", "More from Reuters:", "Watch:", "Listen:", "Click here", "Recommended for you:", "Sign up", "Subscribe",
  "Get our daily newsletter", "Newsletter", "Share this", "Tweet this", "Follow us", "Photo:", "Photograph:", "Image:", "Credit:",
  "Photo credit", "Pictured:", "Advertisement", "Copyright", "©", "All rights reserved", "This story has been updated", "Email this",
  "Print this", "(AP Photo/Jane Doe)", "AP Photo / Jane Doe", "Reuters/John Smith", "(Getty Images)", "Getty Images", "Shutterstock",
  "ſhutterstock", "ſhare", "K", "AFP/", "EPA /", "Shutterstock / Jane Doe", "SHUTTERSTOCK/Ann", "ſhutterſtock/Al", "AP/John Roe", "Bloomberg", "Photo by", "Illustration courtesy of", "The", "It", "the mayor said",
  "/", " ", "\"", "“", "(", "[", "•", "*", "-", "\u00a0", "\n", "x", "É", "ap", "map/", "12",
];

const line = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: "binary", maxLength: 2 })), { maxLength: 8 })
  .chain((parts) => fc.array(fc.constantFrom(" ", "", "  "), { minLength: parts.length, maxLength: parts.length })
    .map((gaps) => parts.map((p, k) => p + gaps[k]).join("")));

describe("boilerplate looks", () => {
  test("mayBePrompt is true wherever LINE_PROMPTS matches", () => {
    fc.assert(fc.property(line, (s) => {
      if (LINE_PROMPTS.test(s)) expect(mayBePrompt(s)).toBe(true);
    }), { numRuns: 5000 });
  });

  test("mayHaveCredit is true wherever CREDIT matches", () => {
    fc.assert(fc.property(line, (s) => {
      if (CREDIT.test(s)) expect(mayHaveCredit(s)).toBe(true);
    }), { numRuns: 5000 });
  });
});
