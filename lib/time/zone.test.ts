import { describe, expect, test } from "vitest";
import { currentZoneName, isTimeZone, timeZoneChoices, zoneClockLabel, zoneLabel } from "./zone";

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

const RENAMED = [
  ["Asia/Calcutta", "Asia/Kolkata"],
  ["Asia/Katmandu", "Asia/Kathmandu"],
  ["Asia/Saigon", "Asia/Ho_Chi_Minh"],
  ["Europe/Kiev", "Europe/Kyiv"],
  ["America/Godthab", "America/Nuuk"],
  ["Asia/Rangoon", "Asia/Yangon"],
  ["America/Buenos_Aires", "America/Argentina/Buenos_Aires"],
  ["Pacific/Enderbury", "Pacific/Kanton"],
] as const;

describe("current zone names", () => {
  test.each(RENAMED)("%s is offered as %s", (old, current) => {
    const choices = timeZoneChoices();
    expect(choices).toContain(current);
    expect(choices).not.toContain(old);
    expect(currentZoneName(old)).toBe(current);
  });

  test.each(RENAMED)("%s and %s keep the same clock", (old, current) => {
    const clock = (zone: string) => new Intl.DateTimeFormat("en", { timeZone: zone, dateStyle: "full", timeStyle: "full" });
    for (const at of [new Date("2022-01-15T12:00:00Z"), new Date("2022-07-15T12:00:00Z")]) expect(clock(current).format(at)).toBe(clock(old).format(at));
  });

  test("other names stay as they are", () => {
    for (const zone of ["UTC", "America/New_York", "Asia/Kolkata", "Not/A_Zone", "constructor", "toString"]) expect(currentZoneName(zone)).toBe(zone);
  });

  test("the choices are sorted after UTC and list each zone once", () => {
    const rest = timeZoneChoices().slice(1);
    expect(rest).toEqual([...rest].sort());
    expect(new Set(rest).size).toBe(rest.length);
  });
});

test.each([
  ["America/New_York", "New York time"],
  ["America/Argentina/Buenos_Aires", "Buenos Aires time"],
  ["Europe/Kyiv", "Kyiv time"],
  ["UTC", "UTC"],
])("zoneClockLabel(%s) is %s", (zone, label) => {
  expect(zoneClockLabel(zone)).toBe(label);
});
