import { describe, expect, test } from "vitest";
import { sinceYouOpened, takenInQuietly } from "./claim-watch";

describe("what an open claim page takes in without asking", () => {
  test("comments and the holder's drafts refresh the page at once", () => {
    expect(takenInQuietly(["claim.commented", "verdict.draft_saved", "claim.comment_edited", "claim.comment_removed"])).toBe(true);
  });

  test("a decision, a submission or a reassignment among them waits for the viewer", () => {
    expect(takenInQuietly(["claim.commented", "verdict.approved"])).toBe(false);
    expect(takenInQuietly(["verdict.submitted"])).toBe(false);
    expect(takenInQuietly(["claim.reassigned"])).toBe(false);
    expect(takenInQuietly(["claim.reworded"])).toBe(false);
  });
});

describe("saying what changed", () => {
  test("names up to three changes in order and counts the rest", () => {
    expect(sinceYouOpened(["Eve approved version 2"])).toBe("Since you opened this page: Eve approved version 2.");
    expect(sinceYouOpened(["a", "b", "c", "d", "e"])).toBe("Since you opened this page: a; b; c; and 2 more.");
  });
});
