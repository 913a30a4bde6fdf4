import { classesOf, renameElement } from "./dom-helpers";
import { googleDocsNoteBlock } from "./notes";

/**
 * Google Docs' HTML export (File → Download → Web page) and its clipboard.
 * The export writes bold and italic as CSS classes in a <style> block, which
 * Readability and the sanitizer drop with the styles; it puts comments (with
 * "[a]" markers) at the end of the text; it marks the headline with the
 * "title" class, not an H1; and it routes every link through a Google redirect.
 */

const DOCS_SIGNS = /docs-internal-guid|lst-kix_|href=["']?#(?:cmnt|ftnt)\d|class=["'][^"']*\bdoc-content\b/i;

/** Whether HTML source came out of Google Docs (an export or a copy). */
export function isGoogleDocsHtml(html: string): boolean {
  return DOCS_SIGNS.test(html);
}

/** Drops comment markers ("[a]", linking to #cmnt1) and the comments they point to. */
export function dropGoogleDocsComments(document: Document): void {
  for (const anchor of [...document.querySelectorAll('a[href^="#cmnt_ref"]')]) {
    if (anchor.isConnected) googleDocsNoteBlock(anchor).remove();
  }
  for (const marker of [...document.querySelectorAll('a[href^="#cmnt"]')]) marker.remove();
}

// A rule for one class, as the export writes them: ".c1{font-weight:700;…}".
// The look-behind keeps ".lst-kix_a1-0>li:before{…}" and the like out.
const CLASS_RULE = /(?<=^|[};])\s*\.([\w-]+)\s*\{([^}]*)\}/g;

function classStyles(document: Document): { bold: Set<string>; italic: Set<string> } {
  const css = [...document.querySelectorAll("style")].map((style) => style.textContent ?? "").join("\n");
  const bold = new Set<string>();
  const italic = new Set<string>();
  for (const [, name, body] of css.matchAll(CLASS_RULE)) {
    const declarations = body.toLowerCase().replace(/\s+/g, "");
    const weight = /font-weight:(\w+)/.exec(declarations)?.[1];
    if (weight === "bold" || weight === "bolder" || Number(weight) >= 600) bold.add(name);
    if (/font-style:italic/.test(declarations)) italic.add(name);
  }
  return { bold, italic };
}

/**
 * Turns spans whose classes the export's <style> makes bold or italic into
 * <strong>/<em>. Headings are bold by their own style, so no <strong> there.
 */
export function applyGoogleDocsClassStyles(document: Document): void {
  const { bold, italic } = classStyles(document);
  if (bold.size === 0 && italic.size === 0) return;
  for (const span of [...document.querySelectorAll("span[class]")]) {
    const names = classesOf(span);
    const inHeading = span.closest("h1, h2, h3, h4, h5, h6, p.title, p.subtitle") !== null;
    for (const [applies, tagName] of [[names.some((n) => italic.has(n)), "em"], [!inHeading && names.some((n) => bold.has(n)), "strong"]] as const) {
      if (!applies || span.childNodes.length === 0) continue;
      const wrapper = document.createElement(tagName);
      wrapper.append(...span.childNodes);
      span.appendChild(wrapper);
    }
  }
}

/** The export's "Title" paragraph is the headline: an H1, which the import lifts into the title. */
export function liftGoogleDocsTitle(document: Document): void {
  for (const paragraph of [...document.querySelectorAll("p.title")]) renameElement(paragraph, "h1");
}

const GOOGLE_HOST = /^(?:www\.)?google\.[a-z.]+$/i;

/**
 * Points links that go through Google's redirect
 * ("https://www.google.com/url?q=REAL&sa=D…", as in every Docs export) at
 * the address they lead to, so the article cites the source, not Google.
 */
export function unwrapGoogleRedirects(document: Document): void {
  for (const link of [...document.querySelectorAll("a[href]")]) {
    let url: URL;
    try {
      url = new URL(link.getAttribute("href") ?? "");
    } catch {
      continue;
    }
    if (!GOOGLE_HOST.test(url.hostname) || url.pathname !== "/url") continue;
    const target = url.searchParams.get("q") ?? url.searchParams.get("url");
    if (target && /^https?:\/\//i.test(target)) link.setAttribute("href", target);
  }
}
