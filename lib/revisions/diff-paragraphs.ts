import { diffArrays } from "diff";
import { diffWords, type WordChange } from "./diff-words";

/** How alike two paragraphs must be (shared characters over both lengths) to be compared word by word. */
const ALIKE = 0.6;

/** A paragraph and the line breaks after it ("" for the last), kept apart so the last paragraph matches itself moved. */
type Paragraph = { body: string; gap: string };

function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const chunk of text.match(/[^]*?(?:\n\n+|$)/g) ?? []) {
    if (chunk === "") continue;
    const gap = /\n\n+$/.exec(chunk)?.[0] ?? "";
    out.push({ body: chunk.slice(0, chunk.length - gap.length), gap });
  }
  return out;
}

/** Shared characters over both lengths: 1 for the same paragraph, 0 for nothing in common. */
function likeness(changes: readonly WordChange[], before: string, after: string): number {
  const shared = changes.reduce((sum, change) => sum + (change.kind === "same" ? change.text.trim().length : 0), 0);
  const total = before.trim().length + after.trim().length;
  return total === 0 ? 1 : (2 * shared) / total;
}

/**
 * Compares two revisions of an article paragraph by paragraph, and word by word
 * only inside a paragraph that was edited. A word diff of the whole text pairs
 * a deleted paragraph with whatever was written after it and interleaves them
 * word by word ("The ~~council~~chief ~~spent~~executive…"): here a paragraph
 * deleted, added or rewritten beyond recognition shows whole, removed then added,
 * and a moved one as removed where it was and added where it went (paragraphs are
 * matched without the line breaks after them, so the last one moved up matches).
 * A whole paragraph's run is marked `whole`, for showing it as a block of its own.
 * Runs keep the diffWords contract: "same" and "removed" rebuild `before`; "same"
 * and "added" `after`.
 */
export function diffParagraphs(before: string, after: string): WordChange[] {
  const out: WordChange[] = [];
  const push = (kind: WordChange["kind"], text: string, whole = false) => {
    if (text === "") return;
    const last = out.at(-1);
    if (last && last.kind === kind && !whole && !last.whole) last.text += text;
    else out.push(whole ? { kind, text, whole } : { kind, text });
  };
  const gapChange = (was: string, now: string) => {
    if (was === now) return push("same", now);
    push("removed", was);
    push("added", now);
  };
  // With its line breaks, so the block it is shown as keeps the blank line after it.
  const wholly = (kind: "removed" | "added", paragraph: Paragraph) => push(kind, paragraph.body + paragraph.gap, true);
  const old = paragraphs(before);
  const now = paragraphs(after);
  const blocks = diffArrays(old, now, { comparator: (a, b) => a.body === b.body });
  let o = 0;
  let n = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block.added && !block.removed) {
      for (let k = 0; k < block.count; k++, o++, n++) {
        push("same", old[o].body);
        gapChange(old[o].gap, now[n].gap);
      }
      continue;
    }
    const next = blocks[i + 1];
    const removed = block.removed ? old.slice(o, (o += block.count)) : [];
    const addedBlock = block.added ? block : block.removed && next?.added ? next : null;
    const added = addedBlock ? now.slice(n, (n += addedBlock.count)) : [];
    if (block.removed && next?.added) i++;
    // Paragraphs replaced in place are paired in order: an edited one reads word by word.
    const pending = { removed: [] as Paragraph[], added: [] as Paragraph[] };
    const flush = () => {
      for (const paragraph of pending.removed.splice(0)) wholly("removed", paragraph);
      for (const paragraph of pending.added.splice(0)) wholly("added", paragraph);
    };
    const paired = Math.min(removed.length, added.length);
    for (let p = 0; p < paired; p++) {
      const words = diffWords(removed[p].body, added[p].body);
      if (likeness(words, removed[p].body, added[p].body) >= ALIKE) {
        flush();
        for (const change of words) push(change.kind, change.text);
        gapChange(removed[p].gap, added[p].gap);
      } else {
        pending.removed.push(removed[p]);
        pending.added.push(added[p]);
      }
    }
    pending.removed.push(...removed.slice(paired));
    pending.added.push(...added.slice(paired));
    flush();
  }
  return out;
}
