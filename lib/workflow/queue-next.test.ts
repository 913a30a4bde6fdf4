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

describe("nextToSignOff after the current verdict left the list", () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 11, 7, 9, minute));
  const waiting = [
    { claimId: "old", authorId: "rita", submittedAt: at(1) },
    { claimId: "b", authorId: "ed", submittedAt: at(5) },
    { claimId: "c", authorId: "raj", submittedAt: at(6) },
  ];

  it("goes on from where the approved one stood, not back to the oldest", () => {
    expect(nextToSignOff(waiting, "approved", "ed", { needsCorrection: false, submittedAt: at(4) })?.claimId).toBe("c");
  });

  it("wraps round past the end", () => {
    expect(nextToSignOff(waiting, "approved", "ed", { needsCorrection: false, submittedAt: at(9) })?.claimId).toBe("old");
  });

  it("without a time, the first one wanted", () => {
    expect(nextToSignOff(waiting, "approved", "ed")?.claimId).toBe("old");
  });
});

describe("nextToSignOff when verdicts needing a correction come first", () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 11, 7, 9, minute));
  const waiting = [
    { claimId: "wrong", authorId: "rita", needsCorrection: true, submittedAt: at(8) },
    { claimId: "misleading", authorId: "raj", needsCorrection: true, submittedAt: at(9) },
    { claimId: "fine", authorId: "raj", needsCorrection: false, submittedAt: at(2) },
  ];

  it("an approved verdict that needed a correction goes on to the next such one, though older ones that need none wait", () => {
    expect(nextToSignOff(waiting, "approved", "ed", { needsCorrection: true, submittedAt: at(8) })?.claimId).toBe("misleading");
  });

  it("one that needed none goes on among those that need none", () => {
    expect(nextToSignOff(waiting, "approved", "ed", { needsCorrection: false, submittedAt: at(1) })?.claimId).toBe("fine");
    expect(nextToSignOff(waiting, "approved", "ed", { needsCorrection: false, submittedAt: at(3) })?.claimId).toBe("wrong");
  });
});
