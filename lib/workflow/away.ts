import { addDays, dayIn, endOfDay, isCalendarDay } from "@/lib/time/days";
import { formatDate } from "@/lib/time/format";

/**
 * Being away (leave, a trip, a day off): a person says until which day, on the
 * desk's clock, and auto-assign passes them by until that day is over. Editors
 * can still assign to them by hand (a claim due after they are back).
 */

/** The longest absence the desk takes in one go: anything longer is a deactivation. */
export const MAX_AWAY_DAYS = 366;

export function isAway(awayUntil: Date | null | undefined, now: Date): boolean {
  return awayUntil != null && awayUntil.getTime() > now.getTime();
}

/** "away until 9 Dec 2026" beside a name in pickers and lists, or null when they are at work. */
export function awayNote(awayUntil: Date | null | undefined, now: Date, zone: string): string | null {
  return isAway(awayUntil, now) ? `away until ${formatDate(awayUntil!, zone)}` : null;
}

/**
 * An absence's end after the desk's clock moves from one zone to another: the
 * same calendar day, now ending at midnight on the new clock. "Away until 9 Dec"
 * is a day people chose, not an instant: kept as an instant, it read as 10 Dec
 * after a move to Auckland, and ended in the afternoon of the 9th after one to
 * Los Angeles.
 */
export function awayUntilInZone(until: Date, fromZone: string, toZone: string): Date {
  return endOfDay(dayIn(fromZone, until), toZone);
}

/**
 * The instant an absence "until `day`" ends (the last millisecond of that day on
 * the desk's clock), or why the day will not do.
 */
export function awayUntilOf(day: string, zone: string, now: Date): { ok: true; until: Date } | { ok: false; error: string } {
  if (!isCalendarDay(day)) return { ok: false, error: "Choose the last day you are away." };
  const today = dayIn(zone, now);
  if (day < today) return { ok: false, error: "That day has passed. Choose today or a later day." };
  if (day > addDays(today, MAX_AWAY_DAYS)) return { ok: false, error: "Choose a day within a year. For longer, ask an administrator to deactivate the account." };
  return { ok: true, until: endOfDay(day, zone) };
}
