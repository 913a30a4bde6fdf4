const RELATIVE = new Intl.RelativeTimeFormat("en", { numeric: "always" });
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How far a time is from now, as an editor on deadline reads it: "in 5 hours",
 * "3 days ago". Days only from two days out (so 36 hours is not "in 2 days"),
 * hours from 90 minutes. Pages render it on the server: a browser's clock may differ.
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
