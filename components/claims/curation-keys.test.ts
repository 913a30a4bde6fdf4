import { describe, expect, test } from "vitest";
import { claimAfter, curationKeyAction, stepClaim, type KeyPress } from "./curation-keys";

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, ...extra });

describe("curationKeyAction", () => {
  test.each([
    ["ArrowDown", "next"],
    ["j", "next"],
    ["J", "next"],
    ["ArrowUp", "previous"],
    ["k", "previous"],
    ["a", "accept"],
    ["A", "accept"],
    ["d", "dismiss"],
  ] as const)("%s is %s", (key, action) => expect(curationKeyAction(press(key), false)).toBe(action));

  test("other keys, typing in a field and the browser's own shortcuts are not curation", () => {
    for (const key of ["x", "Enter", " ", "Tab", "Escape", "ArrowLeft", "constructor", "toString"]) expect(curationKeyAction(press(key), false)).toBeNull();
    expect(curationKeyAction(press("a"), true)).toBeNull();
    expect(curationKeyAction(press("ArrowDown"), true)).toBeNull();
    expect(curationKeyAction(press("a", { ctrlKey: true }), false)).toBeNull();
    expect(curationKeyAction(press("d", { metaKey: true }), false)).toBeNull();
    expect(curationKeyAction(press("j", { altKey: true }), false)).toBeNull();
  });
});

describe("stepClaim", () => {
  const ids = ["a", "b", "c"];
  test("moves one place and stops at either end", () => {
    expect(stepClaim(ids, "a", 1)).toBe("b");
    expect(stepClaim(ids, "b", -1)).toBe("a");
    expect(stepClaim(ids, "c", 1)).toBe("c");
    expect(stepClaim(ids, "a", -1)).toBe("a");
  });
  test("with nothing selected, or the selection filtered out, starts from the end it moves from", () => {
    expect(stepClaim(ids, null, 1)).toBe("a");
    expect(stepClaim(ids, null, -1)).toBe("c");
    expect(stepClaim(ids, "gone", 1)).toBe("a");
    expect(stepClaim([], null, 1)).toBeNull();
  });
});

describe("claimAfter", () => {
  test("the next claim, else the one before, else none", () => {
    expect(claimAfter(["a", "b", "c"], "b")).toBe("c");
    expect(claimAfter(["a", "b", "c"], "c")).toBe("b");
    expect(claimAfter(["a"], "a")).toBeNull();
    expect(claimAfter(["a", "b"], "gone")).toBeNull();
  });
});
