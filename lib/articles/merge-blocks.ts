import { diffArrays } from "diff";

/**
 * Three-way merge of an article's blocks (paragraphs, headings, lists), for an
 * editor whose unsaved text meets someone else's save: from the text both
 * started with (`base`), each side's edits are found (a run of blocks removed,
 * changed or added between blocks it kept), and all are applied where no two
 * touch the same block of the base. Where both changed the same block (or both
 * added different blocks at the same place), nothing is merged: the editor is
 * told which blocks, in their own words, and decides.
 *
 * Blocks are compared by a key (the caller's normal form of a block, so a block
 * nobody touched is equal on all three sides).
 */
export type BlockMerge<T> =
  | { ok: true; blocks: T[]; theirChanges: number }
  | { ok: false; clashes: T[] };

/** Base blocks [from, to) replaced by `blocks`; from === to is an insertion before base block `from`. */
type Edit = { from: number; to: number; blocks: string[] };

function editsOf(base: readonly string[], side: readonly string[]): Edit[] {
  const edits: Edit[] = [];
  const parts = diffArrays([...base], [...side]);
  let at = 0;
  for (let p = 0; p < parts.length; p++) {
    if (!parts[p].added && !parts[p].removed) {
      at += parts[p].count;
      continue;
    }
    const edit: Edit = { from: at, to: at, blocks: [] };
    for (; p < parts.length && (parts[p].added || parts[p].removed); p++) {
      if (parts[p].removed) at += parts[p].count;
      else edit.blocks.push(...parts[p].value);
    }
    p--;
    edit.to = at;
    // As many blocks written as removed: each one rewritten in place (edits to two
    // neighbouring paragraphs), so a paragraph the other side put between them is no clash.
    if (edit.to - edit.from === edit.blocks.length && edit.blocks.length > 1) {
      edit.blocks.forEach((block, i) => edits.push({ from: edit.from + i, to: edit.from + i + 1, blocks: [block] }));
    } else edits.push(edit);
  }
  return edits;
}

const sameEdit = (a: Edit, b: Edit) => a.from === b.from && a.to === b.to && a.blocks.length === b.blocks.length && a.blocks.every((k, i) => k === b.blocks[i]);

/** Whether two edits from different sides touch the same base block, or add different blocks at one place. */
function clash(a: Edit, b: Edit): boolean {
  const inserts = (e: Edit) => e.from === e.to;
  if (inserts(a) && inserts(b)) return a.from === b.from;
  if (inserts(a)) return b.from < a.from && a.from < b.to;
  if (inserts(b)) return a.from < b.from && b.from < a.to;
  return a.from < b.to && b.from < a.to;
}

/**
 * `within` merges one block both sides rewrote (a list whose different items
 * each changed): the merged block, or null for a real clash.
 */
export function mergeBlocks<T>(
  base: readonly T[],
  mine: readonly T[],
  theirs: readonly T[],
  key: (block: T) => string,
  within?: (base: T, mine: T, theirs: T) => T | null,
): BlockMerge<T> {
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

  const myEdits = editsOf(baseKeys, myKeys);
  // The same edit made on both sides is made once.
  let theirEdits = editsOf(baseKeys, theirKeys).filter((edit) => !myEdits.some((my) => sameEdit(my, edit)));
  // One block rewritten by both: merged inside if it can be, as my edit alone.
  let absorbed = 0;
  const one = (edit: Edit) => edit.to === edit.from + 1 && edit.blocks.length === 1;
  for (const my of myEdits) {
    const their = theirEdits.find((edit) => one(my) && one(edit) && edit.from === my.from);
    const joined = their && within ? within(byKey.get(baseKeys[my.from])!, byKey.get(my.blocks[0])!, byKey.get(their.blocks[0])!) : null;
    if (!their || joined === null) continue;
    const k = key(joined);
    byKey.set(k, joined);
    my.blocks = [k];
    theirEdits = theirEdits.filter((edit) => edit !== their);
    absorbed += 1;
  }
  const clashes = myEdits.filter((my) => theirEdits.some((their) => clash(my, their)));
  if (clashes.length) {
    // Named in the editor's own words: the blocks they wrote there, or the ones they removed.
    const named = clashes.flatMap((edit) => (edit.blocks.length ? edit.blocks : baseKeys.slice(edit.from, edit.to)));
    return { ok: false, clashes: named.map((k) => byKey.get(k)!) };
  }

  // Insertions first where an edit of the other side starts at the same block.
  const edits = [...myEdits, ...theirEdits].sort((a, b) => a.from - b.from || a.to - a.from - (b.to - b.from));
  const merged: string[] = [];
  let at = 0;
  for (const edit of edits) {
    while (at < edit.from) merged.push(baseKeys[at++]);
    merged.push(...edit.blocks);
    at = Math.max(at, edit.to);
  }
  while (at < baseKeys.length) merged.push(baseKeys[at++]);
  const theirChanges = absorbed + theirEdits.reduce((sum, edit) => sum + Math.max(edit.blocks.length, edit.to - edit.from), 0);
  return { ok: true, blocks: merged.map((k) => byKey.get(k)!), theirChanges };
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
