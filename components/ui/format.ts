import { isCalendarDay } from "@/lib/time/days";
import { formatDate } from "@/lib/time/format";

/** Times on the desk's clock: lib/time/format.ts (shared with e-mails). */
export { formatDate, formatDateTime } from "@/lib/time/format";
/** "in 5 hours", "3 days ago": lib/time/relative.ts (shared with reminders). */
export { formatRelative } from "@/lib/time/relative";

/**
 * A calendar day kept as text ("2026-12-05", as date inputs give it) in the desk's
 * style; anything else as it is. A day has no clock, so it is read in UTC, where
 * the text's midnight falls on the same day.
 */
export function formatDay(day: string): string {
  // A day that does not exist (30 February) would roll over; show it as typed instead.
  return isCalendarDay(day) ? formatDate(new Date(`${day}T00:00:00Z`), "UTC") : day;
}
