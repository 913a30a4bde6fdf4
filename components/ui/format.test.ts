import { describe, expect, test } from "vitest";
import { formatDay, formatRelative } from "./format";

const now = new Date("2026-12-05T12:00:00Z");
const at = (ms: number) => new Date(now.getTime() + ms);
const MIN = 60_000;

describe("formatRelative", () => {
  test.each([
    [at(20_000), "now"],
    [at(5 * MIN), "in 5 minutes"],
    [at(-45 * MIN), "45 minutes ago"],
    [at(89 * MIN), "in 89 minutes"],
    [at(90 * MIN), "in 2 hours"],
    [at(36 * 60 * MIN), "in 36 hours"],
    [at(-47 * 60 * MIN), "47 hours ago"],
    [at(2 * 24 * 60 * MIN), "in 2 days"],
    [at(-10 * 24 * 60 * MIN), "10 days ago"],
  ])("%s reads as %s", (value, expected) => {
    expect(formatRelative(value, now)).toBe(expected);
  });

  test("no date, no text", () => {
    expect(formatRelative(null, now)).toBe("");
  });
});

describe("formatDay", () => {
  test.each([
    ["2026-12-05", "5 Dec 2026"],
    ["2026-02-30", "2026-02-30"],
    ["last Tuesday", "last Tuesday"],
  ])("%s reads as %s", (day, expected) => {
    expect(formatDay(day)).toBe(expected);
  });
});
