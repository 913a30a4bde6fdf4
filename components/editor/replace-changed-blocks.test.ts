import { getSchema } from "@tiptap/core";
import { history, redo, undo } from "@tiptap/pm/history";
import { Node as PMNode } from "@tiptap/pm/model";
import { EditorState } from "@tiptap/pm/state";
import { describe, expect, test } from "vitest";
import { articleExtensions } from "./extensions";
import { replaceChangedBlocks } from "./replace-changed-blocks";

const schema = getSchema(articleExtensions(() => {}));
const docOf = (...paragraphs: string[]) =>
  PMNode.fromJSON(schema, { type: "doc", content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })) });
const texts = (state: EditorState) => {
  const out: string[] = [];
  state.doc.forEach((block) => out.push(block.textContent));
  return out;
};

/** An editor state with history, and "Most are new." typed at the end of its third paragraph as an undo step. */
function editedState() {
  let state = EditorState.create({ schema, doc: docOf("Pool: 3 lanes.", "Rink opened 1998.", "Gym: 40 machines."), plugins: [history()] });
  const endOfThird = state.doc.content.size - 1;
  state = state.apply(state.tr.insertText(" Most are new.", endOfThird));
  return state;
}

/** Applies `next` as Bring in their changes does: not an undo step of its own. */
function bringIn(state: EditorState, next: PMNode) {
  const tr = state.tr.setMeta("addToHistory", false);
  const runs = replaceChangedBlocks(tr, next);
  return { state: state.apply(tr), runs };
}

const run = (state: EditorState, command: typeof undo) => {
  let after = state;
  command(state, (tr) => (after = state.apply(tr)));
  return after;
};

describe("replacing only the blocks that changed", () => {
  test("their paragraph comes in, and Ctrl+Z still undoes this editor's own typing, not their change", () => {
    const { state, runs } = bringIn(editedState(), docOf("Pool: 6 lanes.", "Rink opened 1998.", "Gym: 40 machines. Most are new."));
    expect(runs).toBe(1);
    expect(texts(state)).toEqual(["Pool: 6 lanes.", "Rink opened 1998.", "Gym: 40 machines. Most are new."]);
    const undone = run(state, undo);
    expect(texts(undone)).toEqual(["Pool: 6 lanes.", "Rink opened 1998.", "Gym: 40 machines."]);
    expect(texts(run(undone, redo))).toEqual(["Pool: 6 lanes.", "Rink opened 1998.", "Gym: 40 machines. Most are new."]);
  });

  test("added, removed and changed paragraphs in several places come out as the new document exactly", () => {
    const next = docOf("Intro.", "Pool: 3 lanes.", "Gym: 45 machines. Most are new.", "Spa: closed.");
    const { state, runs } = bringIn(editedState(), next);
    expect(state.doc.eq(next)).toBe(true);
    expect(runs).toBe(2);
  });

  test("the same document: nothing is replaced", () => {
    const before = editedState();
    const { state, runs } = bringIn(before, before.doc);
    expect(runs).toBe(0);
    expect(state.doc.eq(before.doc)).toBe(true);
  });

  test("every paragraph different: the whole text is replaced in one step", () => {
    const next = docOf("Completely new.");
    const { state, runs } = bringIn(editedState(), next);
    expect(runs).toBe(1);
    expect(state.doc.eq(next)).toBe(true);
  });
});
