import { describe, expect, test } from "vitest";
import { createAnchor } from "@/lib/anchoring";
import { planClaimUpdates, type AnchoredClaim } from "./reanchor-claims";

const OLD = [
  "The council voted 7 to 2 on Tuesday to build a second bridge over the river.",
  "The bridge will cost $48.5 million, according to the council's own estimate.",
  "Traffic on the old bridge has risen by 38 percent in five years, the agency said.",
].join("\n\n");

function claimOn(text: string, phrase: string, extra: Partial<AnchoredClaim> = {}): AnchoredClaim {
  const start = text.indexOf(phrase);
  const anchor = createAnchor(text, start, start + phrase.length);
  return { id: phrase, ...anchor.position, ...anchor.quote, status: "open", hasVerdict: false, ...extra };
}

describe("planClaimUpdates", () => {
  test("text inserted before moves the claim; its words are unchanged", () => {
    const claim = claimOn(OLD, "The bridge will cost $48.5 million");
    const edited = `A new first paragraph.\n\n${OLD}`;
    const [update] = planClaimUpdates(OLD, edited, [claim]);
    expect(update.anchorState).toBe("moved");
    expect(edited.slice(update.start, update.end)).toBe("The bridge will cost $48.5 million");
  });

  test("a stale claim whose words go back to those its approved verdict ruled on is approved again; other words leave it stale", () => {
    const approved = "Traffic on the old bridge has risen by 38 percent in five years";
    const typo = OLD.replace("38 percent", "83 percent");
    const stale = claimOn(typo, "Traffic on the old bridge has risen by 83 percent in five years", { status: "stale", hasVerdict: true, approvedWords: approved });
    const [back] = planClaimUpdates(typo, OLD, [stale]);
    expect(back).toMatchObject({ status: "approved", anchorState: "anchored", wordsRestored: true, exact: approved });
    const [other] = planClaimUpdates(typo, OLD.replace("38 percent", "39 percent"), [stale]);
    expect(other).toMatchObject({ status: "stale", wordsRestored: false });
    // Without the approved words (a new version begun), nothing is restored.
    const [begun] = planClaimUpdates(typo, OLD, [{ ...stale, approvedWords: null }]);
    expect(begun).toMatchObject({ status: "stale", wordsRestored: false });
  });

  test("a rewritten number after a verdict makes the claim stale and says what changed", () => {
    const claim = claimOn(OLD, "Traffic on the old bridge has risen by 38 percent in five years", { status: "approved", hasVerdict: true });
    const edited = OLD.replace("38 percent", "31 percent");
    const [update] = planClaimUpdates(OLD, edited, [claim]);
    expect(update).toMatchObject({ anchorState: "stale", status: "stale", becameStale: true });
    expect(update.textChange?.before).toContain("38 percent");
    expect(update.textChange?.after).toContain("31 percent");
  });

  test("a rewritten number before any verdict just follows the text", () => {
    const claim = claimOn(OLD, "Traffic on the old bridge has risen by 38 percent in five years");
    const [update] = planClaimUpdates(OLD, OLD.replace("38 percent", "31 percent"), [claim]);
    expect(update).toMatchObject({ anchorState: "anchored", status: "open", becameStale: false });
    expect(update.exact).toContain("31 percent");
  });

  test("a deleted paragraph orphans its claim without dropping it", () => {
    const claim = claimOn(OLD, "The bridge will cost $48.5 million, according to the council's own estimate.");
    const edited = OLD.split("\n\n").filter((p) => !p.includes("$48.5")).join("\n\n");
    const [update] = planClaimUpdates(OLD, edited, [claim]);
    expect(update.anchorState).toBe("orphaned");
    expect(update.exact).toBe(claim.exact);
    expect(update.end).toBeLessThanOrEqual(edited.length);
  });
});
