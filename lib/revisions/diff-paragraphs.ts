import { diffArrays } from "diff";
import { diffWords, type WordChange } from "./diff-words";

/** How alike two paragraphs must be (shared characters over both lengths) to be compared word by word. */
const ALIKE = 0.5;

/** Splits text into paragraphs, each keeping the "\n\n" after it, so the pieces rebuild the text. */
function paragraphs(text: string): string[] {
  return text.match(/[^]*?(?:\n\n+|$)/g)?.filter((chunk) => chunk !== "") ?? [];
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
 * and a moved one as removed where it was and added where it went. Runs keep the
 * diffWords contract: "same" and "removed" rebuild `before`; "same" and "added" `after`.
 */
export function diffParagraphs(before: string, after: string): WordChange[] {
  const out: WordChange[] = [];
  const push = (kind: WordChange["kind"], text: string) => {
    if (text === "") return;
    const last = out.at(-1);
    if (last?.kind === kind) last.text += text;
    else out.push({ kind, text });
  };
  const blocks = diffArrays(paragraphs(before), paragraphs(after));
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block.added && !block.removed) {
      push("same", block.value.join(""));
      continue;
    }
    const next = blocks[i + 1];
    const removed = block.removed ? block.value : [];
    const added = block.removed && next?.added ? next.value : block.added ? block.value : [];
    if (block.removed && next?.added) i++;
    // Paragraphs replaced in place are paired in order: an edited one reads word by word.
    const whole = { removed: [] as string[], added: [] as string[] };
    const paired = Math.min(removed.length, added.length);
    for (let p = 0; p < paired; p++) {
      const words = diffWords(removed[p], added[p]);
      if (likeness(words, removed[p], added[p]) >= ALIKE) {
        for (const text of whole.removed.splice(0)) push("removed", text);
        for (const text of whole.added.splice(0)) push("added", text);
        for (const change of words) push(change.kind, change.text);
      } else {
        whole.removed.push(removed[p]);
        whole.added.push(added[p]);
      }
    }
    for (const text of [...whole.removed, ...removed.slice(paired)]) push("removed", text);
    for (const text of [...whole.added, ...added.slice(paired)]) push("added", text);
  }
  return out;
}
