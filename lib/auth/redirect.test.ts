import { expect, test } from "vitest";
import { safeRedirectPath } from "./redirect";

test.each([
  ["/articles/abc", "/articles/abc"],
  ["/queue?x=1", "/queue?x=1"],
  ["https://evil.example", "/articles"],
  ["//evil.example", "/articles"],
  ["/\\evil.example", "/articles"],
  ["/sign-in", "/articles"],
  // Browsers drop tabs and line breaks and read "\\" as "/": each of these is another site to them.
  ["/\t/evil.example", "/articles"],
  ["/\n/evil.example", "/articles"],
  ["/\r\n/evil.example", "/articles"],
  ["/%09/evil.example", "/%09/evil.example"],
  ["/./sign-in", "/articles"],
  // Resolved, these become "//evil.example": a host to the browser that follows it.
  ["/.//evil.example/phish", "/articles"],
  ["/x/..//evil.example", "/articles"],
  ["/%2e//evil.example", "/articles"],
  ["/%2E%2E//evil.example", "/articles"],
  ["/articles/.//x", "/articles//x"],
  ["/articles/../api/health", "/articles"],
  ["/claims/1#history", "/claims/1#history"],
  [undefined, "/articles"],
  [42, "/articles"],
])("safeRedirectPath(%j) is %j", (input, expected) => {
  expect(safeRedirectPath(input)).toBe(expected);
});
