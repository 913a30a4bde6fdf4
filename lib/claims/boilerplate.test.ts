import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { CREDIT, isBoilerplate, isBoilerplateLine, LINE_PROMPTS, mayBePrompt, mayHaveCredit } from "./boilerplate";
import { findClaims } from "./find";

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
  "Updated", "Last updated", "Published:", "Posted", "10:30", "Dec. 5", "on 5", "Tuesday", "This story was corrected",
  "An earlier version of this article", "Correction:", "Clarification:", "Editor's note:", "Editor’s note:", "9 pm", "2026-12-05", "05/12/2026", "2025 census", "at",
  "Caption:", "Picture:", "Graphic:", "Source:", "Sources:", "Correction, 13 June:", "Corrections, ",
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

describe("time stamps and correction notices", () => {
  test.each([
    "Updated 10:30 a.m. ET, Dec. 5, 2026",
    "Last updated: Tuesday, 4 March 2025",
    "Published on 5 December 2026",
    "Posted Dec. 5, 2026 at 9:14 p.m.",
    "Published 2026-12-05 09:14",
    "Updated at 9 pm",
    "Posted: 05/12/2026",
    "This story has been corrected to show that the vote was 7-2, not 6-3.",
    "An earlier version of this article misstated the cost of the bridge.",
    "Correction: The bridge will cost $48.5 million, not $58.5 million.",
    "Editor’s note: This article was amended on 4 December.",
    "UPDATE: 1:12 a.m.",
    "Update 1:12 a.m.:",
    "10.42am",
    "9:05 p.m. ET",
  ])("are furniture: %s", (text) => expect(isBoilerplate(text)).toBe(true));

  test.each([
    "Published figures show unemployment fell to 3.5% in October.",
    "Updated census data put the population at 61,000.",
    "Updated 2025 census figures put the population at 61,000.",
    "Posted 12 percent growth in the third quarter, the company said.",
    "Posted speed limits were cut to 20 mph on 12 roads.",
    "The council corrected its estimate in March.",
    "UPDATE 1:12 a.m.: Turnout reached 61% at noon.",
    "At 9:05 p.m. polls closed in 12 states.",
  ])("a sentence that only starts like one is not: %s", (text) => expect(isBoilerplate(text)).toBe(false));
});

describe("bylines on a line of their own", () => {
  test.each([
    "By Dana Whitfield, Business Reporter\n",
    "By Mara Okafor and Sam Lee",
    "  By J.K. Okonjo & Lena O’Neill, City Desk",
    "By Dana Whitfield",
  ])("are furniture: %j", (line) => expect(isBoilerplateLine(line)).toBe(true));

  test.each([
    "By Tuesday, the council had voted 7 to 2.\n",
    "By 2030 the city will need 4,000 more homes",
    "By Election Day, turnout had reached 61 percent.",
    "By the end of the year, prices had doubled",
    "Byron Smith, the mayor, said the bridge would cost $48.5 million.",
    "Stand By Me",
  ])("a sentence that only starts like one is not: %j", (line) => expect(isBoilerplateLine(line)).toBe(false));

  test("the byline is not suggested, the article's first claim still is", () => {
    const found = findClaims("By Dana Whitfield, Business Reporter\nNorthwind Foods posted a pre-tax profit of £1.2bn, up 18% on a year earlier.");
    expect(found[0]).toMatchObject({ text: "By Dana Whitfield, Business Reporter", boilerplate: true, checkworthy: false });
    expect(found[1]).toMatchObject({ boilerplate: false, checkworthy: true });
  });
});

describe("credits, footers and table furniture on a line of their own", () => {
  test.each([
    "Associated Press writer Jim Gomez contributed to this report.\n",
    "Reuters staff contributed reporting to this story.",
    "Gwen Pritchard is a Local Democracy Reporter funded by the BBC.\n",
    "Correction, 13 June: An earlier version of this article said the planet was 79 light years away.\n",
    "($1 = 10.5621 Swedish crowns)\n",
    "($1 = 0.9247 euros)",
    "Chidi Okonkwo celebrates his second goal in front of the home fans. (Photo: Mark Daly/Sportsfile)\n",
    "Workers at the plant in Alvesta, southern Sweden, in a 2023 file photo. REUTERS/Tom Little\n",
    "Graham Ellison arriving at Manchester Crown Court in May. Photo: PA\n",
    "Caption: Residents protest outside the Town Hall before Tuesday's meeting. Picture: Gwen Pritchard\n",
    "Graphic: How transit spectroscopy works. Source: NASA/ESA/CSA\n",
    "Source: Campaign for Better Transport analysis of National Rail data. Prices rounded to the nearest pound.\n",
    "Route | 2024 price | 2025 price | Increase\n",
    "Q3 2024 | Q3 2023 | Change",
    "Nordvik Q3 results (SEK million)\n",
    "Council spending (£m)",
  ])("are furniture: %j", (line) => expect(isBoilerplateLine(line)).toBe(true));

  test.each([
    "Shots | 19 | 6\n",
    "Reading to London | £5,100 | £5,340 | 4.7%",
    "The council said the reporter had been given the wrong figures.\n",
    "Police said 12 people were arrested outside the ground.\n",
    "Net sales (excluding currency effects) fell 7% in the quarter.\n",
    "The source of the leak was traced to a council office.",
    "Revenue rose to 9.8 billion crowns (SEK) in the quarter.",
  ])("a line that only looks like one is not: %j", (line) => expect(isBoilerplateLine(line)).toBe(false));

  test("a caption line is never suggested, the table's data rows still are scored", () => {
    const found = findClaims("Nordvik Q3 results (SEK million)\nQ3 2024 | Q3 2023 | Change\nNet sales | 9,812 | 11,025 | -11%\n");
    expect(found.map((s) => s.boilerplate)).toEqual([true, true, false]);
  });
});
