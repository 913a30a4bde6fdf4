/**
 * What to say under the Publish deadline field, without refusing it: a deadline
 * already past (a late article is still checked, but a year typed wrong shows
 * here), or one more than a year away ("2062" for "2026", or a five-digit year
 * the field takes), which no article on a desk's list waits for.
 */
export type DeadlineNote = "passed" | "far";

/** A year of days, with a day's room so a deadline "this time next year" is not flagged. */
const FAR_MS = 366 * 24 * 60 * 60 * 1000;

/** The note for `value`, a datetime-local value in the browser's time; null for none (or nothing readable). */
export function deadlineNote(value: string, now: number): DeadlineNote | null {
  const at = value ? new Date(value).getTime() : Number.NaN;
  if (!Number.isFinite(at)) return null;
  if (at < now) return "passed";
  return at - now > FAR_MS ? "far" : null;
}

export const DEADLINE_NOTES: Record<DeadlineNote, string> = {
  passed: "This deadline has passed. Check the date if the article has not run yet.",
  far: "This deadline is more than a year away. Check the year.",
};
