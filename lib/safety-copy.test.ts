import { describe, expect, test } from "vitest";
import { z } from "zod";
import { SAFETY_COPY_MAX_AGE_MS, isFreshSafetyCopy, safetyCopyFormat } from "./safety-copy";

const now = new Date("2026-12-07T23:00:00Z");
const notes = safetyCopyFormat("test/notes", z.object({ text: z.string() }));
const other = safetyCopyFormat("test/other", z.object({ text: z.string() }));

describe("a safety copy", () => {
  test("round-trips its content, stamped with its kind and the time", () => {
    expect(notes.parse(notes.serialize({ text: "Rents rose." }, now))).toEqual({ kind: "test/notes", savedAt: now.toISOString(), text: "Rents rose." });
  });

  test("a copy of another kind, or not one at all, is ignored", () => {
    expect(other.parse(notes.serialize({ text: "Rents rose." }, now))).toBeNull();
    expect(notes.parse(JSON.stringify({ kind: "test/notes", savedAt: "yesterday", text: "x" }))).toBeNull();
    expect(notes.parse(JSON.stringify({ kind: "test/notes", savedAt: now.toISOString(), text: 3 }))).toBeNull();
    expect([notes.parse(null), notes.parse(""), notes.parse("{not json"), notes.parse("null")]).toEqual([null, null, null, null]);
  });

  test("a copy older than a week, or dated well in the future, is dropped", () => {
    const stored = notes.parse(notes.serialize({ text: "x" }, now))!;
    const at = (ms: number) => isFreshSafetyCopy(stored, new Date(now.getTime() + ms));
    expect([at(0), at(SAFETY_COPY_MAX_AGE_MS), at(SAFETY_COPY_MAX_AGE_MS + 1), at(-60_000), at(-10 * 60_000)]).toEqual([true, true, false, true, false]);
  });
});
