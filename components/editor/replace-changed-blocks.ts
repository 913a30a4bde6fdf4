import { diffArrays } from "diff";
import type { Node as PMNode } from "@tiptap/pm/model";
import type { Transaction } from "@tiptap/pm/state";

/**
 * Turns the transaction's document into `next` by replacing only the top-level
 * blocks that differ, one step per run of changed blocks, instead of the whole
 * document. Why: the editor's undo history is mapped through every step, and a
 * step over the whole document leaves it nothing to map to. Replacing only what
 * changed (another editor's paragraphs brought in) keeps Ctrl+Z working for this
 * editor's own edits in the paragraphs they did not touch.
 *
 * Returns how many runs of blocks were replaced (0: the documents were equal).
 */
export function replaceChangedBlocks(tr: Transaction, next: PMNode): number {
  const blocksOf = (doc: PMNode) => {
    const blocks: PMNode[] = [];
    doc.forEach((block) => blocks.push(block));
    return blocks;
  };
  const parts = diffArrays(blocksOf(tr.doc), blocksOf(next), { comparator: (a, b) => a.eq(b) });

  // Runs of change in the current document: where each starts and ends, and what goes there.
  const runs: { from: number; to: number; blocks: PMNode[] }[] = [];
  let at = 0;
  let open: { from: number; to: number; blocks: PMNode[] } | null = null;
  for (const part of parts) {
    if (!part.added && !part.removed) {
      open = null;
      for (const block of part.value) at += block.nodeSize;
      continue;
    }
    if (!open) {
      open = { from: at, to: at, blocks: [] };
      runs.push(open);
    }
    if (part.removed) {
      for (const block of part.value) at += block.nodeSize;
      open.to = at;
    } else {
      open.blocks.push(...part.value);
    }
  }
  // Last first, so the positions of the runs before stay as computed.
  for (const run of runs.reverse()) tr.replaceWith(run.from, run.to, run.blocks);
  return runs.length;
}
