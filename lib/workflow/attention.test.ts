import { describe, expect, test } from "vitest";
import { attentionCutNote } from "./attention";

const rows = (reason: "overdue" | "stale" | "lost" | "more_time", n: number) => Array.from({ length: n }, () => ({ reason }));

describe("attentionCutNote", () => {
  test("says when the list holds fewer than the counts", () => {
    expect(attentionCutNote([...rows("overdue", 50), ...rows("stale", 3)], { overdue: 409, troubled: 3 })).toBe("Showing the 50 longest overdue of 409; the rest come up as these are dealt with.");
    expect(attentionCutNote([...rows("overdue", 50), ...rows("lost", 50)], { overdue: 409, troubled: 80 })).toBe("Showing the 50 longest overdue of 409 and 50 of 80 stale or lost claims; the rest come up as these are dealt with.");
  });

  test("says nothing when everything is listed", () => {
    expect(attentionCutNote([...rows("overdue", 2), ...rows("more_time", 1)], { overdue: 2, troubled: 0 })).toBeNull();
  });
});
