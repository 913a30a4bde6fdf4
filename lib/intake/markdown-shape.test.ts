import { describe, expect, test } from "vitest";
import { MAX_MARKDOWN_INDENT } from "./limits";
import { assertMarkdownReadable, markdownIndent } from "./markdown-shape";

describe("markdownIndent", () => {
  test.each([
    ["plain text", "The council met.\n\nIt voted.", 0],
    ["a nested list", "- a\n  - b\n    - c", 6],
    ["quotes", "> > quoted", 4],
    ["list markers on one line nest lists", "- - - item", 6],
    ["numbered markers", "1. 2) item", 6],
    ["tabs", "\t\tcode", 8],
    ["a rule of dashes is not a list", "-".repeat(300), 0],
    ["a year starting a sentence is not a list", "2024 was dry. 2023. Wet.", 0],
    ["old Mac line breaks", "a\r  - b\r    - c", 6],
  ])("%s", (_label, text, width) => {
    expect(markdownIndent(text)).toBe(width);
  });
});

describe("assertMarkdownReadable", () => {
  test("passes a line at the limit, refuses one past it", () => {
    expect(() => assertMarkdownReadable("a.md", `${" ".repeat(MAX_MARKDOWN_INDENT)}x`)).not.toThrow();
    expect(() => assertMarkdownReadable("a.md", `${" ".repeat(MAX_MARKDOWN_INDENT + 1)}x`)).toThrow(
      `"a.md" is nested too deeply to read as an article (a line is indented more than ${MAX_MARKDOWN_INDENT} columns by spaces, list or quote markers). Copy the article's text and paste it instead.`,
    );
  });
});
