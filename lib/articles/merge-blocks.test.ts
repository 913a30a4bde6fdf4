import { describe, expect, test } from "vitest";
import { mergeBlocks, mergeFields } from "./merge-blocks";

const same = (block: string) => block;
const base = ["Intro.", "Rents rose 9%.", "Fares rose 3%.", "Closing."];

describe("bringing someone else's save into unsaved edits", () => {
  test("changes to different paragraphs are both kept, even side by side", () => {
    const mine = ["Intro.", "Rents rose 9.4%.", "Fares rose 3%.", "Closing."];
    const theirs = ["Intro.", "Rents rose 9%.", "Fares rose 3.1%.", "Closing."];
    expect(mergeBlocks(base, mine, theirs, same)).toEqual({ ok: true, blocks: ["Intro.", "Rents rose 9.4%.", "Fares rose 3.1%.", "Closing."], theirChanges: 1 });
  });

  test("a paragraph they added and one I removed both come through", () => {
    const mine = ["Intro.", "Rents rose 9%.", "Fares rose 3%."];
    const theirs = ["Update: figures revised.", "Intro.", "Rents rose 9%.", "Fares rose 3%.", "Closing."];
    expect(mergeBlocks(base, mine, theirs, same)).toEqual({ ok: true, blocks: ["Update: figures revised.", "Intro.", "Rents rose 9%.", "Fares rose 3%."], theirChanges: 1 });
  });

  test("the same paragraph changed two ways is a clash, named in my words; nothing is merged", () => {
    const mine = ["Intro.", "Rents rose 9.4%.", "Fares rose 3%.", "Closing."];
    const theirs = ["Intro.", "Rents rose 8%.", "Fares rose 3.1%.", "Closing."];
    expect(mergeBlocks(base, mine, theirs, same)).toEqual({ ok: false, clashes: ["Rents rose 9.4%."] });
  });

  test("the same change on both sides is no clash", () => {
    const both = ["Intro.", "Rents rose 9.4%.", "Fares rose 3%.", "Closing."];
    expect(mergeBlocks(base, both, both, same)).toEqual({ ok: true, blocks: both, theirChanges: 0 });
  });

  test("a paragraph they added beside the one I changed is no clash", () => {
    const mine = ["Intro.", "Rents rose 9%.", "Fares rose 3.4%.", "Closing."];
    const theirs = ["Intro.", "Rents rose 9%.", "Update: fares were revised.", "Fares rose 3%.", "Closing."];
    expect(mergeBlocks(base, mine, theirs, same)).toEqual({ ok: true, blocks: ["Intro.", "Rents rose 9%.", "Update: fares were revised.", "Fares rose 3.4%.", "Closing."], theirChanges: 1 });
  });

  test("a paragraph I added between two they changed is no clash, nor two I changed around one they added", () => {
    const mine = ["Intro.", "Rents rose 9%.", "My new paragraph.", "Fares rose 3%.", "Closing."];
    const theirs = ["Intro.", "Rents rose 9.4%.", "Fares rose 3.1%.", "Closing."];
    expect(mergeBlocks(base, mine, theirs, same)).toEqual({ ok: true, blocks: ["Intro.", "Rents rose 9.4%.", "My new paragraph.", "Fares rose 3.1%.", "Closing."], theirChanges: 2 });
    expect(mergeBlocks(base, theirs, mine, same)).toEqual({ ok: true, blocks: ["Intro.", "Rents rose 9.4%.", "My new paragraph.", "Fares rose 3.1%.", "Closing."], theirChanges: 1 });
  });

  test("a paragraph I removed beside the one they changed is no clash", () => {
    const mine = ["Intro.", "Fares rose 3%.", "Closing."];
    const theirs = ["Intro.", "Rents rose 9%.", "Fares rose 3.1%.", "Closing."];
    expect(mergeBlocks(base, mine, theirs, same)).toEqual({ ok: true, blocks: ["Intro.", "Fares rose 3.1%.", "Closing."], theirChanges: 1 });
  });

  test("different paragraphs added at the same place clash: which goes first is theirs and mine to say", () => {
    const mine = [...base, "My note."];
    const theirs = [...base, "Their note."];
    expect(mergeBlocks(base, mine, theirs, same)).toEqual({ ok: false, clashes: ["My note."] });
  });

  test("a paragraph I deleted that they changed is a clash", () => {
    const mine = ["Intro.", "Fares rose 3%.", "Closing."];
    const theirs = ["Intro.", "Rents rose 8%.", "Fares rose 3%.", "Closing."];
    const merged = mergeBlocks(base, mine, theirs, same);
    expect(merged.ok).toBe(false);
  });

  test("blocks are compared by key and given back as my objects where mine", () => {
    type Block = { text: string; at: number };
    const b = (text: string, at: number): Block => ({ text, at });
    const merged = mergeBlocks([b("a", 0), b("b", 0)], [b("a", 1), b("B", 1)], [b("A", 2), b("b", 2)], (block) => block.text);
    expect(merged).toEqual({ ok: true, blocks: [b("A", 2), b("B", 1)], theirChanges: 1 });
  });
});

describe("merging the fields", () => {
  const start = { title: "Rents", byline: "City desk", deadline: "2026-12-07T18:00" };
  test("each side's change to a different field is kept", () => {
    expect(mergeFields(start, { ...start, title: "Rents soar" }, { ...start, deadline: "2026-12-07T20:00" })).toEqual({
      fields: { title: "Rents soar", byline: "City desk", deadline: "2026-12-07T20:00" },
      clashes: [],
    });
  });
  test("one field changed two ways is named", () => {
    expect(mergeFields(start, { ...start, title: "Rents soar" }, { ...start, title: "Rents climb" }).clashes).toEqual(["title"]);
  });
});

describe("a block both sides rewrote, merged inside", () => {
  type List = { items: string[] };
  const listKey = (block: string | List) => JSON.stringify(block);
  const inside = (b: string | List, m: string | List, t: string | List): string | List | null => {
    if (typeof b === "string" || typeof m === "string" || typeof t === "string") return null;
    const merged = mergeBlocks(b.items, m.items, t.items, (item) => item);
    return merged.ok ? { items: merged.blocks } : null;
  };
  const list = (...items: string[]): List => ({ items });

  test("different items of one list changed by each side: both kept, counted as their change", () => {
    const base = ["Intro.", list("Rents up 9%", "Fares up 3%", "Jobs down 2%")];
    const mine = ["Intro.", list("Rents up 9.4%", "Fares up 3%", "Jobs down 2%")];
    const theirs = ["Intro.", list("Rents up 9%", "Fares up 3%", "Jobs down 2.5%")];
    expect(mergeBlocks<string | List>(base, mine, theirs, listKey, inside)).toEqual({ ok: true, blocks: ["Intro.", list("Rents up 9.4%", "Fares up 3%", "Jobs down 2.5%")], theirChanges: 1 });
  });

  test("the same item changed two ways is still a clash", () => {
    const base = [list("Rents up 9%")];
    expect(mergeBlocks<string | List>(base, [list("Rents up 9.4%")], [list("Rents up 8%")], listKey, inside).ok).toBe(false);
  });
});
