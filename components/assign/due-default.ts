/**
 * The default "Due" for an assignment, as a datetime-local value in the browser's
 * time zone: two hours before the article's deadline (time to sign off), or at
 * least one hour from now when the deadline is close; a day from now without one
 * or when it has passed.
 */
export function defaultDue(deadline: string | null, now: Date = new Date()): string {
  const hour = 60 * 60 * 1000;
  let due = new Date(now.getTime() + 24 * hour);
  const end = deadline ? new Date(deadline).getTime() : Number.NaN;
  // A deadline already gone (a late story, or a wrong date) says nothing about when
  // the check is due: offer a day from now, as without one, never a time in the past.
  if (end > now.getTime() + 60_000) {
    due = new Date(Math.max(Math.min(end - 2 * hour, end - 1), Math.min(now.getTime() + hour, end - 1)));
  }
  due.setSeconds(0, 0);
  return toLocalInput(due);
}

/** A Date as the value of an <input type="datetime-local"> in local time. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value back to an ISO instant, or null when empty or unreadable. */
export function localInputToIso(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
