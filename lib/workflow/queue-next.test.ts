import { describe, expect, it } from "vitest";
import { nextInQueue, nextToSignOff } from "./queue-next";
import type { ClaimStatus } from "./statuses";

const queue = (...entries: [string, ClaimStatus][]) => entries.map(([claimId, claimStatus]) => ({ claimId, claimStatus }));

describe("nextInQueue", () => {
  it("takes the next claim still to do after the current one", () => {
    const items = queue(["a", "assigned"], ["b", "submitted"], ["c", "returned"], ["d", "in_review"]);
    expect(nextInQueue(items, "a")?.claimId).toBe("c");
    expect(nextInQueue(items, "c")?.claimId).toBe("d");
  });

  it("wraps round to the top when the current claim is last", () => {
    const items = queue(["a", "stale"], ["b", "approved"], ["c", "assigned"]);
    expect(nextInQueue(items, "c")?.claimId).toBe("a");
  });

  it("skips claims handed over or finished, and the current one even when it is still to do", () => {
    const items = queue(["a", "submitted"], ["b", "in_review"], ["c", "approved"]);
    expect(nextInQueue(items, "b")).toBeNull();
  });

  it("starts from the top for a claim that is not in the queue", () => {
    const items = queue(["a", "approved"], ["b", "assigned"], ["c", "assigned"]);
    expect(nextInQueue(items, "elsewhere")?.claimId).toBe("b");
  });

  it("has nothing to offer from an empty queue", () => {
    expect(nextInQueue([], "a")).toBeNull();
  });
});

describe("nextToSignOff", () => {
  const waiting = [
    { claimId: "a", authorId: "rita" },
    { claimId: "b", authorId: "ed" },
    { claimId: "c", authorId: "raj" },
  ];

  it("skips the verdicts the editor wrote", () => {
    expect(nextToSignOff(waiting, "a", "ed")?.claimId).toBe("c");
  });

  it("wraps round, and offers nothing when only the current one and the editor's own are left", () => {
    expect(nextToSignOff(waiting, "c", "ed")?.claimId).toBe("a");
    expect(nextToSignOff(waiting.slice(0, 2), "a", "ed")).toBeNull();
  });
});
