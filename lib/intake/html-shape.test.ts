import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { refusal } from "./test-support/refusal";
import { assertDocumentReadable, assertMarkupReadable, measureDocument } from "./html-shape";
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS, MAX_HTML_NESTING_WORK } from "./limits";
import { extractReadableArticle } from "./readable";

const sentence = "The council approved the budget by seven votes to two on Tuesday night after a long debate about the ferry terminal.";
const page = (body: string) => `<!doctype html><html><head><title>Budget</title></head><body>${body}</body></html>`;
/** <html> is 1 and <body> 2, so the innermost <p> is at depth `depth`. */
const nestedPage = (depth: number) => page("<div>".repeat(depth - 3) + `<p>${sentence} ${sentence}</p>` + "</div>".repeat(depth - 3));

describe("measureDocument", () => {
  test("depth, elements and nesting work of a parsed page", () => {
    const { document } = parseHTML("<html><head></head><body><div><p>a</p></div></body></html>");
    // html 1, head 2, body 2, div 3, p 4: work 1 + 4 + 4 + 9 + 16.
    expect(measureDocument(document)).toEqual({ depth: 4, elements: 5, nestingWork: 34 });
  });

  test("walks 200,000 nested elements without overflowing the stack", () => {
    const { document } = parseHTML("<html><body></body></html>");
    let parent: Element = document.body;
    for (let i = 0; i < 200_000; i++) parent = parent.appendChild(document.createElement("div"));
    expect(measureDocument(document).depth).toBe(MAX_HTML_DEPTH + 1);
  });
});

describe("extractReadableArticle refuses pages too deep or too big to read", () => {
  test(`a page ${MAX_HTML_DEPTH} levels deep is read`, () => {
    expect(extractReadableArticle(nestedPage(MAX_HTML_DEPTH)).html).toContain("seven votes to two");
  });

  test.each([MAX_HTML_DEPTH + 1, 2_000, 200_000])("a page %i levels deep is refused, with what to do", (depth) => {
    // Without the limit, 2,000 levels took 80 s and 200,000 did not finish:
    // finishing at all is the test of speed.
    const error = refusal(() => extractReadableArticle(nestedPage(depth)));
    expect(error.code).toBe("too_complex");
    expect(error.userMessage).toBe(
      `This page is built too deeply to read as an article (more than ${MAX_HTML_DEPTH} levels). Copy the article's text and paste it instead.`,
    );
  });

  test("a page with too many elements is refused", () => {
    const error = refusal(() => extractReadableArticle(page(`<p>${sentence}</p>`.repeat(MAX_HTML_ELEMENTS))));
    expect(error.code).toBe("too_complex");
    expect(error.userMessage).toContain(`more than ${MAX_HTML_ELEMENTS.toLocaleString("en-US")} HTML elements`);
  });

  test("a page deep throughout is refused, though no element passes the depth limit", () => {
    // 150 levels around 500 paragraphs: Readability reads each paragraph's
    // text once for every pair of blocks above it (seconds, growing fast).
    const html = page("<div>".repeat(150) + `<p>${sentence}</p>`.repeat(500) + "</div>".repeat(150));
    const shape = measureDocument(parseHTML(html).document);
    expect(shape.depth).toBeLessThanOrEqual(MAX_HTML_DEPTH);
    expect(shape.nestingWork).toBeGreaterThan(MAX_HTML_NESTING_WORK);
    const error = refusal(() => extractReadableArticle(html));
    expect(error.code).toBe("too_complex");
    expect(error.userMessage).toBe("This page is nested too deeply throughout to read as an article. Copy the article's text and paste it instead.");
  });

  test("the markup is refused before it is parsed, the parsed document before it is read", () => {
    const deep = nestedPage(MAX_HTML_DEPTH + 1);
    expect(refusal(() => assertMarkupReadable(deep, '"deep.html"')).userMessage).toMatch(/^"deep\.html" is built too deeply/);
    expect(refusal(() => assertDocumentReadable(parseHTML(deep).document, "This page")).code).toBe("too_complex");
    expect(() => assertMarkupReadable(nestedPage(MAX_HTML_DEPTH), "This page")).not.toThrow();
  });
});
