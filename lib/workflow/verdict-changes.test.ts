import { describe, expect, it } from "vitest";
import { verdictChanges } from "./verdict-changes";

const source = (url: string, more: Partial<{ title: string; stance: string; quote: string }> = {}) => ({ url, title: url, stance: "supports", quote: "", ...more });
const returned = { verdictKey: "accurate", rationale: "The census says 4.1 million.", evidence: [source("https://a.example"), source("https://b.example")] };

describe("verdictChanges", () => {
  it("says when nothing changed, even with the sources in another order", () => {
    const again = { ...returned, evidence: [...returned.evidence].reverse() };
    expect(verdictChanges(returned, again)).toMatchObject({ verdict: null, rationale: null, added: [], removed: [], revised: [], unchanged: true });
  });

  it("gives the verdict's old and new keys, and the rationale word by word", () => {
    const changes = verdictChanges(returned, { ...returned, verdictKey: "misleading", rationale: "The census says 3.9 million." });
    expect(changes.verdict).toEqual({ from: "accurate", to: "misleading" });
    expect(changes.rationale?.filter((part) => part.kind !== "same").map((part) => `${part.kind}:${part.text}`)).toEqual(["removed:4.1", "added:3.9"]);
    expect(changes.unchanged).toBe(false);
  });

  it("lists sources added, removed, and kept with a new stance, title or quote", () => {
    const after = { ...returned, evidence: [source("https://a.example", { stance: "contradicts" }), source("https://c.example")] };
    const changes = verdictChanges(returned, after);
    expect(changes.added.map((s) => s.url)).toEqual(["https://c.example"]);
    expect(changes.removed.map((s) => s.url)).toEqual(["https://b.example"]);
    expect(changes.revised).toEqual([{ source: after.evidence[0], was: returned.evidence[0], changed: ["stance"] }]);
  });

  it("treats a verdict chosen for the first time as a change", () => {
    expect(verdictChanges({ ...returned, verdictKey: null }, returned).verdict).toEqual({ from: null, to: "accurate" });
  });
});
