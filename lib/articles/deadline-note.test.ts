import { describe, expect, test } from "vitest";
import { deadlineNote } from "./deadline-note";

const now = new Date("2026-12-08T09:00").getTime();

describe("deadlineNote", () => {
  test.each([
    ["2026-12-08T18:00", null],
    ["2027-12-08T09:00", null],
    ["2026-12-07T18:00", "passed"],
    ["2062-12-08T18:00", "far"],
    ["2028-01-01T00:00", "far"],
    ["", null],
    ["not a date", null],
  ])("%j → %j", (value, expected) => {
    expect(deadlineNote(value, now)).toBe(expected);
  });
});
