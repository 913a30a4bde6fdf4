import { diff3Merge } from "node-diff3";

/**
 * Three-way merge of an article's blocks (paragraphs, headings, lists), for an
 * editor whose unsaved text meets someone else's save: from the text both
 * started with (`base`), keep each side's changes where only one side changed a
 * block. Where both changed the same block differently, nothing is merged: the
 * editor is told which blocks, in their own words, and decides.
 *
 * Blocks are compared by a key (the caller's normal form of a block, so a block
 * nobody touched is equal on all three sides).
 */
export type BlockMerge<T> =
  | { ok: true; blocks: T[]; theirChanges: number }
  | { ok: false; clashes: T[] };

export function mergeBlocks<T>(base: readonly T[], mine: readonly T[], theirs: readonly T[], key: (block: T) => string): BlockMerge<T> {
  const byKey = new Map<string, T>();
  const keys = (blocks: readonly T[]) =>
    blocks.map((block) => {
      const k = key(block);
      if (!byKey.has(k)) byKey.set(k, block);
      return k;
    });
  const [baseKeys, theirKeys] = [keys(base), keys(theirs)];
  // Mine last: where a key is shared, the block given back is the editor's own object.
  const myKeys = keys(mine);
  for (let i = 0; i < mine.length; i++) byKey.set(myKeys[i], mine[i]);

  const merged: string[] = [];
  const clashes: string[] = [];
  for (const region of diff3Merge(myKeys, baseKeys, theirKeys)) {
    if (region.ok) {
      merged.push(...region.ok);
      continue;
    }
    const { a: ours, o: original, b: others } = region.conflict!;
    // diff3 calls two changes a clash when they touch (paragraphs 2 and 3 edited
    // by different people). With no block added or removed, each block is its own
    // question: a clash only where both sides changed that very block.
    if (ours.length === original.length && others.length === original.length) {
      for (let i = 0; i < original.length; i++) {
        if (ours[i] === original[i]) merged.push(others[i]);
        else if (others[i] === original[i] || others[i] === ours[i]) merged.push(ours[i]);
        else clashes.push(ours[i]);
      }
      continue;
    }
    clashes.push(...(ours.length ? ours : original));
  }
  if (clashes.length) return { ok: false, clashes: clashes.map((k) => byKey.get(k)!) };
  const theirChanges = countChanges(baseKeys, theirKeys);
  return { ok: true, blocks: merged.map((k) => byKey.get(k)!), theirChanges };
}

/** How many blocks one side added, removed or changed against the base (a changed block counts once). */
function countChanges(base: readonly string[], changed: readonly string[]): number {
  const before = new Map<string, number>();
  for (const k of base) before.set(k, (before.get(k) ?? 0) + 1);
  let added = 0;
  for (const k of changed) {
    const left = before.get(k) ?? 0;
    if (left > 0) before.set(k, left - 1);
    else added += 1;
  }
  const removed = [...before.values()].reduce((sum, n) => sum + n, 0);
  return Math.max(added, removed);
}

/** The article's fields merged the same way: each side's change where only it changed a field; `clashes` names the others. */
export function mergeFields<F extends Record<string, string>>(base: F, mine: F, theirs: F): { fields: F; clashes: (keyof F)[] } {
  const fields = { ...mine };
  const clashes: (keyof F)[] = [];
  for (const name of Object.keys(base) as (keyof F)[]) {
    if (mine[name] === base[name]) fields[name] = theirs[name];
    else if (theirs[name] !== base[name] && theirs[name] !== mine[name]) clashes.push(name);
  }
  return { fields, clashes };
}
