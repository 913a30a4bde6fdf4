import type { DocNode } from "./doc-text";

/**
 * Server-side cleaning of the editor's JSON before it is stored. The browser's
 * editor already drops what its schema does not know, but the JSON arrives from
 * the network, so the server keeps only the article shapes the desk supports
 * (PRODUCT.md, intake: headings, paragraphs, lists, bold/italic, links; plus
 * block quotes, which the editor offers because articles quote people) and only
 * safe link targets. The editor also runs this on a stored document before it
 * loads it, so documents saved before a shape was retired still open.
 *
 * Retired shapes lose their formatting but never their words: claims are
 * anchored to character offsets in the article's text, so dropping text here
 * would silently move every later claim.
 */
const BLOCKS = new Set(["doc", "paragraph", "heading", "bulletList", "orderedList", "listItem", "blockquote"]);
const INLINE = new Set(["text", "hardBreak"]);
// Underline, strike-through and inline code were kept until PRODUCT.md's list
// was enforced; their text stays and only the mark goes.
const MARKS = new Set(["bold", "italic", "link"]);
const SAFE_HREF = /^(https?:|mailto:)/i;
export const MAX_DOC_DEPTH = 12;

export class InvalidDocumentError extends Error {}

type Mark = NonNullable<DocNode["marks"]>[number];

function cleanMarks(marks: unknown): DocNode["marks"] {
  if (!Array.isArray(marks)) return undefined;
  const kept: Mark[] = [];
  for (const mark of marks) {
    if (!mark || typeof mark !== "object" || !MARKS.has((mark as { type?: string }).type ?? "")) continue;
    const type = (mark as { type: string }).type;
    if (kept.some((k) => k.type === type)) continue;
    if (type === "link") {
      const href = (mark as { attrs?: { href?: unknown } }).attrs?.href;
      if (typeof href !== "string" || !SAFE_HREF.test(href.trim())) continue;
      kept.push({ type, attrs: { href: href.trim() } });
    } else kept.push({ type });
  }
  return kept.length ? kept : undefined;
}

function sameMarks(a: DocNode["marks"], b: DocNode["marks"]): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

/**
 * Joins neighbouring text nodes whose marks became equal once a retired mark
 * was dropped ("a" bold + "b" bold+underline), so the stored JSON stays in the
 * normal form the editor itself would produce.
 */
function mergeText(children: DocNode[]): DocNode[] {
  const out: DocNode[] = [];
  for (const child of children) {
    const last = out[out.length - 1];
    if (child.type === "text" && last?.type === "text" && sameMarks(last.marks, child.marks)) {
      out[out.length - 1] = { ...last, text: (last.text ?? "") + (child.text ?? "") };
    } else out.push(child);
  }
  return out;
}

/**
 * A code block becomes a paragraph; its line breaks become hard breaks, which
 * the article text reads as the same "\n", so claim offsets do not move.
 */
function codeBlockAsParagraph(content: unknown): Record<string, unknown> {
  const inline: unknown[] = [];
  for (const child of Array.isArray(content) ? content : []) {
    const text = (child as { text?: unknown } | null)?.text;
    if (typeof text !== "string") continue;
    text.split("\n").forEach((line, i) => {
      if (i > 0) inline.push({ type: "hardBreak" });
      if (line) inline.push({ type: "text", text: line });
    });
  }
  return { type: "paragraph", content: inline };
}

function cleanNode(node: unknown, depth: number): DocNode | null {
  if (depth > MAX_DOC_DEPTH) throw new InvalidDocumentError("The article is nested too deeply.");
  if (!node || typeof node !== "object") return null;
  if ((node as { type?: unknown }).type === "codeBlock") node = codeBlockAsParagraph((node as { content?: unknown }).content);
  const { type, text, attrs, marks, content } = node as Record<string, unknown>;
  if (typeof type !== "string") return null;
  if (type === "text") {
    if (typeof text !== "string" || text.length === 0) return null;
    const out: DocNode = { type, text };
    const cleaned = cleanMarks(marks);
    if (cleaned) out.marks = cleaned;
    return out;
  }
  // Anything else unknown (horizontal rules, images, …) carries no article text.
  if (!BLOCKS.has(type) && !INLINE.has(type)) return null;
  const out: DocNode = { type };
  if (type === "heading") {
    const level = Number((attrs as { level?: unknown } | undefined)?.level);
    out.attrs = { level: level >= 1 && level <= 4 ? Math.trunc(level) : 2 };
  }
  if (type === "orderedList") {
    const start = Number((attrs as { start?: unknown } | undefined)?.start);
    out.attrs = { start: Number.isFinite(start) && start > 0 ? Math.trunc(start) : 1 };
  }
  if (Array.isArray(content)) {
    const children = mergeText(content.map((child) => cleanNode(child, depth + 1)).filter((c): c is DocNode => c !== null));
    if (children.length) out.content = children;
  }
  return out;
}

/** Returns a cleaned copy of an editor document, or throws InvalidDocumentError. */
export function cleanDoc(input: unknown): DocNode {
  const doc = cleanNode(input, 0);
  if (!doc || doc.type !== "doc") throw new InvalidDocumentError("The article text could not be read. Reload the page and try again.");
  return doc;
}
