/**
 * Golden files: every format for the memo and the log, compared byte for byte
 * with lib/export/__golden__. Update deliberately with `npx vitest run -u` and
 * read the diff: a golden change is an output change consumers will see.
 */
import { describe, expect, test } from "vitest";
import { collectText } from "./shared";
import { correctionsLogToCsv, memoToCsv } from "./csv";
import { correctionsLogToDocx, memoToDocx } from "./docx";
import { correctionsLogToHtml, memoToHtml } from "./html";
import { correctionsLogToJson, memoToJson } from "./json";
import { correctionsLogToJsonLd, memoToJsonLd } from "./jsonld";
import { correctionsLogToMarkdown, memoToMarkdown } from "./markdown";
import { logFixture, memoFixture } from "./test-support/fixtures";
import { docxParagraphs } from "./test-support/unzip";

const golden = (name: string) => `./__golden__/${name}`;

describe("memo goldens", () => {
  test.each([
    ["memo.md", memoToMarkdown],
    ["memo.html", memoToHtml],
    ["memo.csv", memoToCsv],
    ["memo.json", memoToJson],
    ["memo.jsonld", memoToJsonLd],
  ] as const)("%s", async (name, render) => {
    await expect(render(memoFixture())).toMatchFileSnapshot(golden(name));
  });

  test("memo.docx.txt (paragraph text of word/document.xml)", async () => {
    const text = docxParagraphs(await memoToDocx(memoFixture())).join("\n¶ ");
    await expect(text).toMatchFileSnapshot(golden("memo.docx.txt"));
  });

  test("rendering twice gives identical output", () => {
    expect(memoToHtml(memoFixture())).toBe(memoToHtml(memoFixture()));
  });
});

describe("corrections log goldens", () => {
  test.each([
    ["log.md", correctionsLogToMarkdown],
    ["log.html", correctionsLogToHtml],
    ["log.csv", correctionsLogToCsv],
    ["log.json", correctionsLogToJson],
    ["log.jsonld", correctionsLogToJsonLd],
  ] as const)("%s", async (name, render) => {
    await expect(await collectText(render(logFixture()))).toMatchFileSnapshot(golden(name));
  });

  test("log.docx.txt", async () => {
    const text = docxParagraphs(await correctionsLogToDocx(logFixture())).join("\n¶ ");
    await expect(text).toMatchFileSnapshot(golden("log.docx.txt"));
  });

  test.each([
    ["empty-log.md", correctionsLogToMarkdown],
    ["empty-log.html", correctionsLogToHtml],
    ["empty-log.csv", correctionsLogToCsv],
    ["empty-log.json", correctionsLogToJson],
    ["empty-log.jsonld", correctionsLogToJsonLd],
  ] as const)("%s (a range with nothing in it)", async (name, render) => {
    await expect(await collectText(render(logFixture([])))).toMatchFileSnapshot(golden(name));
  });
});
