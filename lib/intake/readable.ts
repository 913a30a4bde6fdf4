import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { IntakeError } from "./errors";
import { assertDocumentReadable, assertMarkupReadable } from "./html-shape";
import { liftArticleLead } from "./lead";
import { cleanOfficeHtml, type OfficeSource } from "./office-html";
import { dropPageFurniture } from "./page-furniture";
import { sanitizeArticleHtml, type SanitizeOptions } from "./sanitize";

/** Below this many characters of text, a page is not treated as an article. */
export const MIN_ARTICLE_TEXT_CHARS = 140;

export type ReadableArticle = {
  title: string;
  byline: string | null;
  /** Sanitized article HTML, ready for the editor. */
  html: string;
  /** Characters of readable text, to check against the article limit. */
  textLength: number;
};

export type ReadableOptions = SanitizeOptions & {
  /** Names the input in errors: "This page" (the default) or a quoted file name. */
  subject?: string;
};

/**
 * Parses an HTML document with linkedom and makes its links absolute against
 * `url` (linkedom has no base URI for Readability to resolve them with).
 * Refuses, as IntakeError "too_complex", markup nested too deeply or with too
 * many elements to parse or read in reasonable time, before parsing it and
 * again before anything walks the tree (html-shape.ts).
 */
export function parseDocument(html: string, url?: string, subject = "This page"): Document {
  // linkedom needs a whole document; a fragment would leave <body> empty.
  const whole = /<(html|body)[\s>]/i.test(html);
  const markup = whole ? html : `<!doctype html><html><body>${html}</body></html>`;
  assertMarkupReadable(markup, subject);
  const { document } = parseHTML(markup);
  assertDocumentReadable(document, subject);
  if (!url) return document;
  for (const link of [...document.querySelectorAll("a[href]")]) {
    try {
      link.setAttribute("href", new URL(link.getAttribute("href") ?? "", url).href);
    } catch {
      link.removeAttribute("href");
    }
  }
  return document;
}

/**
 * Parses imported HTML (links made absolute against `url`) and cleans what a
 * word processor left in it, before Readability or the sanitizer drop the
 * styles and classes that say what is a list, a comment or a note
 * (office-html.ts, the same cleanup a paste in the editor gets).
 */
export function parseImportedHtml(html: string, url?: string, source: OfficeSource = "page", subject?: string): Document {
  return cleanOfficeHtml(html, (markup) => parseDocument(markup, url, subject), source);
}

/** Text length of sanitized HTML, as the editor will count it. `subject` as for parseDocument. */
export function htmlTextLength(html: string, subject?: string): number {
  const document = parseDocument(html, undefined, subject);
  return (document.body.textContent ?? "").replace(/\s+/g, " ").trim().length;
}

/**
 * Extracts the readable article from a web page with @mozilla/readability
 * over linkedom, after parseImportedHtml's cleanup: title, byline and the
 * main text as sanitized HTML (links made absolute against `url`). Throws
 * IntakeError "not_article" when the page has no readable article text, e.g.
 * a home page, search or login page, and "too_complex" when it is too deep or
 * big to read (parseDocument).
 */
export function extractReadableArticle(html: string, url?: string, options: ReadableOptions = {}): ReadableArticle {
  const { subject, ...sanitizeOptions } = options;
  const document = parseImportedHtml(html, url, "page", subject);
  const fallbackTitle = (document.querySelector("title")?.textContent ?? "").trim();
  // Read before Readability, which renames every H1 to H2.
  const headings = [...document.querySelectorAll("h1")].map((h1) => h1.textContent ?? "");
  dropPageFurniture(document);
  const parsed = new Readability(document).parse();
  // As with imported files, a headline and byline left in the text go to their fields.
  const lead = parsed?.content ? liftArticleLead(sanitizeArticleHtml(parsed.content, sanitizeOptions), [parsed.title || fallbackTitle, ...headings]) : { html: "" };
  const clean = lead.html;
  const textLength = clean ? htmlTextLength(clean) : 0;
  if (textLength < MIN_ARTICLE_TEXT_CHARS) {
    throw new IntakeError(
      "not_article",
      "No article text was found on that page. It may be a home page, a list of links or a page behind a login. Open the article itself, or copy its text and paste it into the editor.",
    );
  }
  // Readability may drop the headline from the text and name the article by
  // the <title>, site name and all ("Café prices up 12% – Gazette"); the
  // page's only H1, when that title starts with it, is the headline without it.
  const pageTitle = (parsed?.title ?? "").trim();
  const onlyHeading = headings.length === 1 ? headings[0].replace(/\s+/g, " ").trim() : "";
  return {
    title: lead.title || (onlyHeading && pageTitle.startsWith(onlyHeading) ? onlyHeading : pageTitle) || fallbackTitle,
    byline: parsed?.byline?.trim() || lead.byline || null,
    html: clean,
    textLength,
  };
}
