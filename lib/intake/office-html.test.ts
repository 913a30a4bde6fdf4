import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { cleanOfficeHtml, type OfficeSource } from "./office-html";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const parse = (html: string) => parseHTML(html).document as unknown as Document;
const cleaned = (html: string, source: OfficeSource = "page") => cleanOfficeHtml(html, parse, source).body;
const collapse = (text: string | null) => (text ?? "").replace(/\s+/g, " ").trim();
/** The text as a reader sees it: blocks (and list items) apart. */
const textOf = (root: Element) =>
  collapse([...root.querySelectorAll("p, h1, h2, h3, li")].filter((b) => !b.querySelector("p")).map((b) => b.textContent).join(" ") || root.textContent);

describe("Word saved as a web page (fixtures/word-saved.htm)", () => {
  const body = cleaned(fixture("word-saved.htm"));

  test("reads as the text with changes accepted: no deletions, comment labels, comments, note markers or notes", () => {
    const text = textOf(body);
    expect(text).toContain("strike for four days next week");
    expect(text).not.toMatch(/threefour|three|\[EI1\]|\[1\]|CEBR figure|Aslef ballot result|·/);
  });

  test("its Title paragraph is an H1 and its list paragraphs are a list without bullet glyphs", () => {
    expect(body.querySelector("h1")?.textContent).toBe("Rail strike to cost economy £200m a day");
    expect([...body.querySelectorAll("ul > li")].map((li) => textOf(li))).toEqual([
      "About 40,000 services will be cancelled.",
      "Commuters in the South East will be hit hardest.",
    ]);
  });

  test("a paste keeps the note's text (only its marker goes); an import drops it", () => {
    expect(textOf(cleaned(fixture("word-saved.htm"), "clipboard"))).toContain("Aslef ballot result, November 2026.");
  });
});

describe("Google Docs exported as HTML (fixtures/gdocs-export.html)", () => {
  const body = cleaned(fixture("gdocs-export.html"));

  test("comments, their [a] markers, footnote markers and the footnotes go", () => {
    const text = textOf(body);
    expect(text).toContain("said on Monday. “Every child");
    expect(text).toContain("expansion in May.");
    expect(text).not.toMatch(/\[a\]|\[1\]|Lena:|DfE press release/);
  });

  test("class-styled bold and italic become strong and em; a heading gets no strong", () => {
    expect(body.querySelector("strong")?.textContent).toBe("Education Secretary Priya Shah");
    expect(body.querySelector("em")?.textContent).toBe("expansion");
    expect(body.querySelector("h1 strong")).toBeNull();
  });

  test("the title paragraph is an H1, and links point past Google's redirect", () => {
    expect(body.querySelector("h1")?.textContent).toBe("School meals scheme reaches 1.2 million pupils");
    expect(body.querySelector("a")?.getAttribute("href")).toBe("https://www.gov.uk/government/statistics/school-meals-2026");
  });
});

describe("tables become a paragraph per row", () => {
  test.each([
    ["a data table with a header", "<table><thead><tr><th>Service</th><th>2025</th></tr></thead><tbody><tr><td>Roads</td><td>£38m</td></tr></tbody></table>",
      ["Service | 2025", "Roads | £38m"]],
    ["cells holding one paragraph each, as mammoth writes them", "<table><tr><td><p>Year</p></td><td><p><strong>Spent</strong></p></td></tr><tr><td><p>2023</p></td><td><p>£12.1m</p></td></tr></table>",
      ["Year | Spent", "2023 | £12.1m"]],
    ["a caption, empty cells and empty rows", "<table><caption>Budget</caption><tr><td></td><td>2025</td></tr><tr><td> </td></tr><tr><td>Roads</td><td>£38m</td></tr></table>",
      ["Budget", "2025", "Roads | £38m"]],
  ])("%s", (_label, html, rows) => {
    const body = cleaned(html);
    expect([...body.children].map((p) => `${p.tagName}:${textOf(p)}`)).toEqual(rows.map((row) => `P:${row}`));
  });

  test("formatting inside a cell is kept", () => {
    expect(cleaned("<table><tr><td><p><strong>Spent</strong></p></td><td>£1m</td></tr></table>").innerHTML).toBe("<p><strong>Spent</strong> | £1m</p>");
  });

  test("a table used for layout keeps its cells' blocks instead", () => {
    const body = cleaned("<table><tr><td><h2>Story</h2><p>One.</p><p>Two.</p></td><td>Sidebar</td></tr></table>");
    expect([...body.children].map((element) => element.tagName)).toEqual(["H2", "P", "P", "P"]);
    expect(textOf(body)).toBe("Story One. Two. Sidebar");
  });
});

describe("invisible characters", () => {
  test("soft hyphens, zero-width spaces, word joiners and stray BOMs go; ZWJ and ZWNJ stay", () => {
    const body = cleaned("<p>The con\u00adtrac\u00adtor said\u200b no\u2060w \ufeffthat 👩\u200d💻 and می\u200cخواهم.</p>");
    expect(body.textContent).toBe("The contractor said now that 👩\u200d💻 and می\u200cخواهم.");
  });
});

test("a page that is not from Word keeps its <del> and <ins> text and footnote-like links", () => {
  const body = cleaned('<article><p>Fares rose <del>10%</del> <ins>12%</ins>.<a href="#footnote-1">[1]</a></p></article>');
  expect(textOf(body)).toBe("Fares rose 10% 12%.[1]");
});
