import { expect, test } from "vitest";
import { safeRedirectPath } from "./redirect";

test.each([
  ["/articles/abc", "/articles/abc"],
  ["/queue?x=1", "/queue?x=1"],
  ["https://evil.example", "/"],
  ["//evil.example", "/"],
  ["/\\evil.example", "/"],
  ["/sign-in", "/"],
  // Browsers drop tabs and line breaks and read "\\" as "/": each of these is another site to them.
  ["/\t/evil.example", "/"],
  ["/\n/evil.example", "/"],
  ["/\r\n/evil.example", "/"],
  ["/%09/evil.example", "/%09/evil.example"],
  ["/./sign-in", "/"],
  // Resolved, these become "//evil.example": a host to the browser that follows it.
  ["/.//evil.example/phish", "/"],
  ["/x/..//evil.example", "/"],
  ["/%2e//evil.example", "/"],
  ["/%2E%2E//evil.example", "/"],
  ["/articles/.//x", "/articles//x"],
  ["/articles/../api/health", "/"],
  ["/claims/1#history", "/claims/1#history"],
  [undefined, "/"],
  [42, "/"],
])("safeRedirectPath(%j) is %j", (input, expected) => {
  expect(safeRedirectPath(input)).toBe(expected);
});
