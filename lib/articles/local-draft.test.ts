import { describe, expect, test } from "vitest";
import { articleDraftFormat, localDraftKey } from "./local-draft";

const now = new Date("2026-12-07T23:00:00Z");
const draft = {
  baseVersion: 4,
  fields: { title: "Ferry figures", byline: "By Dana", sourceUrl: "", deadline: "2026-12-08T06:00" },
  body: { type: "doc" as const, content: [{ type: "paragraph", content: [{ type: "text", text: "The ferry carried 44,000 people." }] }] },
};
const { serialize, parse } = articleDraftFormat;

describe("the article editor's safety copy", () => {
  test("round-trips what the editor holds, stamped with the time", () => {
    const stored = serialize(draft, now);
    expect(parse(stored)).toEqual({ kind: "factcheck-desk/article-draft", savedAt: now.toISOString(), ...draft });
  });

  test("keys differ per person and per article, and a new article has its own", () => {
    expect(new Set([localDraftKey("u1", "a1"), localDraftKey("u2", "a1"), localDraftKey("u1", "a2"), localDraftKey("u1", null)]).size).toBe(4);
    expect(localDraftKey("u1", null)).toMatch(/:new$/);
  });

  test("anything else in the slot is ignored, not offered", () => {
    expect(parse(null)).toBeNull();
    expect(parse("")).toBeNull();
    expect(parse("{not json")).toBeNull();
    expect(parse(JSON.stringify({ ...draft, kind: "something-else" }))).toBeNull();
    expect(parse(serialize({ ...draft, body: { type: "paragraph" } as never }, now))).toBeNull();
    expect(parse(serialize({ ...draft, baseVersion: -1 }, now))).toBeNull();
  });
});
