import { expect, test } from "vitest";
import { safeRedirectPath } from "./redirect";

test.each([
  ["/articles/abc", "/articles/abc"],
  ["/queue?x=1", "/queue?x=1"],
  ["https://evil.example", "/articles"],
  ["//evil.example", "/articles"],
  ["/\\evil.example", "/articles"],
  ["/sign-in", "/articles"],
  [undefined, "/articles"],
  [42, "/articles"],
])("safeRedirectPath(%j) is %j", (input, expected) => {
  expect(safeRedirectPath(input)).toBe(expected);
});
