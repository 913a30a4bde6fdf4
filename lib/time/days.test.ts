import { describe, expect, test } from "vitest";
import { addDays, dayIn, dayRange, endOfDay, isCalendarDay, startOfDay } from "./days";

describe("days on a zone's clock", () => {
  test("the day it is depends on the clock", () => {
    const now = new Date("2026-12-06T03:00:00Z");
    expect(dayIn("UTC", now)).toBe("2026-12-06");
    expect(dayIn("America/New_York", now)).toBe("2026-12-05");
    expect(dayIn("Asia/Tokyo", new Date("2026-12-05T20:00:00Z"))).toBe("2026-12-06");
  });

  test("addDays crosses months, years and leap days", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(addDays("2026-12-05", -29)).toBe("2026-11-06");
    expect(() => addDays("5 Dec", 1)).toThrow(RangeError);
  });

  test("a day runs from its midnight to the last millisecond before the next", () => {
    expect(startOfDay("2026-12-05", "UTC").toISOString()).toBe("2026-12-05T00:00:00.000Z");
    expect(endOfDay("2026-12-05", "UTC").toISOString()).toBe("2026-12-05T23:59:59.999Z");
    expect(startOfDay("2026-12-05", "America/New_York").toISOString()).toBe("2026-12-05T05:00:00.000Z");
    expect(endOfDay("2026-12-05", "America/New_York").toISOString()).toBe("2026-12-06T04:59:59.999Z");
  });

  test("the days daylight saving changes are 23 and 25 hours long", () => {
    const hours = (day: string) => (endOfDay(day, "America/New_York").getTime() + 1 - startOfDay(day, "America/New_York").getTime()) / 3_600_000;
    expect(hours("2026-03-08")).toBe(23);
    expect(hours("2026-11-01")).toBe(25);
    expect(hours("2026-11-02")).toBe(24);
  });
});

test("isCalendarDay: real days as date fields give them", () => {
  expect(["2026-12-05", "2028-02-29"].every(isCalendarDay)).toBe(true);
  expect(["2026-02-29", "2026-13-01", "2026-12-5", "5 Dec 2026", "", "2026-12-05T00:00"].some(isCalendarDay)).toBe(false);
  // Years a day can be counted past: "9999-12-31" typed to mean "any time" is dropped, not a crash.
  expect(["9999-12-31", "0999-01-01", "0001-01-01"].some(isCalendarDay)).toBe(false);
  expect(dayRange("2020-01-01", "9999-12-31")).toEqual({ from: "2020-01-01" });
});

test("a day range drops what is not a day and puts the days in order", () => {
  expect(dayRange("2026-12-31", "2026-12-01")).toEqual({ from: "2026-12-01", to: "2026-12-31" });
  expect(dayRange("2026-02-30", "2026-12-01")).toEqual({ to: "2026-12-01" });
  expect(dayRange("", "yesterday")).toEqual({});
});
