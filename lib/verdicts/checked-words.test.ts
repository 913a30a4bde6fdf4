import { expect, test } from "vitest";
import { earlierWording } from "./checked-words";

test("the checked words come back only when they differ from the claim's words now", () => {
  expect(earlierWording("Bus fares rose 20% in 2024.", "Bus fares rose 30% in 2024.")).toBe("Bus fares rose 20% in 2024.");
  expect(earlierWording("  The levy raised\n$4m. ", "The levy  raised $4m.")).toBeNull();
  expect(earlierWording(null, "Anything.")).toBeNull();
  expect(earlierWording(undefined, "Anything.")).toBeNull();
  expect(earlierWording("   ", "Anything.")).toBeNull();
});
