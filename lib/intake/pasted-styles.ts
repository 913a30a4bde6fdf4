import { parseHTML } from "linkedom";
import { rebuildWordLists } from "./word-html";

// Google Docs marks bold and italic with inline styles on spans, and Word
// writes list items as styled paragraphs; neither survives a sanitizer that
// drops spans and styles. This pass rewrites them into plain semantic tags
// first. It runs only when the markup carries such styles.
const STYLE_HINT = /style\s*=\s*["']?[^"'>]*(font-weight|font-style|mso-list)/i;

function styleOf(element: Element): string {
  return (element.getAttribute("style") ?? "").toLowerCase().replace(/\s+/g, "");
}

function isBold(style: string): boolean {
  const weight = /font-weight:(\w+)/.exec(style)?.[1];
  return weight === "bold" || weight === "bolder" || (weight !== undefined && Number(weight) >= 600);
}

/** Wraps a styled span's children in <strong>/<em> and removes the span. */
function rewriteSpan(document: Document, span: Element): void {
  const style = styleOf(span);
  let content: Node[] = [...span.childNodes];
  for (const [applies, tag] of [[/font-style:italic/.test(style), "em"], [isBold(style), "strong"]] as const) {
    if (!applies) continue;
    const wrapper = document.createElement(tag);
    for (const node of content) wrapper.appendChild(node);
    content = [wrapper];
  }
  span.replaceWith(...content);
}

/**
 * Rewrites inline-styled bold/italic spans (Google Docs) and Word list
 * paragraphs into semantic HTML, leaving everything else for the sanitizer.
 */
export function normalizePastedStyles(html: string): string {
  if (!STYLE_HINT.test(html)) return html;
  // Word's clipboard holds a whole document; anything else is a fragment.
  const whole = /<(html|body)[\s>]/i.test(html);
  const { document } = parseHTML(whole ? html : `<!doctype html><html><body>${html}</body></html>`);
  // Imports have had this done already (office-html.ts); direct callers get it here.
  rebuildWordLists(document);
  for (const span of [...document.querySelectorAll("span[style]")]) rewriteSpan(document, span);
  return document.body.innerHTML;
}
