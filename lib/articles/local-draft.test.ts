import { describe, expect, test } from "vitest";
import { LOCAL_DRAFT_MAX_AGE_MS, isFreshLocalDraft, localDraftKey, parseLocalDraft, serializeLocalDraft } from "./local-draft";

const now = new Date("2026-12-07T23:00:00Z");
const draft = {
  baseVersion: 4,
  fields: { title: "Ferry figures", byline: "By Dana", sourceUrl: "", deadline: "2026-12-08T06:00" },
  body: { type: "doc" as const, content: [{ type: "paragraph", content: [{ type: "text", text: "The ferry carried 44,000 people." }] }] },
};

describe("the article editor's safety copy", () => {
  test("round-trips what the editor holds, stamped with the time", () => {
    const stored = serializeLocalDraft(draft, now);
    expect(parseLocalDraft(stored)).toEqual({ kind: "factcheck-desk/article-draft", savedAt: now.toISOString(), ...draft });
  });

  test("keys differ per person and per article, and a new article has its own", () => {
    expect(new Set([localDraftKey("u1", "a1"), localDraftKey("u2", "a1"), localDraftKey("u1", "a2"), localDraftKey("u1", null)]).size).toBe(4);
    expect(localDraftKey("u1", null)).toMatch(/:new$/);
  });

  test("anything else in the slot is ignored, not offered", () => {
    expect(parseLocalDraft(null)).toBeNull();
    expect(parseLocalDraft("")).toBeNull();
    expect(parseLocalDraft("{not json")).toBeNull();
    expect(parseLocalDraft(JSON.stringify({ ...draft, kind: "something-else" }))).toBeNull();
    expect(parseLocalDraft(serializeLocalDraft({ ...draft, body: { type: "paragraph" } as never }, now))).toBeNull();
    expect(parseLocalDraft(serializeLocalDraft({ ...draft, baseVersion: -1 }, now))).toBeNull();
  });

  test("a copy older than a week, or dated well in the future, is dropped", () => {
    const stored = parseLocalDraft(serializeLocalDraft(draft, now))!;
    const at = (ms: number) => isFreshLocalDraft(stored, new Date(now.getTime() + ms));
    expect([at(0), at(LOCAL_DRAFT_MAX_AGE_MS), at(LOCAL_DRAFT_MAX_AGE_MS + 1), at(-60_000), at(-10 * 60_000)]).toEqual([true, true, false, true, false]);
  });
});
