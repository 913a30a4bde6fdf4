/**
 * Dates as the desk shows them: always with the time zone named, because
 * deadlines cross desks in several cities. The formatters are built once: making
 * an Intl.DateTimeFormat per call cost a fifth of a long queue page's render.
 */
const DATE_TIME = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});
const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export function formatDateTime(value: Date | null | undefined): string {
  return value ? DATE_TIME.format(value) : "—";
}

export function formatDate(value: Date | null | undefined): string {
  return value ? DATE.format(value) : "—";
}

/** A calendar day kept as text ("2026-12-05", as date inputs give it) in the desk's style; anything else as it is. */
export function formatDay(day: string): string {
  const value = /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00Z`) : null;
  // A day that does not exist (30 February) would roll over; show it as typed instead.
  return value && !Number.isNaN(value.getTime()) && value.toISOString().startsWith(day) ? DATE.format(value) : day;
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
