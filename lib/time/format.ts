/**
 * Times as the desk shows them: on the desk's clock (lib/time/zone.ts), always
 * with the zone named, because deadlines cross desks in several cities. The
 * formatters are built once per zone: making an Intl.DateTimeFormat per call cost
 * a fifth of a long queue page's render.
 */
import { isCalendarDay } from "./days";

type Formatters = { dateTime: Intl.DateTimeFormat; date: Intl.DateTimeFormat; usZone: Intl.DateTimeFormat; stamp: Intl.DateTimeFormat };

const formatters = new Map<string, Formatters>();

function formattersFor(zone: string): Formatters {
  let found = formatters.get(zone);
  if (!found) {
    found = {
      dateTime: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: zone, timeZoneName: "short" }),
      date: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: zone }),
      usZone: new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "short" }),
      stamp: new Intl.DateTimeFormat("en-GB", { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: zone }),
    };
    formatters.set(zone, found);
  }
  return found;
}

/** A zone given as an offset at the end of a British time ("… 23:14 GMT-5"). */
const OFFSET_NAME = /GMT[+-][\d:]+$/;

/**
 * "8 Dec 2026, 23:14 EST": day, month, year, 24-hour time and zone on the desk's
 * clock; "—" for none. British English names Europe's zones (BST, CET) but gives
 * American ones as offsets ("GMT-5"), where a desk in New York reads EST: an
 * offset is replaced by the American name when that is letters.
 */
export function formatDateTime(value: Date | null | undefined, zone: string): string {
  if (!value) return "—";
  const f = formattersFor(zone);
  const british = f.dateTime.format(value);
  const offset = OFFSET_NAME.exec(british);
  if (!offset) return british;
  const american = f.usZone.formatToParts(value).find((part) => part.type === "timeZoneName")?.value ?? "";
  return /^[A-Z]{2,5}$/.test(american) ? british.slice(0, offset.index) + american : british;
}

/**
 * A calendar day kept as text ("2026-12-05", as date inputs give it) in the desk's
 * style; anything else as it is. A day has no clock, so it is read in UTC, where
 * the text's midnight falls on the same day.
 */
export function formatDay(day: string): string {
  // A day that does not exist (30 February) would roll over; show it as typed instead.
  return isCalendarDay(day) ? formatDate(new Date(`${day}T00:00:00Z`), "UTC") : day;
}

/** "8 Dec 2026": the day on the desk's clock; "—" for none. */
export function formatDate(value: Date | null | undefined, zone: string): string {
  return value ? formattersFor(zone).date.format(value) : "—";
}

/**
 * "2026-12-07 23:14 EST": the form exported documents use (sortable, and still
 * unambiguous read anywhere, since the zone is named). Same clock and zone names
 * as formatDateTime.
 */
export function formatStamp(value: Date, zone: string): string {
  const f = formattersFor(zone);
  const part: Record<string, string> = {};
  for (const { type, value: text } of f.stamp.formatToParts(value)) part[type] = text;
  const named = formatDateTime(value, zone);
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute} ${named.slice(named.lastIndexOf(" ") + 1)}`;
}
