/**
 * The article's plain text, derived from its Tiptap (ProseMirror) JSON in one
 * place. Claims are anchored to offsets in this text, so the server, the claim
 * finder and the editor's highlights must all agree on it: text blocks
 * (paragraphs, headings, list items' paragraphs, quotes) are joined by a blank
 * line, a hard break is one newline, and marks add nothing.
 */
export type DocNode = {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  content?: DocNode[];
};

export const BLOCK_SEPARATOR = "\n\n";

/** True for nodes whose children are inline content (they become one block of text). */
export function isTextBlock(node: DocNode): boolean {
  return node.type === "paragraph" || node.type === "heading" || node.type === "codeBlock";
}

function inlineText(node: DocNode): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  return (node.content ?? []).map(inlineText).join("");
}

/** Collects the text blocks of a document in reading order. */
export function textBlocks(doc: DocNode): string[] {
  const blocks: string[] = [];
  const walk = (node: DocNode) => {
    if (isTextBlock(node)) blocks.push(inlineText(node));
    else for (const child of node.content ?? []) walk(child);
  };
  walk(doc);
  return blocks;
}

/** The plain text claims are anchored to. */
export function docToPlainText(doc: DocNode): string {
  return textBlocks(doc).join(BLOCK_SEPARATOR);
}

/** A document of plain paragraphs (blank-line separated input), e.g. for seeding. */
export function plainTextToDoc(text: string): DocNode {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    type: "doc",
    content: paragraphs.map((p) => ({ type: "paragraph", content: [{ type: "text", text: p }] })),
  };
}
