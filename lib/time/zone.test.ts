import { describe, expect, test } from "vitest";
import { isTimeZone, timeZoneChoices, zoneLabel } from "./zone";

describe("isTimeZone", () => {
  test.each(["UTC", "America/New_York", "Europe/London", "Asia/Kolkata"])("%s is a zone", (zone) => {
    expect(isTimeZone(zone)).toBe(true);
  });

  test.each(["", "Mars/Olympus_Mons", "EST5EDT; DROP TABLE settings", "New York", "x".repeat(65)])("%j is not", (zone) => {
    expect(isTimeZone(zone)).toBe(false);
  });
});

test("the choices start with UTC, once, and are all zones", () => {
  const choices = timeZoneChoices();
  expect(choices[0]).toBe("UTC");
  expect(choices.filter((zone) => zone === "UTC")).toHaveLength(1);
  expect(choices).toContain("America/New_York");
  expect(choices.every(isTimeZone)).toBe(true);
});

test("zoneLabel spells underscores as spaces", () => {
  expect(zoneLabel("America/Port_of_Spain")).toBe("America/Port of Spain");
});
