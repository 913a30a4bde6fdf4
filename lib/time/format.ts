/**
 * Times as the desk shows them: on the desk's clock (lib/time/zone.ts), always
 * with the zone named, because deadlines cross desks in several cities. The
 * formatters are built once per zone: making an Intl.DateTimeFormat per call cost
 * a fifth of a long queue page's render.
 */
import { isCalendarDay } from "./days";

type Formatters = { dateTime: Intl.DateTimeFormat; date: Intl.DateTimeFormat; zoneNames: Intl.DateTimeFormat[]; stamp: Intl.DateTimeFormat };

const formatters = new Map<string, Formatters>();

function formattersFor(zone: string): Formatters {
  let found = formatters.get(zone);
  if (!found) {
    found = {
      dateTime: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: zone, timeZoneName: "short" }),
      date: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: zone }),
      zoneNames: ZONE_NAME_LOCALES.map((locale) => new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: "short" })),
      stamp: new Intl.DateTimeFormat("en-GB", { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: zone }),
    };
    formatters.set(zone, found);
  }
  return found;
}

/** A zone given as an offset at the end of a British time ("… 23:14 GMT-5"). */
const OFFSET_NAME = /GMT[+-][\d:]+$/;

/**
 * The English-speaking places whose own names for their zones ICU knows, in the
 * order asked: British English names only Europe's zones (BST, CET) and gives the
 * rest as offsets, where a desk in New York reads EST, one in Auckland NZDT, one
 * in Delhi IST, one in Johannesburg SAST or Lagos WAT, one in Singapore SGT.
 */
const ZONE_NAME_LOCALES = ["en-US", "en-AU", "en-IN", "en-ZA", "en-SG", "en-HK"];

/** The letters name found for a zone at a British offset ("Pacific/Auckland GMT+13" → NZDT), or null for none. */
const zoneNames = new Map<string, string | null>();

/** The local name of `zone` at `value` (all letters), from the first locale that has one; null when none has. */
function localZoneName(f: Formatters, zone: string, offset: string, value: Date): string | null {
  // Within one zone an offset is one name (standard or summer time), so each is looked up once.
  const key = `${zone} ${offset}`;
  if (zoneNames.has(key)) return zoneNames.get(key) ?? null;
  let found: string | null = null;
  for (const format of f.zoneNames) {
    const name = format.formatToParts(value).find((part) => part.type === "timeZoneName")?.value ?? "";
    if (/^[A-Z]{2,5}$/.test(name)) {
      found = name;
      break;
    }
  }
  zoneNames.set(key, found);
  return found;
}

/**
 * "8 Dec 2026, 23:14 EST": day, month, year, 24-hour time and zone on the desk's
 * clock; "—" for none. A zone British English gives as an offset ("GMT-5") is
 * named as the people there name it when ICU knows that (EST, NZDT, IST); Tokyo
 * or São Paulo keep the offset, which is as clear.
 */
export function formatDateTime(value: Date | null | undefined, zone: string): string {
  if (!value) return "—";
  const f = formattersFor(zone);
  const british = f.dateTime.format(value);
  const offset = OFFSET_NAME.exec(british);
  if (!offset) return british;
  const local = localZoneName(f, zone, offset[0], value);
  return local ? british.slice(0, offset.index) + local : british;
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
