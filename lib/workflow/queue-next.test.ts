import { describe, expect, it } from "vitest";
import { nextInQueue } from "./queue-next";
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
