import type { Node as PMNode } from "@tiptap/pm/model";
import { BLOCK_SEPARATOR } from "@/lib/articles/doc-text";

/**
 * Maps between offsets in the article's plain text (what claims are anchored to,
 * see lib/articles/doc-text.ts) and ProseMirror positions in the editor. Inside a
 * text block every character and every hard break takes exactly one position and
 * one plain-text character, so a block maps linearly; blocks are separated by
 * BLOCK_SEPARATOR in the text and by node boundaries in the document.
 */
export type BlockIndex = { textStart: number[]; posStart: number[]; size: number[] };

export function buildBlockIndex(doc: PMNode): BlockIndex {
  const index: BlockIndex = { textStart: [], posStart: [], size: [] };
  let offset = 0;
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    if (index.textStart.length > 0) offset += BLOCK_SEPARATOR.length;
    index.textStart.push(offset);
    index.posStart.push(pos + 1);
    index.size.push(node.content.size);
    offset += node.content.size;
    return false;
  });
  return index;
}

/** Index of the last entry of `starts` that is <= value (binary search; 0 when none). */
function lastAtOrBefore(starts: number[], value: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The document position of a plain-text offset (offsets in a separator clamp to the block end). */
export function offsetToPos(index: BlockIndex, offset: number): number {
  if (index.textStart.length === 0) return 0;
  const i = lastAtOrBefore(index.textStart, offset);
  return index.posStart[i] + Math.max(0, Math.min(offset - index.textStart[i], index.size[i]));
}

/** The plain-text offset of a document position. */
export function posToOffset(index: BlockIndex, pos: number): number {
  if (index.posStart.length === 0) return 0;
  const i = lastAtOrBefore(index.posStart, pos);
  return index.textStart[i] + Math.max(0, Math.min(pos - index.posStart[i], index.size[i]));
}
