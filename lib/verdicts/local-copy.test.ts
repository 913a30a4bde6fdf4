import { describe, expect, test } from "vitest";
import { copyDiffers, savedSinceCopy, verdictCopyFormat, verdictCopyKey } from "./local-copy";

const now = new Date("2026-12-07T23:00:00Z");
const source = { url: "https://ons.example/rents", title: "Rents 2026", publisher: "ons.example", quote: "8.7 percent", accessedOn: "2026-12-07", archiveUrl: null, stance: "contradicts" as const };
const content = { verdictKey: "inaccurate", rationale: "The index shows 8.7 percent, not 11.", evidence: [source] };
const basis = { verdictId: "v1", version: 3 };
const { serialize, parse } = verdictCopyFormat;

describe("the verdict form's safety copy", () => {
  test("round-trips the verdict, rationale and evidence with the version they stood on", () => {
    expect(parse(serialize({ basis, ...content }, now))).toEqual({ kind: "factcheck-desk/verdict-draft", savedAt: now.toISOString(), basis, ...content });
    expect(parse(serialize({ basis: { verdictId: null, version: null }, verdictKey: null, rationale: "", evidence: [] }, now))).not.toBeNull();
  });

  test("is kept per person and per claim, apart from the article editor's", () => {
    const keys = [verdictCopyKey("u1", "c1"), verdictCopyKey("u2", "c1"), verdictCopyKey("u1", "c2")];
    expect(new Set(keys).size).toBe(3);
    expect(keys[0]).toContain("verdict-draft");
  });

  test("a copy that is not one (another kind, an unknown stance) is ignored", () => {
    expect(parse(JSON.stringify({ kind: "factcheck-desk/article-draft", savedAt: now.toISOString(), basis, ...content }))).toBeNull();
    expect(parse(serialize({ basis, ...content, evidence: [{ ...source, stance: "maybe" as never }] }, now))).toBeNull();
  });

  test("is offered only when restoring it would change what the form holds, keys and all aside", () => {
    const copy = parse(serialize({ basis, ...content }, now))!;
    const keyed = { ...source, key: "ev7" };
    expect(copyDiffers(copy, { ...content, evidence: [keyed] })).toBe(false);
    expect(copyDiffers(copy, { ...content, rationale: "The index shows 8.7 percent." })).toBe(true);
    expect(copyDiffers(copy, { ...content, evidence: [{ ...source, stance: "supports" }] })).toBe(true);
    expect(copyDiffers(copy, { ...content, evidence: [] })).toBe(true);
  });

  test("says when the verdict was saved after the copy was made", () => {
    const copy = parse(serialize({ basis, ...content }, now))!;
    expect(savedSinceCopy(copy, { verdictId: "v1", version: 3 })).toBe(false);
    expect(savedSinceCopy(copy, { verdictId: "v1", version: 4 })).toBe(true);
    expect(savedSinceCopy(copy, { verdictId: "v2", version: 1 })).toBe(true);
  });
});
