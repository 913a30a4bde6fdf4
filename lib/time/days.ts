import { TZDate } from "@date-fns/tz";

/**
 * Calendar days ("2026-12-05") on a zone's clock, for filters by day such as the
 * corrections log's: which day it is, and the instants a day covers.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar day ("2026-12-05") it is at `now` on the clock of `zone`. */
export function dayIn(zone: string, now: Date): string {
  const local = new TZDate(now.getTime(), zone);
  return `${String(local.getFullYear()).padStart(4, "0")}-${String(local.getMonth() + 1).padStart(2, "0")}-${String(local.getDate()).padStart(2, "0")}`;
}

/** The calendar day `days` after `day` (before, when negative). Calendar arithmetic: no clock involved. */
export function addDays(day: string, days: number): string {
  const [, y, m, d] = DAY.exec(day) ?? [];
  if (!y) throw new RangeError(`Not a calendar day: ${day}`);
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d) + days)).toISOString().slice(0, 10);
}

/** The first instant of `day` on the clock of `zone` (midnight, or the first hour a DST change leaves). */
export function startOfDay(day: string, zone: string): Date {
  const [, y, m, d] = DAY.exec(day) ?? [];
  if (!y) throw new RangeError(`Not a calendar day: ${day}`);
  return new Date(new TZDate(Number(y), Number(m) - 1, Number(d), zone).getTime());
}

/** The last millisecond of `day` on the clock of `zone`: a day can be 23 or 25 hours long. */
export function endOfDay(day: string, zone: string): Date {
  return new Date(startOfDay(addDays(day, 1), zone).getTime() - 1);
}

/**
 * Whether `value` is a calendar day as date fields give it ("2026-12-05"), and a
 * real one (not 30 February), in the years 1000–9998. A date field takes any
 * year, and "9999-12-31" typed to mean "until any time" would leave no next day
 * to count to; out of range it is dropped, as any unusable day is.
 */
export function isCalendarDay(value: string): boolean {
  const [, y, m, d] = DAY.exec(value) ?? [];
  if (!y || Number(y) < 1000 || Number(y) > 9998) return false;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.toISOString().slice(0, 10) === value;
}

/**
 * A range of days as two date fields give it: a value that is not a real day is
 * dropped, and days given the wrong way round are swapped (the range meant is plain).
 */
export function dayRange(from: string, to: string): { from?: string; to?: string } {
  let first = isCalendarDay(from) ? from : undefined;
  let last = isCalendarDay(to) ? to : undefined;
  if (first && last && first > last) [first, last] = [last, first];
  return { ...(first ? { from: first } : {}), ...(last ? { to: last } : {}) };
}
