import { isCalendarDay } from "@/lib/time/days";
import { formatDate } from "@/lib/time/format";

/** Times on the desk's clock: lib/time/format.ts (shared with e-mails). */
export { formatDate, formatDateTime } from "@/lib/time/format";

/**
 * A calendar day kept as text ("2026-12-05", as date inputs give it) in the desk's
 * style; anything else as it is. A day has no clock, so it is read in UTC, where
 * the text's midnight falls on the same day.
 */
export function formatDay(day: string): string {
  // A day that does not exist (30 February) would roll over; show it as typed instead.
  return isCalendarDay(day) ? formatDate(new Date(`${day}T00:00:00Z`), "UTC") : day;
}

const RELATIVE = new Intl.RelativeTimeFormat("en", { numeric: "always" });
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How far a time is from now, as an editor on deadline reads it: "in 5 hours",
 * "3 days ago". Days only from two days out (so 36 hours is not "in 2 days"),
 * hours from 90 minutes. Server-rendered only: the client's clock would differ.
 */
export function formatRelative(value: Date | null | undefined, now: Date): string {
  if (!value) return "";
  const diff = value.getTime() - now.getTime();
  const abs = Math.abs(diff);
  if (abs < MINUTE) return "now";
  if (abs >= 2 * DAY) return RELATIVE.format(Math.round(diff / DAY), "day");
  if (abs >= 90 * MINUTE) return RELATIVE.format(Math.round(diff / HOUR), "hour");
  return RELATIVE.format(Math.round(diff / MINUTE), "minute");
}
