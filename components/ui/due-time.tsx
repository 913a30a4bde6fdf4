import { formatDateTime, formatRelative } from "./format";

type DueTimeProps = {
  value: Date | null | undefined;
  /** The request's clock; server components only. */
  now: Date;
  /** Work that is finished shows the time without the countdown. */
  done?: boolean;
  /** One line ("… EST · in 5 hours") instead of the countdown under the time. */
  inline?: boolean;
  /** The desk's time zone. */
  zone: string;
};

/** A deadline or due time with how far off it is, in red once it has passed. */
export function DueTime({ value, now, zone, done = false, inline = false }: DueTimeProps) {
  if (!value) return <span className="muted">No deadline</span>;
  const late = !done && value.getTime() < now.getTime();
  return (
    <span className={inline ? "due-time is-inline" : "due-time"}>
      <time dateTime={value.toISOString()}>{formatDateTime(value, zone)}</time>
      {done ? null : <span className={late ? "due-when is-late" : "due-when"}>{formatRelative(value, now)}</span>}
    </span>
  );
}
