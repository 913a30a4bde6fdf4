import { expect, test } from "vitest";
import { deactivateWarning } from "./deactivate-text";

test.each([
  [4, "Rosa Reviewer holds 4 claims; they go back to the open pool for reassigning."],
  [1, "Rosa Reviewer holds 1 claim; it goes back to the open pool for reassigning."],
  [0, "Rosa Reviewer holds no claims."],
])("holding %i", (held, claims) => {
  expect(deactivateWarning("Rosa Reviewer", held)).toBe(`${claims} They are signed out at once and cannot sign in until reactivated; their history stays.`);
});
