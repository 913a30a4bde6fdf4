import {
  CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, EndnoteReferenceRun, FootnoteReferenceRun,
  HeadingLevel, InsertedTextRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun,
} from "docx";
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { importFile } from "./import-file";

// Files from the QA pass (lib/intake/fixtures), imported as an editor would.
const bytesOf = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const importFixture = (name: string) => importFile(name, bytesOf(name));
const utf8 = (text: string) => new TextEncoder().encode(text);

/** The paragraphs' and list items' text, one per block, tags and entities gone. */
function blocks(html: string): string[] {
  return html
    .split(/<\/(?:p|li|h\d)>/)
    .map((block) => block.replace(/<[^>]+>/g, "").replace(/&#160;|&nbsp;/g, "\u00a0").replace(/&amp;/g, "&").trim())
    .filter(Boolean);
}

describe("Word saved as a web page", () => {
  test("the headline and byline go to their fields; the text reads with changes accepted, without review marks or bullets", async () => {
    const result = await importFixture("word-saved.htm");
    expect(result).toMatchObject({ title: "Rail strike to cost economy £200m a day", byline: "By Priya Raman" });
    expect(blocks(result.html)).toEqual([
      "Train drivers will strike for four days next week, the union Aslef said, in a dispute over a 3.5% pay offer.",
      "The Centre for Economics and Business Research estimates each day of action costs £200m.",
      "About 40,000 services will be cancelled.",
      "Commuters in the South East will be hit hardest.",
    ]);
    expect(result.html).toMatch(/<ul><li>.*About 40,000.*<\/li><li>.*Commuters.*<\/li><\/ul>/);
  });
});

describe("Google Docs exported as HTML", () => {
  test("title and byline lifted; comments and footnotes gone; bold, italic and the real link kept", async () => {
    const result = await importFixture("gdocs-export.html");
    expect(result).toMatchObject({ title: "School meals scheme reaches 1.2 million pupils", byline: "By Lena Novak" });
    expect(result.html).not.toMatch(/\[a\]|\[1\]|Lena|DfE press release|google\.com\/url/);
    expect(result.html).toContain("said on Monday.</p>");
    expect(result.html).toContain("said <strong>Education Secretary Priya Shah</strong>, who announced the <em>expansion</em>");
    expect(result.html).toContain('<a href="https://www.gov.uk/government/statistics/school-meals-2026" rel="noopener noreferrer nofollow">official statistics</a>');
    expect(result.html).toContain("<h2>Take-up</h2>");
  });
});

/** A Word document shaped like the QA's bridge.docx: Title style, notes, a comment, a revision, a table, soft hyphens. */
async function bridgeDocx(): Promise<Uint8Array> {
  const P = (...runs: (string | TextRun | FootnoteReferenceRun | EndnoteReferenceRun)[]) =>
    new Paragraph({ children: runs.map((run) => (typeof run === "string" ? new TextRun(run) : run)) });
  const cell = (text: string) => new TableCell({ children: [P(text)] });
  const document = new Document({
    footnotes: { 1: { children: [P("Audit of the Harbour Bridge refurbishment, November 2026, p. 12.")] } },
    comments: { children: [{ id: 0, author: "Ed Itor", date: new Date("2026-12-01T10:00:00Z"), children: [P("Source for this? Check.")] }] },
    sections: [{
      children: [
        new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun("Bridge repairs run 40% over budget")] }),
        P("By Sam Writer and Ana P\u00e9rez"),
        P("The refurbishment will cost \u00a348.2m, according to an audit published on Tuesday.", new FootnoteReferenceRun(1)),
        P("Steel prices rose 27 per cent.", new EndnoteReferenceRun({ children: [P("ONS producer prices.")] })),
        new Paragraph({ children: [
          new TextRun("Acme employed "),
          new DeletedTextRun({ text: "300", id: 1, author: "Ed Itor", date: "2026-12-01T10:00:00Z" }),
          new InsertedTextRun({ text: "320", id: 2, author: "Ed Itor", date: "2026-12-01T10:00:00Z" }),
          new TextRun(" workers."),
        ] }),
        new Paragraph({ children: [new CommentRangeStart(0), new TextRun("Traffic fell by a third."), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })] }),
        new Table({ rows: [["Year", "Budget"], ["2023", "\u00a334.5m"]].map((row) => new TableRow({ children: row.map(cell) })) }),
        P("The con\u00adtrac\u00adtor\u2019s chief executive, Tom Reyes, said so."),
      ],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

describe("a .docx", () => {
  test("its Title-styled headline is the title and its By line the byline", async () => {
    const result = await importFile("bridge.docx", await bridgeDocx());
    expect(result).toMatchObject({ title: "Bridge repairs run 40% over budget", byline: "By Sam Writer and Ana P\u00e9rez" });
  });

  test("notes and their markers, comments and deletions stay out; tables read by row; soft hyphens go", async () => {
    const text = blocks((await importFile("bridge.docx", await bridgeDocx())).html);
    expect(text).toEqual([
      "The refurbishment will cost \u00a348.2m, according to an audit published on Tuesday.",
      "Steel prices rose 27 per cent.",
      "Acme employed 320 workers.",
      "Traffic fell by a third.",
      "Year | Budget",
      "2023 | \u00a334.5m",
      "The contractor\u2019s chief executive, Tom Reyes, said so.",
    ]);
  });
});

describe("tables", () => {
  test.each([
    ["table.html", ["Service | 2025 | 2026", "Social care | £120m | £141m", "Roads | £38m | £35m", "Libraries | £9m | £7m"]],
    ["table.md", ["Service | 2025 | 2026", "Social care | 120m | 141m", "Roads | 38m | 35m"]],
  ])("%s: one paragraph per row, cells separated", async (name, rows) => {
    const text = blocks((await importFixture(name)).html);
    expect(text.filter((block) => block.includes("|"))).toEqual(rows);
    expect(text.at(-1)).toMatch(/^Council tax will rise by 4\.99%/);
  });
});

describe("plain text", () => {
  test("a hard-wrapped .txt (CRLF, blank lines between paragraphs) keeps its paragraphs and loses the wraps", async () => {
    expect(new TextDecoder().decode(bytesOf("wrapped.txt"))).toContain("since\r\nApril 2020");
    const result = await importFixture("wrapped.txt");
    expect(result.html).toBe(
      "<p>Factory output fell 2.3% in November, the steepest monthly drop since April 2020, the Office for National Statistics said on Friday. Car production was down 11% as two plants in the Midlands closed for retooling.</p>\n" +
      "<p>The chancellor said the figures were &quot;disappointing&quot; but insisted that the economy would grow by 1.5% next year.</p>",
    );
  });

  test("soft hyphens, zero-width spaces and word joiners leave a .txt; joiners in emoji stay", async () => {
    const result = await importFile("notes.txt", utf8("The con\u00adtrac\u00adtor\u200b said\u2060 so 👩\u200d💻."));
    expect(result.html).toBe("<p>The contractor said so 👩\u200d💻.</p>");
  });
});

describe("encodings", () => {
  test("an .html file declaring windows-1252 in a <meta> is read in it", async () => {
    const result = await importFixture("latin1-meta.html");
    expect(result.title).toBe("Café prices up 12%");
    expect(result.byline).toBe("By Renée Dupré");
    expect(result.html).toContain("“Customers are noticing,” said Renée Dupré");
    expect(result.html).toContain("the Café Owners’ Association");
    expect(result.html).not.toMatch(/\ufffd|[\u0080-\u009f]/);
  });
});
