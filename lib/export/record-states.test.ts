/** What the record says of a correction amended after it ran, of an article spiked before it could, and of a filtered log. */
import { describe, expect, test } from "vitest";
import { correctionsLogToCsv } from "./csv";
import { correctionsLogToDocx, memoToDocx } from "./docx";
import { correctionsLogToHtml, memoToHtml } from "./html";
import { correctionsLogToJson, memoJsonValue } from "./json";
import { memoJsonLdValue } from "./jsonld";
import { correctionsLogToMarkdown, memoToMarkdown } from "./markdown";
import { logFixture, memoFixture } from "./test-support/fixtures";
import { parseCsv } from "./test-support/parse-csv";
import { docxParagraphs } from "./test-support/unzip";
import type { MemoInput } from "./types";

const AMENDED = "2025-03-02T10:00:00Z";

function amendedMemo(): MemoInput {
  const memo = memoFixture();
  return { ...memo, corrections: memo.corrections.map((c) => (c.status === "published" ? { ...c, amendedAt: AMENDED } : c)) };
}

async function text(stream: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const part of stream) out += part;
  return out;
}

describe("an amended correction", () => {
  test("reads as published and amended in the documents people read", async () => {
    const memo = amendedMemo();
    expect(memoToMarkdown(memo)).toContain("- **Correction** (published, published 2025-03-01 18:30 UTC, amended 2025-03-02 10:00 UTC)");
    expect(memoToHtml(memo)).toMatch(/, amended <time datetime="2025-03-02T10:00:00.000Z">/);
    expect(docxParagraphs(await memoToDocx(memo))).toContain("Correction (published, published 2025-03-01 18:30 UTC, amended 2025-03-02 10:00 UTC)");
    // Never amended: no mention.
    expect(memoToMarkdown(memoFixture())).not.toContain("amended");
  });

  test("carries the date in the data formats: dateModified in JSON-LD, amendedAt in JSON, amended_at in CSV", async () => {
    const memo = amendedMemo();
    expect(JSON.stringify(memoJsonLdValue(memo))).toContain('"datePublished":"2025-03-01T18:30:00.000Z","dateModified":"2025-03-02T10:00:00.000Z"');
    expect(memoJsonValue(memo).corrections.find((c) => c.status === "published")).toMatchObject({ amendedAt: "2025-03-02T10:00:00.000Z" });
    const [header, ...rows] = parseCsv(await text(correctionsLogToCsv(logFixture([...memo.corrections].reverse()))));
    expect(rows.map((r) => r[header.indexOf("amended_at")])).toContain("2025-03-02T10:00:00.000Z");
  });
});

describe("a spiked article's memo", () => {
  const spiked = (): MemoInput => {
    const memo = memoFixture();
    return { ...memo, article: { ...memo.article, publishedAt: null, spiked: true } };
  };

  test("says it will not run, where an unpublished one says 'not yet'", async () => {
    expect(memoToMarkdown(spiked())).toContain("- **Published:** no: spiked (will not run)");
    expect(memoToHtml(spiked())).toContain("<dt>Published</dt><dd>no: spiked (will not run)</dd>");
    expect(docxParagraphs(await memoToDocx(spiked()))).toContain("Published: no: spiked (will not run)");
    expect(memoJsonValue(spiked()).article.spiked).toBe(true);
    const unpublished = memoFixture();
    expect(memoToMarkdown({ ...unpublished, article: { ...unpublished.article, publishedAt: null } })).toContain("- **Published:** not yet");
  });

  test("publishes no ClaimReview or CorrectionComment: nothing of it runs", () => {
    const graph = memoJsonLdValue(spiked())["@graph"] as Array<Record<string, unknown>>;
    expect(graph.map((n) => n["@type"])).toEqual(["NewsArticle"]);
    expect(graph[0].correction).toBeUndefined();
    expect((memoJsonLdValue(memoFixture())["@graph"] as unknown[]).length).toBeGreaterThan(1);
  });
});

describe("a filtered corrections log", () => {
  const filtered = () => ({ ...logFixture([]), filter: { article: { id: "art-1", title: "City budget" }, status: "draft" as const } });

  test("says what it was narrowed to, and that nothing matched rather than that the range is empty", async () => {
    const md = await text(correctionsLogToMarkdown(filtered()));
    expect(md).toContain("- **Only:** article “City budget”; status draft\n");
    expect(md).toContain("No corrections in this range match the filter.");
    expect(await text(correctionsLogToHtml(filtered()))).toContain("<p><strong>Only:</strong> <span dir=\"auto\">article “City budget”; status draft</span></p>");
    expect(docxParagraphs(await correctionsLogToDocx(filtered()))).toContain("Only: article “City budget”; status draft");
    const json = JSON.parse(await text(correctionsLogToJson(filtered())));
    expect(json.filter).toEqual({ articleId: "art-1", articleTitle: "City budget", type: null, status: "draft" });
    // The whole log says neither.
    const whole = await text(correctionsLogToMarkdown(logFixture([])));
    expect(whole).not.toContain("Only:");
    expect(whole).toContain("No corrections in this range.");
    expect(JSON.parse(await text(correctionsLogToJson(logFixture([])))).filter).toBeNull();
  });
});
