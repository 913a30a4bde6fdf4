import { describe, expect, test } from "vitest";
import { ExportTooLargeError, correctionsLogToDocx, memoToDocx } from "./docx";
import { logFixture, memoFixture } from "./test-support/fixtures";
import { docxParagraphs, unzip } from "./test-support/unzip";

describe("memo DOCX", () => {
  test("is a zip with the Word parts, and document.xml holds every claim in order", async () => {
    const bytes = await memoToDocx(memoFixture());
    const files = unzip(bytes);
    expect([...files.keys()]).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml", "docProps/core.xml"]));
    const paragraphs = docxParagraphs(bytes);
    const claimTexts = [...memoFixture().claims].sort((a, b) => a.position - b.position).map((c) => c.text);
    const at = claimTexts.map((t) => paragraphs.indexOf(t));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(paragraphs).toContain("Verdict: Inaccurate (1/5) (version 2)");
    expect(paragraphs).toContain("Approver: Lee Park, approved 2025-03-01 11:00 UTC");
  });

  test("document properties are dated generatedAt, not the clock", async () => {
    const core = unzip(await memoToDocx(memoFixture())).get("docProps/core.xml")?.toString("utf8") ?? "";
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-03T08:15:00Z</dcterms:created>');
    expect(core).toContain("<dc:title>Fact-check memo: City budget</dc:title>");
  });

  test("a right-to-left claim gets a right-to-left paragraph", async () => {
    const memo = memoFixture();
    const bytes = await memoToDocx({ ...memo, claims: [{ ...memo.claims[3], text: "שלום עולם, 5%" }] });
    const xml = unzip(bytes).get("word/document.xml")?.toString("utf8") ?? "";
    expect(xml).toMatch(/<w:p>(?:(?!<\/w:p>).)*<w:bidi\/>(?:(?!<\/w:p>).)*שלום עולם, 5%/s);
  });

  test("control characters XML forbids are dropped instead of corrupting the file", async () => {
    const memo = memoFixture();
    const bytes = await memoToDocx({ ...memo, claims: [{ ...memo.claims[3], text: "bell\u0007 here" }] });
    expect(docxParagraphs(bytes)).toContain("bell here");
  });
});

describe("corrections log DOCX", () => {
  test.each([
    ["with corrections", logFixture(), "Correction (published, published 2025-03-01 18:30 UTC)"],
    ["an empty range", logFixture([]), "No corrections in this range."],
  ])("%s", async (_name, input, expected) => {
    expect(docxParagraphs(await correctionsLogToDocx(input))).toContain(expected);
  });

  test("refuses a log over the limit with a typed error instead of exhausting memory", async () => {
    await expect(correctionsLogToDocx(logFixture(), 1)).rejects.toBeInstanceOf(ExportTooLargeError);
    await expect(correctionsLogToDocx(logFixture(), 2)).resolves.toBeInstanceOf(Uint8Array);
  });
});
