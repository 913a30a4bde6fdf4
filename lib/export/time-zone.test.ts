import { describe, expect, test } from "vitest";
import { memoToCsv } from "./csv";
import { correctionsLogToDocx, memoToDocx } from "./docx";
import { correctionsLogToHtml, memoToHtml } from "./html";
import { memoToJson } from "./json";
import { correctionsLogToMarkdown, memoToMarkdown } from "./markdown";
import { collectText } from "./shared";
import { logFixture, memoFixture } from "./test-support/fixtures";
import { docxParagraphs } from "./test-support/unzip";

// The fixture's deadline is 20:00 UTC on 1 March 2025: 15:00 in New York.
const newYork = () => ({ ...memoFixture(), timeZone: "America/New_York" });

describe("documents people read show times on the desk's clock", () => {
  test("the memo in every readable format", async () => {
    expect(memoToMarkdown(newYork())).toContain("- **Deadline:** 2025-03-01 15:00 EST");
    expect(memoToHtml(newYork())).toContain('<time datetime="2025-03-01T20:00:00.000Z">2025-03-01 15:00 EST</time>');
    expect((await docxParagraphs(await memoToDocx(newYork()))).join("\n")).toContain("2025-03-01 15:00 EST");
  });

  test("an evidence item's day stays the day it was read, whatever the clock", () => {
    expect(memoToMarkdown(newYork())).toContain("accessed 2025-03-01");
    expect(memoToMarkdown(newYork())).not.toContain("accessed 2025-02-28");
  });

  test("data formats keep ISO-8601 UTC", () => {
    expect(memoToJson(newYork())).toBe(memoToJson(memoFixture()));
    expect(memoToCsv(newYork())).toBe(memoToCsv(memoFixture()));
  });

  test("the log's range reads as the desk's days", async () => {
    const log = { ...logFixture(), range: { from: "2025-03-01T05:00:00.000Z", to: "2025-04-01T03:59:59.999Z" }, timeZone: "America/New_York" };
    expect(await collectText(correctionsLogToMarkdown(log))).toContain("- **Range:** 2025-03-01 00:00 EST to 2025-03-31 23:59 EDT");
    expect(await collectText(correctionsLogToHtml(log))).toContain("2025-03-01 00:00 EST</time> to <time");
    expect((await docxParagraphs(await correctionsLogToDocx(log))).join("\n")).toContain("2025-03-01 00:00 EST to 2025-03-31 23:59 EDT");
  });
});
