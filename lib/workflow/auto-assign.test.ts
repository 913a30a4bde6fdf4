import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { autoAssignShares, autoAssignSplit, planAutoAssignment, type AutoAssignReviewer } from "./auto-assign";

const r = (id: string, name: string, openCount: number, active = true): AutoAssignReviewer => ({ id, name, active, openCount });
const claims = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `c${i + 1}`, position: i + 1 }));

describe("planAutoAssignment", () => {
  test.each([
    ["no claims", 0, [r("u1", "Ada", 0)], []],
    ["no reviewers", 2, [], []],
    ["only deactivated reviewers", 2, [r("u1", "Ada", 0, false)], []],
    ["equal load: by name", 2, [r("u2", "Bea", 0), r("u1", "Ada", 0)], [["c1", "u1"], ["c2", "u2"]]],
    ["equal load and name: by id", 2, [r("u9", "Ada", 0), r("u3", "Ada", 0)], [["c1", "u3"], ["c2", "u9"]]],
    ["lowest load first, then catches up", 4, [r("u1", "Ada", 2), r("u2", "Bea", 0)], [["c1", "u2"], ["c2", "u2"], ["c3", "u1"], ["c4", "u2"]]],
    ["skips a deactivated reviewer with no load", 2, [r("u0", "Aaron", 0, false), r("u1", "Ada", 5)], [["c1", "u1"], ["c2", "u1"]]],
  ] as const)("%s", (_name, n, reviewers, expected) => {
    const plan = planAutoAssignment(claims(n), reviewers);
    expect(plan.map((p) => [p.claimId, p.reviewerId])).toEqual(expected);
  });

  test("claims are taken in article order whatever order they arrive in", () => {
    const plan = planAutoAssignment(
      [{ id: "late", position: 9 }, { id: "early", position: 1 }],
      [r("u1", "Ada", 0), r("u2", "Bea", 0)],
    );
    expect(plan).toEqual([{ claimId: "early", reviewerId: "u1" }, { claimId: "late", reviewerId: "u2" }]);
  });

  test("does not mutate the reviewers it is given", () => {
    const reviewers = [r("u1", "Ada", 1)];
    planAutoAssignment(claims(3), reviewers);
    expect(reviewers[0].openCount).toBe(1);
  });

  test("property: final loads of active reviewers differ by at most one more than they started", () => {
    fc.assert(
      fc.property(fc.nat(40), fc.array(fc.record({ load: fc.nat(5), active: fc.boolean() }), { maxLength: 6 }), (n, specs) => {
        const reviewers = specs.map((s, i) => r(`u${i}`, `R${i}`, s.load, s.active));
        const plan = planAutoAssignment(claims(n), reviewers);
        const active = reviewers.filter((x) => x.active);
        if (active.length === 0) return plan.length === 0;
        const load = new Map(active.map((x) => [x.id, x.openCount]));
        for (const p of plan) load.set(p.reviewerId, (load.get(p.reviewerId) ?? Number.NaN) + 1);
        const loads = [...load.values()];
        const startMax = Math.max(...active.map((x) => x.openCount));
        // Greedy never lifts anyone above max(start max, final min + 1).
        return plan.length === n && loads.every((l) => l <= Math.max(startMax, Math.min(...loads) + 1));
      }),
    );
  });
});

describe("the split, as the preview and the message say it", () => {
  const step = (reviewerId: string, reviewerName: string) => ({ reviewerId, reviewerName });

  test("most claims first, ties by name", () => {
    const plan = [step("u3", "Rita"), step("u1", "Raj"), step("u2", "Rosa"), step("u1", "Raj"), step("u2", "Rosa")];
    expect(autoAssignShares(plan)).toEqual([
      { reviewerId: "u1", name: "Raj", count: 2 },
      { reviewerId: "u2", name: "Rosa", count: 2 },
      { reviewerId: "u3", name: "Rita", count: 1 },
    ]);
    expect(autoAssignSplit(autoAssignShares(plan))).toBe("Raj 2, Rosa 2, Rita 1");
  });

  test("an empty plan has no split", () => {
    expect(autoAssignSplit(autoAssignShares([]))).toBe("");
  });
});
