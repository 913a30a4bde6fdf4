import { expect, test } from "vitest";
import { shorten } from "./shorten";

test("short text stays, long text is cut with an ellipsis, on one line, emoji whole", () => {
  expect(shorten("  The bridge\n will cost  $48.5m ", 40)).toBe("The bridge will cost $48.5m");
  expect(shorten("The bridge will cost $48.5 million", 12)).toBe("The bridge…");
  expect(shorten("Prices 😀😀😀😀😀", 9)).toBe("Prices 😀…");
  expect(Array.from(shorten("😀".repeat(20), 5))).toHaveLength(5);
});
