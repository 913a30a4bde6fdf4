import { describe, expect, test } from "vitest";
import { articleReadiness, type ReadinessClaim } from "./readiness";

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
    expect(articleReadiness({ claims, pendingCorrections })).toMatchObject(expected);
  });

  test("blockers name each claim and the pending corrections, in order", () => {
    const result = articleReadiness({
      claims: [c("submitted", "Crime fell 12%."), c("approved"), c("open", "Rents doubled.")],
      pendingCorrections: 2,
    });
    expect(result.blockers).toEqual([
      "“Crime fell 12%.” is waiting for sign-off",
      "“Rents doubled.” is not assigned",
      "2 corrections are not yet published",
    ]);
  });

  test("long claim text is shortened without splitting an emoji", () => {
    const text = `${"a".repeat(58)}😀😀😀 and more`;
    const [blocker] = articleReadiness({ claims: [c("open", text)], pendingCorrections: 0 }).blockers;
    expect(blocker).toBe(`“${"a".repeat(58)}😀…” is not assigned`);
  });
});
