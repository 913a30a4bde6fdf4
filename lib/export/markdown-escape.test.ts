import { marked } from "marked";
import { describe, expect, test } from "vitest";
import { mdInline, mdQuote } from "./markdown-escape";

// What a reader sees: the rendered paragraph's text with entities decoded.
const rendered = (md: string) =>
  marked
    .parse(md, { async: false })
    .replace(/<[^>]+>/g, "")
    .replace(/&(lt|gt|quot|#39|amp);/g, (_m, e: string) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" })[e] ?? "")
    .trim();

describe("markdown escaping", () => {
  test.each([
    ["*not bold* and _not italic_"],
    ["# not a heading"],
    ["1. not a list"],
    ["- not a bullet"],
    ["> not a quote"],
    ["[not](a link)"],
    ["`not code`"],
    ["a | b ~~c~~"],
    ["&amp; stays as typed"],
    ["<em>not html</em>"],
    ['quotes "stay", commas too 😀 שלום'],
    ["see https://city.example/budget_2025?utm_source=news&utm_medium=mail, and *this* _too_"],
    ["two: https://a.example/x_y_z and https://b.example/*star*~tilde~"],
  ])("%j renders as itself in a quote", (text) => {
    expect(rendered(mdQuote(text))).toBe(text);
  });

  test("a web address stays as typed in the raw file, so it still works when copied from there (exports QA)", () => {
    expect(mdInline("Source: https://city.example/a_b?utm_source=news.")).toBe("Source: https://city.example/a_b?utm_source=news.");
    // What could break out of it still is escaped.
    expect(mdInline("https://x.example/a`b|c")).toBe("https://x.example/a\\`b\\|c");
  });

  test("quotes, commas, emoji and RTL are not escaped at all", () => {
    const text = 'He said "yes, no" 😀 مرحبا';
    expect(mdInline(text)).toBe(text);
  });

  test("later lines of inline text are indented to stay in the list item", () => {
    expect(mdInline("one\n# two", "  ")).toBe("one\n  \\# two");
  });
});
