import { parseHTML } from "linkedom";
import { looksLikeByline } from "./byline-line";

export { looksLikeByline };

export type ArticleLead = {
  /** The article HTML without the headline and byline lines it started with. */
  html: string;
  /** The leading H1's text, when the article started with one. */
  title?: string;
  /** The leading "By …" line, as written ("By Sam Writer"), when there was one. */
  byline?: string;
};

/** The element's text, white space collapsed. */
const textOf = (element: Element): string => (element.textContent ?? "").replace(/\s+/g, " ").trim();

const normal = (text: string): string => text.replace(/\s+/g, " ").trim().toLowerCase();

/**
 * Whether the article's first block is its headline: an H1, or an H2 that was an
 * H1 on the page or names the page's title (Readability turns every H1 into an
 * H2, and a title may carry the site's name: "Bridge repairs late | City News").
 */
function isHeadline(element: Element, hints: readonly string[]): boolean {
  if (element.tagName === "H1") return true;
  if (element.tagName !== "H2") return false;
  const heading = normal(textOf(element));
  return hints.map(normal).some((hint) => hint.length > 0 && (hint.includes(heading) || heading.includes(hint)));
}

/**
 * Lifts an imported article's headline and byline out of its text, where they
 * are not article text (the finder would read them as claims, and the toolbar
 * cannot edit an H1): a leading H1 becomes the title, a "By …" line right after
 * it (or leading, with no H1) becomes the byline, and any H1 left further down
 * becomes an H2. `headlineHints` (the page's title and H1s) are for HTML whose
 * H1s are already H2s. The caller decides whether the title and byline fill the form.
 */
export function liftArticleLead(html: string, headlineHints: readonly string[] = []): ArticleLead {
  // Parsed here rather than with readable.ts's parseDocument, which imports this file.
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const body = document.body;
  const blocks = [...body.children].filter((element) => textOf(element).length > 0);
  const lead: Omit<ArticleLead, "html"> = {};
  let next = 0;
  if (blocks[next] && isHeadline(blocks[next], headlineHints)) {
    lead.title = textOf(blocks[next]);
    blocks[next].remove();
    next += 1;
  }
  const line = blocks[next];
  if (line?.tagName === "P" && looksLikeByline(textOf(line))) {
    lead.byline = textOf(line);
    line.remove();
  }
  for (const heading of [...body.querySelectorAll("h1")]) {
    const h2 = document.createElement("h2");
    h2.innerHTML = heading.innerHTML;
    heading.replaceWith(h2);
  }
  // Nothing lifted and no H1 renamed: keep the HTML byte for byte.
  if (lead.title === undefined && lead.byline === undefined && !/<h1[\s>]/i.test(html)) return { html };
  // A file that is only a headline keeps it as text, so the import is not empty.
  if (textOf(body).length === 0) return { html, ...lead };
  return { html: body.innerHTML.trim(), ...lead };
}
