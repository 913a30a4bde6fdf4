import { describe, expect, test } from "vitest";
import { articleReadiness, type ClaimSearch, type ReadinessClaim } from "./readiness";

const c = (status: ReadinessClaim["status"], text = "The bridge opened in 1932.", checkWorthy?: boolean): ReadinessClaim => ({
  status,
  text,
  ...(checkWorthy === undefined ? {} : { checkWorthy }),
});

describe("articleReadiness", () => {
  test.each([
    ["no claims at all", [], 0, { settled: 0, total: 0, ready: true }],
    ["all approved or dismissed", [c("approved"), c("dismissed")], 0, { settled: 2, total: 2, ready: true }],
    ["one submitted", [c("approved"), c("submitted")], 0, { settled: 1, total: 2, ready: false }],
    ["pending correction blocks", [c("approved")], 1, { settled: 1, total: 1, ready: false }],
    ["check-worthy suggestion blocks (coverage gate)", [c("approved"), c("proposed")], 0, { settled: 1, total: 2, ready: false }],
    ["low-scoring suggestion neither counts nor blocks", [c("approved"), c("proposed", "x", false)], 0, { settled: 1, total: 1, ready: true }],
    ["stale blocks", [c("stale")], 0, { settled: 0, total: 1, ready: false }],
    ["returned blocks", [c("returned")], 0, { settled: 0, total: 1, ready: false }],
  ] as const)("%s", (_name, claims, pendingCorrections, expected) => {
    expect(articleReadiness({ claims, pendingCorrections, claimSearch: "current" })).toMatchObject(expected);
  });

  describe("coverage gate: the claims must have been looked for", () => {
    const manual = (anchorState: ReadinessClaim["anchorState"] = "anchored", markedOnCurrentText = true): ReadinessClaim => ({ status: "approved", text: "x", origin: "manual", anchorState, markedOnCurrentText });
    test.each([
      ["never searched, no claims", "never", [], ["Find claims has not been run"]],
      ["searched an earlier text", "outdated", [c("approved")], ["Find claims has not been run since the text changed"]],
      ["never searched, but an editor marked a claim", "never", [manual()], []],
      ["a marked claim whose text is gone does not count", "never", [manual("orphaned")], ["Find claims has not been run"]],
      ["a claim marked before the text last changed does not count for the words added since", "outdated", [manual("anchored", false)], ["Find claims has not been run since the text changed"]],
      ["searched the current text and found nothing", "current", [], []],
    ] as const)("%s", (_name, claimSearch: ClaimSearch, claims, blockers) => {
      const result = articleReadiness({ claims, pendingCorrections: 0, claimSearch });
      expect(result.blockers).toEqual(blockers);
      expect(result.ready).toBe(blockers.length === 0);
    });

    test("the search comes first among the blockers", () => {
      const result = articleReadiness({ claims: [c("open", "Rents doubled.")], pendingCorrections: 1, claimSearch: "never" });
      expect(result.blockers).toEqual(["Find claims has not been run", "“Rents doubled.” is not assigned", "1 correction is not yet published"]);
    });
  });

  test("blockers name each claim and the pending corrections, in order", () => {
    const result = articleReadiness({
      claims: [c("submitted", "Crime fell 12%."), c("approved"), c("open", "Rents doubled.")],
      pendingCorrections: 2,
      claimSearch: "current",
    });
    expect(result.blockers).toEqual([
      "“Crime fell 12%.” is waiting for sign-off",
      "“Rents doubled.” is not assigned",
      "2 corrections are not yet published",
    ]);
  });

  test("a lost claim not yet settled says its words left the text and asks for a dismissal, even mid-check", () => {
    const lost = (status: Parameters<typeof c>[0]) => ({ ...c(status, "Fares rose 8%."), anchorState: "orphaned" as const });
    const result = articleReadiness({ claims: [lost("open"), lost("submitted"), lost("approved")], pendingCorrections: 0, claimSearch: "current" });
    expect(result.blockers).toEqual([
      "“Fares rose 8%.” is no longer in the article's text: dismiss it, or mark the passage again",
      "“Fares rose 8%.” is no longer in the article's text: dismiss it, or mark the passage again",
    ]);
  });

  test("an approved verdict that needs a correction blocks until one is written, unless its words left the text", () => {
    const wrong = { ...c("approved", "Fares are the cheapest in Europe."), correctionMissing: "Inaccurate" };
    const result = articleReadiness({ claims: [wrong, c("approved")], pendingCorrections: 0, claimSearch: "current" });
    expect(result).toMatchObject({ settled: 2, total: 2, ready: false });
    expect(result.blockers).toEqual(["“Fares are the cheapest in Europe.” was approved as Inaccurate: draft its correction, or fix the text and have it checked again"]);
    const gone = articleReadiness({ claims: [{ ...wrong, anchorState: "orphaned" }], pendingCorrections: 0, claimSearch: "current" });
    expect(gone.ready).toBe(true);
  });

  test("long claim text is shortened without splitting an emoji", () => {
    const text = `${"a".repeat(58)}😀😀😀 and more`;
    const [blocker] = articleReadiness({ claims: [c("open", text)], pendingCorrections: 0, claimSearch: "current" }).blockers;
    expect(blocker).toBe(`“${"a".repeat(58)}😀…” is not assigned`);
  });
});

describe("blockers grouped by what has to happen next", () => {
  const claim = (id: string, status: ReadinessClaim["status"], text: string, extra: Partial<ReadinessClaim> = {}): ReadinessClaim => ({ id, status, text, ...extra });

  test("most pressing first (wrong copy, lost words, stale, sign-off, returned), then work not started or under way; each claim linked", () => {
    const result = articleReadiness({
      claims: [
        claim("c1", "open", "Rents doubled."),
        claim("c2", "in_review", "Crime fell 12%."),
        claim("c3", "submitted", "The bridge opened in 1932."),
        claim("c4", "approved", "Fares rose 8%.", { correctionMissing: "Inaccurate" }),
        claim("c5", "assigned", "Trams run every 4 minutes."),
        claim("c6", "open", "The river is 300 km long.", { anchorState: "orphaned" }),
        claim("c7", "proposed", "Half of homes have solar panels."),
      ],
      pendingCorrections: 1,
      claimSearch: "current",
    });
    expect(result.groups.map((g) => [g.title, g.items.map((i) => i.claimId)])).toEqual([
      ["Approved, but the copy needs a correction", ["c4"]],
      ["Words no longer in the text: dismiss, or mark the passage again", ["c6"]],
      ["Waiting for sign-off", ["c3"]],
      ["Suggested, not yet accepted or dismissed", ["c7"]],
      ["Not assigned", ["c1"]],
      ["With a reviewer", ["c2", "c5"]],
      ["Corrections not yet published", [null]],
    ]);
    expect(result.groups[0].items[0].text).toBe("“Fares rose 8%.” was approved as Inaccurate: draft its correction, or fix the text and have it checked again");
    expect(result.groups[1].items[0].text).toBe("“The river is 300 km long.”");
    expect(result.groups.at(-1)?.items[0].text).toBe("1 correction is not yet published");
    // The sentences stay in the text's order, every blocker once in both.
    expect(result.blockers).toHaveLength(8);
    expect(result.groups.reduce((n, g) => n + g.items.length, 0)).toBe(8);
  });

  test("an article never searched says so first, and a ready article has no groups", () => {
    expect(articleReadiness({ claims: [claim("c1", "open", "Rents doubled.")], pendingCorrections: 0, claimSearch: "never" }).groups.map((g) => g.key)).toEqual(["search", "open"]);
    expect(articleReadiness({ claims: [claim("c1", "approved", "Rents doubled.")], pendingCorrections: 0, claimSearch: "current" }).groups).toEqual([]);
  });
});
