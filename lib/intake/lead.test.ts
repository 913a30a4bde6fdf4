import { describe, expect, test } from "vitest";
import { liftArticleLead, looksLikeByline } from "./lead";

describe("looksLikeByline", () => {
  test.each([
    ["By Sam Writer", true],
    ["by Sam Writer and Jo Reyes, City Desk", true],
    ["By: Ana Lima", true],
    ["By J. K. Writer", true],
    ["By the end of 2024 the town had grown.", false],
    ["By March, 40,000 jobs had gone.", false],
    ["By Sam Writer. The council voted on Tuesday.", false],
    ["Sam Writer", false],
    [`By ${"Name ".repeat(12)}`, false],
  ])("%s → %s", (line, expected) => {
    expect(looksLikeByline(line)).toBe(expected);
  });
});

describe("liftArticleLead", () => {
  test("the leading H1 and the byline under it leave the text; later H1s become H2s", () => {
    const lead = liftArticleLead("<h1>Budget vote</h1>\n<p>By Sam Writer</p>\n<p>The council voted.</p>\n<h1>Reaction</h1>\n<p>Cheers.</p>");
    expect(lead).toEqual({ title: "Budget vote", byline: "By Sam Writer", html: "<p>The council voted.</p>\n<h2>Reaction</h2>\n<p>Cheers.</p>" });
  });

  test("a byline with no headline above it is still lifted; a sentence starting with By is not", () => {
    expect(liftArticleLead("<p>By Sam Writer</p><p>Text.</p>")).toEqual({ byline: "By Sam Writer", html: "<p>Text.</p>" });
    expect(liftArticleLead("<h1>Jobs</h1><p>By March, 40,000 jobs had gone.</p>")).toEqual({ title: "Jobs", html: "<p>By March, 40,000 jobs had gone.</p>" });
  });

  test("a byline further down is text, and HTML with nothing to lift is kept as it is", () => {
    const html = "<p>Text.</p>\n<p>By Sam Writer</p>";
    expect(liftArticleLead(html)).toEqual({ html });
  });

  test("an H2 is the headline only when it names the page's title or was its H1", () => {
    expect(liftArticleLead("<h2>Bridge repairs late</h2><p>Text.</p>", ["Bridge repairs late | City News"])).toEqual({ title: "Bridge repairs late", html: "<p>Text.</p>" });
    expect(liftArticleLead("<h2>Bridge repairs late</h2><p>Text.</p>", ["City News", "Bridge repairs late"])).toEqual({ title: "Bridge repairs late", html: "<p>Text.</p>" });
    expect(liftArticleLead("<h2>Background</h2><p>Text.</p>", ["Bridge repairs late"])).toEqual({ html: "<h2>Background</h2><p>Text.</p>" });
    expect(liftArticleLead("<h2>Background</h2><p>Text.</p>")).toEqual({ html: "<h2>Background</h2><p>Text.</p>" });
  });

  test("a file that is only a headline keeps it as text", () => {
    expect(liftArticleLead("<h1>Just a title</h1>")).toEqual({ title: "Just a title", html: "<h1>Just a title</h1>" });
  });
});
