import { elementsOf, tagOf, unwrap } from "@/lib/intake/dom-helpers";
import { cleanOfficeHtml, type ParseHtml } from "@/lib/intake/office-html";

/**
 * Cleans the HTML that Word and Google Docs put on the clipboard before the
 * editor parses it. The editor's schema already drops shapes the desk does not
 * keep (underline, strike-through, code, rules, images), but it cannot tell
 * Word's review markup from article text: a tracked deletion, a comment or its
 * "[JS1]" marker would otherwise become words in the article, and Word's list
 * paragraphs would stay paragraphs that start with "·". Claims are anchored to
 * the article's text, so anything that is not the author's text has to go
 * before it is parsed, not afterwards. That cleanup is shared with file and
 * URL import (lib/intake/office-html.ts); what is here is only for the editor.
 *
 * Pure apart from the parser it is given: the browser passes its DOMParser,
 * unit tests pass linkedom.
 */
export type { ParseHtml };

const browserParse: ParseHtml = (html) => new DOMParser().parseFromString(html, "text/html");

const BLANK = /^[\s\u00a0\u200b\ufeff]*$/;

/** Shapes the schema would drop anyway, rewritten so their words read well. */
function flattenRetiredShapes(document: Document): void {
  for (const element of elementsOf(document)) {
    const t = tagOf(element);
    if (t === "pre") {
      // A code block's lines become one paragraph with line breaks, not one run-on line.
      const p = document.createElement("p");
      (element.textContent ?? "").replace(/\n$/, "").split("\n").forEach((line, i) => {
        if (i > 0) p.appendChild(document.createElement("br"));
        p.appendChild(document.createTextNode(line));
      });
      element.replaceWith(p);
    } else if (t === "hr" || t === "img" || t === "picture" || t === "svg" || t === "video" || t === "audio") {
      element.remove();
    }
  }
}

const TEXT_BLOCKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div"]);
const BREAK_HOSTS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "td", "th", "blockquote", "span", "strong", "em", "b", "i", "a", "font", "u", "s", "sup", "sub"]);

/**
 * Google Docs separates blocks with a bare <br> (a blank line) and leaves an
 * empty paragraph where an image was; Word pads with <p>&nbsp;</p>. None of
 * them is text, and a blank paragraph would be an empty block in the article.
 */
function dropEmptyBlocks(document: Document): void {
  for (const br of elementsOf(document).filter((el) => tagOf(el) === "br")) {
    const parent = br.parentElement;
    // A bare <br> outside any text block would become a paragraph of its own.
    // (Google Docs' whole-paste wrapper is a <b>, so that counts as outside.)
    const wrapper = parent && tagOf(parent) === "b" && (parent.getAttribute("id") ?? "").startsWith("docs-internal-guid");
    if (!parent || wrapper || !BREAK_HOSTS.has(tagOf(parent))) br.remove();
  }
  for (const element of elementsOf(document).reverse()) {
    if (!TEXT_BLOCKS.has(tagOf(element)) || !element.isConnected) continue;
    if (BLANK.test(element.textContent ?? "")) element.remove();
  }
}

/** The addresses an article's links may have (lib/articles/clean-doc.ts keeps no others on save). */
const KEPT_HREF = /^\s*(https?:|mailto:)/i;

/**
 * A link to an address the article cannot keep (relative, ftp:, a file on the
 * writer's disk) loses its link here, its words kept: otherwise the editor shows
 * it as a link and saving quietly drops it.
 */
function unwrapUnkeptLinks(document: Document): void {
  for (const element of elementsOf(document)) if (tagOf(element) === "a" && !KEPT_HREF.test(element.getAttribute("href") ?? "")) unwrap(element);
}

/** Cleans Word / Google Docs clipboard HTML; see the file comment. */
export function cleanPastedHtml(html: string, parse: ParseHtml = browserParse): string {
  const document = cleanOfficeHtml(html, parse, "clipboard");
  unwrapUnkeptLinks(document);
  flattenRetiredShapes(document);
  dropEmptyBlocks(document);
  return document.body.innerHTML.trim();
}
