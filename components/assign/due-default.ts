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

/**
 * The due time as sent to the server: the ISO instant, null when the field is
 * blank, and what was typed when it is no date this browser can read (a year of
 * five digits, which the field lets through): the server refuses that next to the
 * field, where reading it as "no due time" assigned the claim with none.
 */
export function dueForServer(value: string): string | null {
  return localInputToIso(value) ?? (value.trim() === "" ? null : value);
}

/**
 * What to tell the editor about a due time typed in the browser's time zone,
 * without refusing it: a time the clocks skip that night (it is read an hour
 * later, and the field should say so), and a due time after the article's own
 * publish deadline (the check would come too late for the story).
 */
export function dueNotes(value: string, deadline: string | null): string[] {
  const notes: string[] = [];
  const at = value ? new Date(value) : null;
  if (!at || Number.isNaN(at.getTime())) return notes;
  const readAs = toLocalInput(at);
  if (readAs !== value.slice(0, 16)) notes.push(`There is no ${value.slice(11, 16)} on that day here (the clocks go forward): it is read as ${readAs.slice(11, 16)}.`);
  const end = deadline ? new Date(deadline).getTime() : Number.NaN;
  if (at.getTime() > end) notes.push("This is after the article's publish deadline.");
  return notes;
}

/**
 * A due time as the auto-assign preview says it: "due 16:00" today, "due 8 Dec,
 * 16:00" on another day, "no due time" without one, in the browser's time zone
 * (the one the Due field is typed in).
 */
export function duePhrase(value: string, now: Date = new Date()): string {
  const at = value ? new Date(value) : null;
  if (!at || Number.isNaN(at.getTime())) return "no due time";
  const time = at.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
  return at.toDateString() === now.toDateString() ? `due ${time}` : `due ${at.toLocaleDateString("en-GB", { day: "numeric", month: "short" })}, ${time}`;
}
