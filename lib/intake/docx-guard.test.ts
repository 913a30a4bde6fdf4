import { Document, Packer, Paragraph, TextRun } from "docx";
import { describe, expect, test } from "vitest";
import { assertDocxWithinLimits, countXml, type DocxCounts } from "./docx-guard";
import { refusal } from "./test-support/refusal";
import { MAX_DOCX_PARAGRAPHS, MAX_DOCX_PART_BYTES, MAX_DOCX_UNPACKED_BYTES, MAX_DOCX_XML_ELEMENTS } from "./limits";
import { docxArchive, documentXml, zipArchive } from "./test-support/zip";
import { listZipEntries, unpackZipEntry, ZipFormatError } from "./zip-entries";

const MB = 1024 * 1024;

async function wordDocx(paragraphs: number): Promise<Uint8Array> {
  const children = Array.from({ length: paragraphs }, (_, i) => new Paragraph({ children: [new TextRun(`Paragraph ${i} of the story.`), new TextRun({ text: " Bold.", bold: true })] }));
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

describe("countXml", () => {
  test("counts start tags, not end tags, declarations or text, and Word paragraphs however written", () => {
    const counts: DocxCounts = { elements: 0, paragraphs: 0 };
    countXml(Buffer.from('<?xml version="1.0"?><!-- c --><w:body><w:p><w:pPr/><w:r><w:t>a < b</w:t></w:r></w:p><w:p w:rsidR="1"/><w:p/>\n<w:p\n></w:p></w:body>'), counts);
    expect(counts).toEqual({ elements: 8, paragraphs: 4 });
  });
});

describe("listZipEntries and unpackZipEntry", () => {
  test("read a .docx as written by the docx library", async () => {
    const bytes = await wordDocx(3);
    const entries = listZipEntries(bytes);
    expect(entries.map((entry) => entry.name)).toContain("word/document.xml");
    const document = entries.find((entry) => entry.name === "word/document.xml");
    const xml = unpackZipEntry(bytes, document!, MB);
    expect(xml?.toString()).toContain("Paragraph 2 of the story.");
  });

  test("stop unpacking at the cap, whatever the entry declares", () => {
    const bytes = zipArchive([{ name: "a.xml", content: "a".repeat(10_000), declaredSize: 10 }]);
    const [entry] = listZipEntries(bytes);
    expect(entry.declaredSize).toBe(10);
    expect(unpackZipEntry(bytes, entry, 9_999)).toBeNull();
    expect(unpackZipEntry(bytes, entry, 10_000)?.byteLength).toBe(10_000);
  });

  test("stored entries count as they are", () => {
    const bytes = zipArchive([{ name: "a.xml", content: "<a/>", stored: true }]);
    const [entry] = listZipEntries(bytes);
    expect(unpackZipEntry(bytes, entry, 4)?.toString()).toBe("<a/>");
    expect(unpackZipEntry(bytes, entry, 3)).toBeNull();
  });

  test.each([
    ["not a zip", () => new TextEncoder().encode("PK\u0003\u0004 but nothing else")],
    ["data before the archive (jszip would read around it)", () => zipArchive([{ name: "a.xml", content: "<a/>" }], { prefix: Buffer.from("junk") })],
    ["a cut-off archive", () => zipArchive([{ name: "a.xml", content: "<a/>".repeat(100) }]).subarray(0, 60)],
  ])("refuse %s", (_label, bytes) => {
    expect(() => listZipEntries(bytes())).toThrow(ZipFormatError);
  });
});

describe("assertDocxWithinLimits", () => {
  test("passes a real document and says what it holds", async () => {
    const counts = assertDocxWithinLimits("story.docx", await wordDocx(200));
    // Its own 200, and the few in the notes' separators.
    expect(counts.paragraphs).toBeGreaterThanOrEqual(200);
    expect(counts.paragraphs).toBeLessThan(210);
    expect(counts.elements).toBeGreaterThan(200 * 4);
  });

  test("refuses a document declaring more than the part limit, before unpacking it", () => {
    // The QA's bomb: 100 KB that unpacks to 34 MB of empty paragraphs.
    const bomb = docxArchive({ content: documentXml("<w:p><w:r><w:t>a</w:t></w:r></w:p>".repeat(1_000_000)) });
    expect(bomb.byteLength).toBeLessThan(200_000);
    const error = refusal(() => assertDocxWithinLimits("bomb.docx", bomb));
    expect(error.code).toBe("too_big");
    expect(error.userMessage).toContain(`"bomb.docx" holds a part (its text, or an image) that unpacks to more than ${MAX_DOCX_PART_BYTES / MB} MB`);
  });

  test("refuses a document that lies about its size, when the unpacking passes the limit", () => {
    const liar = docxArchive({ content: documentXml("<w:p/>") + " ".repeat(MAX_DOCX_PART_BYTES), declaredSize: 1_000 });
    const error = refusal(() => assertDocxWithinLimits("liar.docx", liar));
    expect(error.code).toBe("too_big");
    expect(error.userMessage).toContain(`more than ${MAX_DOCX_PART_BYTES / MB} MB`);
  });

  test("refuses parts that together unpack past the total limit, however they declare it", () => {
    const part = " ".repeat(MAX_DOCX_PART_BYTES - 1);
    const padded = docxArchive({ content: documentXml("<w:p/>") }, [
      { name: "word/media/a.bin", content: part, declaredSize: 1 },
      { name: "word/media/b.bin", content: part, declaredSize: 1 },
      { name: "word/media/c.bin", content: part, declaredSize: 1 },
    ]);
    const error = refusal(() => assertDocxWithinLimits("padded.docx", padded));
    expect(error.code).toBe("too_big");
    expect(error.userMessage).toContain(`"padded.docx" unpacks to more than ${MAX_DOCX_UNPACKED_BYTES / MB} MB`);
  });

  test("refuses more paragraphs than the limit, wherever they are", () => {
    const paragraphs = "<w:p/>".repeat(MAX_DOCX_PARAGRAPHS / 2 + 1);
    // Half in the document, half in a part the relationships could make the main one.
    const crowded = docxArchive({ content: documentXml(paragraphs) }, [{ name: "word/other.xml", content: documentXml(paragraphs) }]);
    const error = refusal(() => assertDocxWithinLimits("crowded.docx", crowded));
    expect(error.code).toBe("too_complex");
    expect(error.userMessage).toBe(
      `"crowded.docx" has more than ${MAX_DOCX_PARAGRAPHS.toLocaleString("en-US")} paragraphs; an article has far fewer. Split it into separate articles, or copy the article's text and paste it.`,
    );
  });

  test("refuses more XML elements than the limit, in any namespace", () => {
    const runs = "<x:r xmlns:x='urn:x'><x:t>a</x:t></x:r>".repeat(MAX_DOCX_XML_ELEMENTS / 2);
    const error = refusal(() => assertDocxWithinLimits("runs.docx", docxArchive({ content: documentXml(`<w:p>${runs}</w:p>`) })));
    expect(error.code).toBe("too_complex");
    expect(error.userMessage).toContain(`more than ${MAX_DOCX_XML_ELEMENTS.toLocaleString("en-US")} pieces of text and formatting`);
  });

  test("passes a document at the paragraph limit", () => {
    const counts = assertDocxWithinLimits("long.docx", docxArchive({ content: documentXml("<w:p/>".repeat(MAX_DOCX_PARAGRAPHS)) }));
    expect(counts.paragraphs).toBe(MAX_DOCX_PARAGRAPHS);
  });
});
