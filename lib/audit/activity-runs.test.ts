import { describe, expect, test } from "vitest";
import { activityRuns, runPhrase } from "./activity-runs";

const at = (minute: number, second = 0) => new Date(Date.UTC(2026, 11, 7, 22, minute, second));
const event = (action: string, actorName: string, createdAt: Date, articleId: string | null = "a1", after: Record<string, unknown> = {}) => ({
  action,
  actorName,
  createdAt,
  articleId,
  before: null,
  after,
});

describe("latest activity in runs", () => {
  test("an auto-assign of many claims is one line, and what came before it still shows", () => {
    const assigned = Array.from({ length: 359 }, (_, k) => event("claim.assigned", "Eve", at(30, 59 - (k % 60)), "a1", { reviewer: `R${k % 12}` }));
    const events = [...assigned, event("claims.found", "Eve", at(29)), event("article.created", "Eve", at(20))];
    const runs = activityRuns(events, 8);
    expect(runs.map((run) => [run.latest.action, run.count])).toEqual([
      ["claim.assigned", 359],
      ["claims.found", 1],
      ["article.created", 1],
    ]);
    expect(runPhrase(runs[0])).toBe("assigned 359 claims");
    expect(runs[0].articleId).toBe("a1");
    expect(runPhrase(runs[2])).toBe("created it");
  });

  test("another person, another action or a pause of over two minutes starts a new run", () => {
    const runs = activityRuns(
      [
        event("claim.accepted", "Eve", at(40)),
        event("claim.accepted", "Ed", at(39, 50)),
        event("claim.accepted", "Ed", at(39, 40)),
        event("claim.dismissed", "Ed", at(39, 30), "a1", { reason: "opinion" }),
        event("claim.dismissed", "Ed", at(36), "a1", { reason: "opinion" }),
      ],
      8,
    );
    expect(runs.map((run) => [run.latest.actorName, run.latest.action, run.count])).toEqual([
      ["Eve", "claim.accepted", 1],
      ["Ed", "claim.accepted", 2],
      ["Ed", "claim.dismissed", 1],
      ["Ed", "claim.dismissed", 1],
    ]);
    expect(runPhrase(runs[1])).toBe("accepted 2 claims");
    expect(runPhrase(runs[2])).toBe("dismissed it as opinion");
  });

  test("a run over several articles names none; at most `limit` runs", () => {
    const runs = activityRuns([event("verdict.approved", "Ed", at(10), "a1"), event("verdict.approved", "Ed", at(10), "a2"), event("article.created", "Eve", at(5)), event("article.saved", "Eve", at(1))], 2);
    expect(runs).toHaveLength(2);
    expect(runs[0]).toMatchObject({ count: 2, articleId: null });
    expect(runPhrase(runs[0])).toBe("approved 2 verdicts");
  });

  test("an action a count cannot speak for is never run together", () => {
    const runs = activityRuns([event("article.saved", "Eve", at(10), "a1", { revision: 4 }), event("article.saved", "Eve", at(9), "a1", { revision: 3 })], 8);
    expect(runs.map(runPhrase)).toEqual(["saved revision 4", "saved revision 3"]);
  });

  test("people added one after another are counted, not named by the last one's role", () => {
    const runs = activityRuns(
      [event("user.created", "Ada", at(10, 30), null, { role: "admin" }), event("user.created", "Ada", at(10, 20), null, { role: "reviewer" }), event("user.created", "Ada", at(10), null, { role: "editor" })],
      8,
    );
    expect(runs.map(runPhrase)).toEqual(["added 3 people"]);
  });
});
