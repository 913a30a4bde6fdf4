import { Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from "docx";
import { describe, expect, test } from "vitest";
import { randomBytes } from "node:crypto";
import { deflateRawSync } from "node:zlib";
import { IntakeError } from "./errors";
import { importFile } from "./import-file";
import { MAX_DOCX_PARAGRAPHS, MAX_FILE_BYTES, MAX_HTML_DEPTH } from "./limits";
import { docxArchive, documentXml } from "./test-support/zip";

const utf8 = (text: string) => new TextEncoder().encode(text);

async function realDocx(extra: Paragraph[] = []): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: "Ferry fares to double", heading: HeadingLevel.HEADING_1 }),
          ...extra,
          new Paragraph({
            children: [new TextRun("Fares will rise to "), new TextRun({ text: "$5.50", bold: true }), new TextRun(" in June.")],
          }),
          new Paragraph({ text: "What riders say", heading: HeadingLevel.HEADING_1 }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** A valid zip holding one text file: a zip, but not a Word document. */
function zipWithoutWord(): Uint8Array {
  const name = Buffer.from("notes.txt");
  const data = deflateRawSync(Buffer.from("just notes"));
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(10, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(10, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + data.length, 16);
  return new Uint8Array(Buffer.concat([local, name, data, central, name, end]));
}

const articlePage = `<!doctype html><html><head><title>Bridge repairs late | City News</title></head><body>
<nav><a href="/">Home</a> <a href="/sports">Sports</a></nav>
<article><h1>Bridge repairs late</h1><p class="byline">By Sam Writer</p>
${"<p>The repairs on the Harbor Bridge are now eighteen months behind schedule, according to the transport department, which blamed supply delays and a shortage of welders across the region.</p>".repeat(4)}
</article><footer>Leave a comment</footer><script>alert(1)</script></body></html>`;

describe("importFile", () => {
  test("a real .docx: its headline becomes the title, not text; bold text and later headings stay", async () => {
    const result = await importFile("ferry.docx", await realDocx());
    expect(result.title).toBe("Ferry fares to double");
    expect(result.byline).toBeUndefined();
    expect(result.html).toBe("<p>Fares will rise to <strong>$5.50</strong> in June.</p><h2>What riders say</h2>");
  });

  test("a real .docx with a byline under its headline", async () => {
    const result = await importFile("ferry.docx", await realDocx([new Paragraph({ children: [new TextRun("By Sam Writer")] })]));
    expect(result).toMatchObject({ title: "Ferry fares to double", byline: "By Sam Writer" });
    expect(result.html).not.toContain("Sam Writer");
  });

  test("a .docx with an image: the text comes through, the image does not", async () => {
    // A 1×1 PNG.
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
    const image = new Paragraph({ children: [new ImageRun({ type: "png", data: png, transformation: { width: 10, height: 10 } })] });
    const result = await importFile("ferry.docx", await realDocx([image]));
    expect(result.html).toBe("<p>Fares will rise to <strong>$5.50</strong> in June.</p><h2>What riders say</h2>");
  });

  test("a .docx placing one large image 500 times imports without copying it 500 times", async () => {
    // mammoth's default wrote the image into the HTML at every place: 700 MB here.
    const picture =
      '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="Picture"/>' +
      '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
      '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill>' +
      '<a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="rIdImage"/>' +
      "</pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>";
    const relationships =
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rIdImage" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>';
    const file = docxArchive({ content: documentXml(`<w:p><w:r><w:t>Ferry fares will double in June.</w:t></w:r></w:p>${picture.repeat(500)}`) }, [
      { name: "word/_rels/document.xml.rels", content: relationships },
      // 1 MB that does not compress.
      { name: "word/media/image1.png", content: randomBytes(1024 * 1024), stored: true },
    ]);
    expect((await importFile("pictures.docx", file)).html).toBe("<p>Ferry fares will double in June.</p>");
  });

  test("a .docx at the paragraph limit imports", async () => {
    const body = `<w:p><w:r><w:t>Ferry fares will double in June.</w:t></w:r></w:p>${"<w:p/>".repeat(MAX_DOCX_PARAGRAPHS - 1)}`;
    const result = await importFile("long.docx", docxArchive({ content: documentXml(body) }));
    expect(result.html).toBe("<p>Ferry fares will double in June.</p>");
  });

  test("markdown: the leading heading is the title and the By line the byline, neither left in the text", async () => {
    const md = "# Budget vote\n\nBy Sam Writer\n\nThe council approved the budget by 7 votes to 2.\n\n# Reaction\n\nBy March, 40,000 jobs had gone.\n";
    const result = await importFile("budget.md", utf8(md));
    expect(result).toEqual({
      title: "Budget vote",
      byline: "By Sam Writer",
      html: "<p>The council approved the budget by 7 votes to 2.</p>\n<h2>Reaction</h2>\n<p>By March, 40,000 jobs had gone.</p>",
    });
  });

  test("a text file's headline and byline lines go to their fields", async () => {
    const result = await importFile("story.txt", utf8("Rail fares to rise 4.6% in March\n\nBy Sam Writer\n\nFares in England will rise\nby 4.6% in March.\n"));
    expect(result).toEqual({ title: "Rail fares to rise 4.6% in March", byline: "By Sam Writer", html: "<p>Fares in England will rise by 4.6% in March.</p>" });
  });

  test("markdown whose first line is text keeps it, and is not given a title", async () => {
    const result = await importFile("notes.md", utf8("The council met.\n\n## Budget\n\nBy Sam Writer"));
    expect(result).toEqual({ html: "<p>The council met.</p>\n<h2>Budget</h2>\n<p>By Sam Writer</p>" });
  });

  test.each([
    ["markdown", "story.md", "# Heading\n\nSome **bold** and _italic_ and [a link](https://example.org).\n\n<script>alert(1)</script>\n\n- one\n- two",
      '<p>Some <strong>bold</strong> and <em>italic</em> and <a href="https://example.org/" rel="noopener noreferrer nofollow">a link</a>.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>'],
    // With blank lines between paragraphs, a single line break is a soft wrap (text.test.ts).
    ["plain text", "story.txt", "\uFEFFFirst para\nline two\r\n\r\nSecond <para> & more\n\n\n",
      "<p>First para line two</p>\n<p>Second &lt;para&gt; &amp; more</p>"],
    ["an HTML fragment", "clip.htm", '<p onclick="x()">Short <b>clip</b></p><iframe src="https://x"></iframe>', "<p>Short <b>clip</b></p>"],
  ])("%s", async (_label, name, content, expected) => {
    const result = await importFile(name, utf8(content));
    expect(result.html).toBe(expected);
  });

  test("an HTML article page goes through Readability, its headline and byline to their fields", async () => {
    const result = await importFile("page.html", utf8(articlePage));
    expect(result.title).toMatch(/Bridge repairs late/);
    expect(result.byline).toBe("By Sam Writer");
    expect(result.html).toContain("eighteen months behind schedule");
    expect(result.html).not.toMatch(/Sports|Leave a comment|script|Sam Writer|<h1/);
  });

  test("an HTML page whose <title> differs: the headline still leaves the text and names the article; a later H1 is an H2", async () => {
    const page = articlePage.replace("Bridge repairs late | City News", "City News").replace("</article>", "<h1>Timeline</h1><p>Work began in 2021.</p></article>");
    const result = await importFile("page.html", utf8(page));
    expect(result).toMatchObject({ title: "Bridge repairs late", byline: "By Sam Writer" });
    expect(result.html.startsWith("<p>The repairs")).toBe(true);
    expect(result.html).toContain("<h2>Timeline</h2>");
  });

  test.each([
    ["a binary named .docx", "story.docx", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), "not_docx", "is not a readable Word document"],
    ["a zip that is not Word", "story.docx", zipWithoutWord(), "not_docx", "is not a readable Word document"],
    ["an unsupported type", "story.pdf", utf8("%PDF-1.7"), "unsupported_type", "cannot be imported"],
    ["a binary named .txt", "photo.txt", new Uint8Array([0xff, 0xd8, 0xff, 0, 0x10]), "binary_file", "not a text file"],
    ["Windows-1252 text", "old.txt", new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e]), "bad_encoding", "not valid UTF-8"],
    ["an empty file", "empty.md", new Uint8Array(), "empty", "has no text"],
    ["an oversized file", "huge.txt", new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61), "file_too_big", "the limit is 5 MB"],
    ["text over the article limit", "long.txt", utf8("word ".repeat(50_000)), "too_long", "at most 200,000"],
    // The QA's files: minutes of CPU and gigabytes before the limits. Each
    // finishing within the test timeout is the test of speed.
    ["200,000 nested <div>s around a sentence (2.2 MB)", "deep.html", utf8(`<html><body>${"<div>".repeat(200_000)}<p>One sentence.</p>${"</div>".repeat(200_000)}</body></html>`),
      "too_complex", `"deep.html" is built too deeply to read as an article (more than ${MAX_HTML_DEPTH} levels). Copy the article's text and paste it instead.`],
    ["2,000 nested <div>s (22 KB, 80 s before)", "deep.htm", utf8(`${"<div>".repeat(2_000)}<p>One sentence.</p>${"</div>".repeat(2_000)}`),
      "too_complex", "is built too deeply"],
    ["a .docx of 1,000,000 paragraphs (100 KB unpacking to 34 MB)", "bomb.docx", docxArchive({ content: documentXml("<w:p><w:r><w:t>a</w:t></w:r></w:p>".repeat(1_000_000)) }),
      "too_big", '"bomb.docx" holds a part (its text, or an image) that unpacks to more than 25 MB'],
    ["the same, declaring a small size", "liar.docx", docxArchive({ content: documentXml("<w:p><w:r><w:t>a</w:t></w:r></w:p>".repeat(1_000_000)), declaredSize: 5_000 }),
      "too_big", "unpacks to more than 25 MB"],
    ["a .docx of 1,000,000 empty paragraphs (10 KB)", "empty.docx", docxArchive({ content: documentXml("<w:p/>".repeat(1_000_000)) }),
      "too_complex", `more than ${MAX_DOCX_PARAGRAPHS.toLocaleString("en-US")} paragraphs`],
    ["Markdown lists nested 2,000 deep (39 s in marked before)", "deep.md", utf8(Array.from({ length: 2_000 }, (_, i) => `${"  ".repeat(i)}- item`).join("\n")),
      "too_complex", '"deep.md" is nested too deeply to read as an article'],
    ["Markdown with 3,000 list markers on a line (overflowed marked's stack)", "line.md", utf8(`${"- ".repeat(3_000)}item`),
      "too_complex", "is nested too deeply"],
  ])("refuses %s with a clear message", async (_label, name, bytes, code, message) => {
    const error = await importFile(name, bytes).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(IntakeError);
    expect((error as IntakeError).code).toBe(code);
    expect((error as IntakeError).userMessage).toContain(message);
  });
});
