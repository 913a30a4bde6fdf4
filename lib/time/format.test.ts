import { describe, expect, test } from "vitest";
import { formatDate, formatDateTime, formatStamp } from "./format";

const winter = new Date("2026-12-08T04:14:00Z");
const summer = new Date("2026-07-08T04:14:00Z");

describe("formatDateTime on the desk's clock", () => {
  test.each([
    ["UTC", winter, "8 Dec 2026, 04:14 UTC"],
    ["America/New_York", winter, "7 Dec 2026, 23:14 EST"],
    ["America/New_York", summer, "8 Jul 2026, 00:14 EDT"],
    ["America/Los_Angeles", winter, "7 Dec 2026, 20:14 PST"],
    ["Europe/London", winter, "8 Dec 2026, 04:14 GMT"],
    ["Europe/London", summer, "8 Jul 2026, 05:14 BST"],
    ["Europe/Berlin", summer, "8 Jul 2026, 06:14 CEST"],
    // Named as the people there name them, summer time included.
    ["Asia/Kolkata", winter, "8 Dec 2026, 09:44 IST"],
    ["Australia/Sydney", winter, "8 Dec 2026, 15:14 AEDT"],
    ["Pacific/Auckland", winter, "8 Dec 2026, 17:14 NZDT"],
    ["Pacific/Auckland", summer, "8 Jul 2026, 16:14 NZST"],
    ["Africa/Johannesburg", winter, "8 Dec 2026, 06:14 SAST"],
    // No English name for it: the offset stays.
    ["Asia/Tokyo", winter, "8 Dec 2026, 13:14 GMT+9"],
  ])("%s: %s reads %s", (zone, value, expected) => {
    expect(formatDateTime(value, zone)).toBe(expected);
  });

  test("no date, a dash", () => {
    expect(formatDateTime(null, "UTC")).toBe("—");
    expect(formatDate(undefined, "UTC")).toBe("—");
  });
});

describe("formatDate", () => {
  test("the day it is on the desk's clock, which may be the day before UTC's", () => {
    expect(formatDate(winter, "UTC")).toBe("8 Dec 2026");
    expect(formatDate(winter, "America/Chicago")).toBe("7 Dec 2026");
  });
});

describe("formatStamp", () => {
  test.each([
    ["UTC", winter, "2026-12-08 04:14 UTC"],
    ["America/New_York", winter, "2026-12-07 23:14 EST"],
    ["Europe/London", summer, "2026-07-08 05:14 BST"],
    ["Asia/Kolkata", winter, "2026-12-08 09:44 IST"],
    ["Asia/Tokyo", winter, "2026-12-08 13:14 GMT+9"],
    // Midnight is 00, not 24.
    ["UTC", new Date("2026-12-08T00:05:00Z"), "2026-12-08 00:05 UTC"],
  ])("%s: %s reads %s", (zone, value, expected) => {
    expect(formatStamp(value, zone)).toBe(expected);
  });
});
