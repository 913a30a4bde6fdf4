import type { DocNode } from "./doc-text";

/**
 * Server-side cleaning of the editor's JSON before it is stored. The browser's
 * editor already drops what its schema does not know, but the JSON arrives from
 * the network, so the server keeps only the article shapes the desk supports
 * (the same list the paste and import sanitiser keeps) and only safe link targets.
 */
const BLOCKS = new Set(["doc", "paragraph", "heading", "bulletList", "orderedList", "listItem", "blockquote", "codeBlock", "horizontalRule"]);
const INLINE = new Set(["text", "hardBreak"]);
const MARKS = new Set(["bold", "italic", "strike", "underline", "code", "link"]);
const SAFE_HREF = /^(https?:|mailto:)/i;
export const MAX_DOC_DEPTH = 12;

export class InvalidDocumentError extends Error {}

function cleanMarks(marks: unknown): DocNode["marks"] {
  if (!Array.isArray(marks)) return undefined;
  const kept: NonNullable<DocNode["marks"]> = [];
  for (const mark of marks) {
    if (!mark || typeof mark !== "object" || !MARKS.has((mark as { type?: string }).type ?? "")) continue;
    const type = (mark as { type: string }).type;
    if (type === "link") {
      const href = (mark as { attrs?: { href?: unknown } }).attrs?.href;
      if (typeof href !== "string" || !SAFE_HREF.test(href.trim())) continue;
      kept.push({ type, attrs: { href: href.trim() } });
    } else kept.push({ type });
  }
  return kept.length ? kept : undefined;
}

function cleanNode(node: unknown, depth: number): DocNode | null {
  if (depth > MAX_DOC_DEPTH) throw new InvalidDocumentError("The article is nested too deeply.");
  if (!node || typeof node !== "object") return null;
  const { type, text, attrs, marks, content } = node as Record<string, unknown>;
  if (typeof type !== "string") return null;
  if (type === "text") {
    if (typeof text !== "string" || text.length === 0) return null;
    const out: DocNode = { type, text };
    const cleaned = cleanMarks(marks);
    if (cleaned) out.marks = cleaned;
    return out;
  }
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
    const children = content.map((child) => cleanNode(child, depth + 1)).filter((c): c is DocNode => c !== null);
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
