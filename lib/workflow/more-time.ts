const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** The furthest a holder may ask to push a claim out in one request: a desk checks articles, not books. */
export const MAX_MORE_TIME_DAYS = 14;

/** A holder's open request for more time on a claim. */
export type MoreTimeRequest = { until: Date; reason: string; askedAt: Date };

/**
 * Why a holder cannot ask for `until`, in words they can act on; null when they can.
 * The time must still be to come, later than the claim is due now (asking for less
 * time is not asking for more), and within MAX_MORE_TIME_DAYS of now.
 */
export function moreTimeProblem({ until, now, currentDue }: { until: Date; now: Date; currentDue: Date | null }): string | null {
  if (Number.isNaN(until.getTime())) return "Enter the date and time you need.";
  if (until.getTime() <= now.getTime()) return "Choose a time still to come.";
  if (currentDue && until.getTime() <= currentDue.getTime()) return "Choose a time later than the claim is due now.";
  if (until.getTime() - now.getTime() > MAX_MORE_TIME_DAYS * DAY) return `Ask for at most ${MAX_MORE_TIME_DAYS} days from now; an editor can reassign the claim for longer.`;
  return null;
}

/**
 * How much later `until` is than the current due time, as an editor weighs it:
 * "45 minutes more", "3 hours more", "2 days more"; "no due time until now"
 * when the claim had none.
 */
export function moreTimeSpan(currentDue: Date | null, until: Date): string {
  if (!currentDue) return "no due time until now";
  const diff = Math.max(0, until.getTime() - currentDue.getTime());
  if (diff < 90 * 60 * 1000) {
    const minutes = Math.max(1, Math.round(diff / 60_000));
    return `${minutes} ${minutes === 1 ? "minute" : "minutes"} more`;
  }
  if (diff < 2 * DAY) {
    const hours = Math.round(diff / HOUR);
    return `${hours} hours more`;
  }
  return `${Math.round(diff / DAY)} days more`;
}

/** Whether the time asked for falls after the article's publish deadline: the editor should know before granting it. */
export function pastDeadline(until: Date, deadline: Date | null): boolean {
  return deadline !== null && until.getTime() > deadline.getTime();
}
