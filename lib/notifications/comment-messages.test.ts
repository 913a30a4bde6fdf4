import { describe, expect, test } from "vitest";
import { commentMessage, mentionMessage } from "./comment-messages";

describe("the bell's lines for comments", () => {
  test("name the claim, and quote the comment whole when it is short", () => {
    expect(mentionMessage("Rosa", "Bus fares rose 8% last year.", "@Edna is the 2023 figure final?")).toBe("Rosa mentioned you on “Bus fares rose 8% last year.”: “@Edna is the 2023 figure final?”");
    expect(commentMessage("Ada", "you hold", "Bus fares rose 8% last year.", "Check table 4.")).toBe("Ada commented on “Bus fares rose 8% last year.”, a claim you hold: “Check table 4.”");
  });

  test("a long claim and a long comment are cut with an ellipsis, on one line", () => {
    const claim = `The council's budget for ${"roads and bridges ".repeat(10)}rose.`;
    const body = `First line\n\n${"word ".repeat(60)}end`;
    const line = commentMessage("Ada", "you assigned", claim, body);
    const [quotedClaim, quotedBody] = [...line.matchAll(/“([^”]*)”/g)].map((m) => m[1]);
    expect(Array.from(quotedClaim).length).toBeLessThanOrEqual(80);
    expect(quotedClaim.endsWith("…")).toBe(true);
    expect(Array.from(quotedBody).length).toBeLessThanOrEqual(140);
    expect(quotedBody).toMatch(/^First line word word .*…$/);
    expect(line).not.toContain("\n");
  });
});
