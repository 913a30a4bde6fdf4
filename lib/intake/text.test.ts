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
  ])("%s", (_label, text, html) => {
    expect(plainTextToHtml(text)).toBe(html);
  });
});
