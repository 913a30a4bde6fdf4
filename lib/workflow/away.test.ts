import { expect, test } from "vitest";
import { awayUntilInZone, awayUntilOf, isAway } from "./away";

const now = new Date("2026-12-07T15:00:00Z"); // 10:00 in New York

test("away until a day means until that day is over on the desk's clock", () => {
  const result = awayUntilOf("2026-12-09", "America/New_York", now);
  expect(result).toEqual({ ok: true, until: new Date("2026-12-10T04:59:59.999Z") });
  if (!result.ok) return;
  expect(isAway(result.until, new Date("2026-12-10T04:59:00Z"))).toBe(true);
  expect(isAway(result.until, new Date("2026-12-10T05:00:00Z"))).toBe(false);
  expect(isAway(null, now)).toBe(false);
});

test("today is fine; a past day, a day over a year away or not a day is refused with a reason", () => {
  expect(awayUntilOf("2026-12-07", "America/New_York", now).ok).toBe(true);
  expect(awayUntilOf("2026-12-06", "America/New_York", now)).toMatchObject({ ok: false, error: expect.stringMatching(/passed/) });
  expect(awayUntilOf("2028-01-01", "America/New_York", now)).toMatchObject({ ok: false, error: expect.stringMatching(/within a year/) });
  expect(awayUntilOf("2026-02-30", "UTC", now)).toMatchObject({ ok: false });
});

test("the desk's clock moving zone keeps the last day away, ending at midnight on the new clock", () => {
  const until = new Date("2026-12-09T23:59:59.999Z"); // away until 9 Dec, set on UTC
  expect(awayUntilInZone(until, "UTC", "Pacific/Auckland")).toEqual(new Date("2026-12-09T10:59:59.999Z"));
  expect(awayUntilInZone(until, "UTC", "America/Los_Angeles")).toEqual(new Date("2026-12-10T07:59:59.999Z"));
  // And back again: the same day.
  expect(awayUntilInZone(awayUntilInZone(until, "UTC", "Pacific/Auckland"), "Pacific/Auckland", "UTC")).toEqual(until);
});
