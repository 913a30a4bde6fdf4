import { describe, expect, test } from "vitest";
import { ACCOUNT_DEACTIVATED, DEACTIVATED_REFUSAL, NOT_ALLOWED, NOT_SIGNED_IN, refusedForAccess } from "./refusals";

describe("refusedForAccess", () => {
  test("the guards' refusals are about access; anything else is not", () => {
    expect(refusedForAccess(NOT_SIGNED_IN)).toBe(true);
    expect(refusedForAccess(NOT_ALLOWED)).toBe(true);
    expect(refusedForAccess(DEACTIVATED_REFUSAL)).toBe(true);
    expect(refusedForAccess(ACCOUNT_DEACTIVATED)).toBe(true);
    expect(refusedForAccess("This claim changed since you opened it.")).toBe(false);
    expect(refusedForAccess("")).toBe(false);
  });
});
