import { expect, test } from "vitest";
import { homeFor, navigationFor } from "./navigation";

test.each([
  ["reviewer", ["Articles", "My queue", "Archive"]],
  ["editor", ["Articles", "My queue", "Archive", "Corrections", "Dashboard"]],
  ["admin", ["Articles", "My queue", "Archive", "Corrections", "Dashboard", "Admin"]],
] as const)("%s sees %j", (role, labels) => {
  expect(navigationFor(role).map((link) => link.label)).toEqual(labels);
});

test.each([
  ["reviewer", "/queue"],
  ["editor", "/articles"],
  ["admin", "/articles"],
] as const)("%s starts at %s", (role, path) => {
  expect(homeFor(role)).toBe(path);
});
