import { describe, expect, test } from "vitest";
import { plainTextToHtml } from "./text";

describe("plainTextToHtml", () => {
  test.each([
    ["wrapped paragraphs: single breaks become spaces", "One two\nthree four.\r\n\r\nFive\r\nsix.", "<p>One two three four.</p>\n<p>Five six.</p>"],
    ["no blank lines at all: every line is kept", "12 High Street\nSpringfield\nSP1 2AB", "<p>12 High Street<br>Springfield<br>SP1 2AB</p>"],
    ["a list inside a wrapped text keeps its items' breaks", "Three things:\n- fares rose\n- sailings\nwere cut\n\nThe end.",
      "<p>Three things:<br>- fares rose<br>- sailings were cut</p>\n<p>The end.</p>"],
    ["numbered items too", "Steps:\n1. Consult\n2. Publish\n\nDone.", "<p>Steps:<br>1. Consult<br>2. Publish</p>\n<p>Done.</p>"],
    ["a wrapped year is not a list item", "It fell in\n2020. Then it rose.\n\nEnd.", "<p>It fell in 2020. Then it rose.</p>\n<p>End.</p>"],
    ["old Mac line ends and trailing space", "A  \rb\r\rC", "<p>A b</p>\n<p>C</p>"],
    ["HTML in the text is escaped", "<b>x</b> & y", "<p>&lt;b&gt;x&lt;/b&gt; &amp; y</p>"],
    ["a short line in a block wrapped wide is the author's break (a live blog's time)",
      "23:58\nPolls have closed in all five eastern states and the first projections are\nexpected shortly.\n\nEnd.",
      "<p>23:58<br>Polls have closed in all five eastern states and the first projections are expected shortly.</p>\n<p>End.</p>"],
    ["a wide block's short last line is still a wrap",
      "The council voted to close the Mill Street library and two swimming pools\nnext spring.\n\nEnd.",
      "<p>The council voted to close the Mill Street library and two swimming pools next spring.</p>\n<p>End.</p>"],
  ])("%s", (_label, text, html) => {
    expect(plainTextToHtml(text)).toBe(html);
  });
});

describe("plainTextToHtml with headline", () => {
  test.each([
    ["a short first line is the headline", "Rail fares to rise 4.6% in March\n\nBy Sam Writer\n\nFares will rise.", "<h1>Rail fares to rise 4.6% in March</h1>\n<p>By Sam Writer</p>\n<p>Fares will rise.</p>"],
    ["a question may be a headline", "Will fares rise again?\n\nProbably.", "<h1>Will fares rise again?</h1>\n<p>Probably.</p>"],
    ["a first sentence is text", "Fares will rise in March.\n\nBy how much?", "<p>Fares will rise in March.</p>\n<p>By how much?</p>"],
    ["a lead-in is text", "Three things:\n\nOne.", "<p>Three things:</p>\n<p>One.</p>"],
    ["a wrapped first paragraph is text", "LONDON - Fares will rise\nin March\n\nMore.", "<p>LONDON - Fares will rise in March</p>\n<p>More.</p>"],
    ["a file that is one line keeps it as text", "Rail fares to rise", "<p>Rail fares to rise</p>"],
  ])("%s", (_label, text, html) => {
    expect(plainTextToHtml(text, { headline: true })).toBe(html);
  });
});
