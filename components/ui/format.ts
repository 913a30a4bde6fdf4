/** Times on the desk's clock: lib/time/format.ts (shared with e-mails). */
export { formatDate, formatDateTime, formatDay } from "@/lib/time/format";
/** "in 5 hours", "3 days ago": lib/time/relative.ts (shared with reminders). */
export { formatRelative } from "@/lib/time/relative";
