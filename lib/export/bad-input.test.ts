/**
 * Hostile text (quotes, commas, a newline, emoji, right-to-left scripts and
 * markup-looking characters) must come back exactly when each format is read
 * by an ordinary reader of that format.
 */
import { marked } from "marked";
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { correctionsLogToCsv, memoToCsv } from "./csv";
import { correctionsLogToDocx, memoToDocx } from "./docx";
import { correctionsLogToHtml, memoToHtml } from "./html";
import { correctionsLogToJson, memoToJson } from "./json";
import { correctionsLogToJsonLd, memoToJsonLd } from "./jsonld";
import { correctionsLogToMarkdown, memoToMarkdown } from "./markdown";
import { collectText } from "./shared";
import { HOSTILE_TEXT, hostileLog, memoFixture } from "./test-support/fixtures";
import { parseCsv } from "./test-support/parse-csv";
import { correctionsOf, nodesById } from "./test-support/jsonld-graph";
import { docxParagraphs } from "./test-support/unzip";

const htmlTexts = (html: string) => [...parseHTML(html).document.querySelectorAll(".text")].map((el) => el.textContent);
// Markdown readers trim each line and drop the "> " markers; compare line by line.
const mdBlockquotes = (md: string) =>
  [...parseHTML(`<!DOCTYPE html><html><body>${marked.parse(md, { async: false })}</body></html>`).document.querySelectorAll("blockquote")].map((el) =>
    (el.textContent ?? "").trim(),
  );

describe("the memo carries hostile text through every format", () => {
  test("JSON", () => {
    const parsed = JSON.parse(memoToJson(memoFixture()));
    const claim = parsed.claims.find((c: { id: string }) => c.id === "c2");
    expect(claim.text).toBe(HOSTILE_TEXT);
    expect(claim.evidence[0].quote).toBe(HOSTILE_TEXT);
  });

  test("JSON-LD", () => {
    const graph = JSON.parse(memoToJsonLd(memoFixture()))["@graph"];
    expect(graph.find((n: { url: string }) => n.url.endsWith("#claim-c2")).claimReviewed).toBe(HOSTILE_TEXT);
  });

  test("CSV", () => {
    const [header, ...rows] = parseCsv(memoToCsv(memoFixture()));
    const row = rows.find((r) => r[0] === "c2");
    expect(row?.[header.indexOf("claim")]).toBe(HOSTILE_TEXT);
  });

  test("HTML (parsed text, and raw bytes of the non-markup characters)", () => {
    const html = memoToHtml(memoFixture());
    expect(htmlTexts(html)).toContain(HOSTILE_TEXT);
    expect(html).toContain("then left 😀👍🏽 — שלום");
    expect(html).not.toContain("<b>&amp;</b>");
  });

  test("Markdown (rendered by marked, line by line; raw lines unescaped where nothing needs it)", () => {
    const md = memoToMarkdown(memoFixture());
    expect(mdBlockquotes(md)).toContain(HOSTILE_TEXT);
    expect(md).toContain('> He said "no, never, ever",\n> then left 😀👍🏽 — שלום "עולם", مرحبا بكم');
  });

  test("DOCX (paragraph text of word/document.xml)", async () => {
    expect(docxParagraphs(await memoToDocx(memoFixture()))).toContain(HOSTILE_TEXT);
  });
});

describe("the corrections log carries hostile text through every format", () => {
  test("JSON", async () => {
    const parsed = JSON.parse(await collectText(correctionsLogToJson(hostileLog())));
    const c = parsed.corrections.at(-1);
    expect([c.note, c.originalText, c.article.title]).toEqual([HOSTILE_TEXT, HOSTILE_TEXT, HOSTILE_TEXT]);
  });

  test("JSON-LD", async () => {
    const byId = nodesById(JSON.parse(await collectText(correctionsLogToJsonLd(hostileLog()))));
    expect(correctionsOf(byId, "https://ledger.example/x")[0].text).toBe(HOSTILE_TEXT);
    expect(byId.get("https://ledger.example/x")?.headline).toBe(HOSTILE_TEXT);
  });

  test("CSV", async () => {
    const [header, ...rows] = parseCsv(await collectText(correctionsLogToCsv(hostileLog())));
    expect(rows.at(-1)?.[header.indexOf("note")]).toBe(HOSTILE_TEXT);
  });

  test("HTML", async () => {
    expect(htmlTexts(await collectText(correctionsLogToHtml(hostileLog())))).toContain(HOSTILE_TEXT);
  });

  test("Markdown", async () => {
    expect(mdBlockquotes(await collectText(correctionsLogToMarkdown(hostileLog())))).toContain(HOSTILE_TEXT);
  });

  test("DOCX", async () => {
    expect(docxParagraphs(await correctionsLogToDocx(hostileLog()))).toContain(HOSTILE_TEXT);
  });
});
