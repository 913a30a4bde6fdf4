import { z } from "zod";
import { formatDate } from "@/lib/time/format";
import { addDays, dayIn, endOfDay, isCalendarDay, startOfDay } from "@/lib/time/days";
import { CORRECTION_STATUSES, CORRECTION_TYPES } from "@/lib/workflow/statuses";

/** How far back the log looks when no range is given. */
export const DEFAULT_RANGE_DAYS = 30;

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2025-03-01.")
  .refine(isCalendarDay, "Use a real date, in the years 1000 to 9998.");
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || v == null ? undefined : v), schema.optional());

/** The log's filters as they travel in a URL: days (on the desk's clock), and optional article, type and status. */
export const logQuerySchema = z
  .object({
    from: optional(isoDay),
    to: optional(isoDay),
    article: optional(z.string().max(100)),
    type: optional(z.enum(CORRECTION_TYPES, { error: "Unknown correction type." })),
    status: optional(z.enum(CORRECTION_STATUSES, { error: "Unknown correction status." })),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "The start date must not be after the end date.", path: ["to"] });

export type LogQuery = {
  from: string;
  to: string;
  article?: string;
  type?: z.infer<typeof logQuerySchema>["type"];
  status?: z.infer<typeof logQuerySchema>["status"];
};

/** The default range: the last DEFAULT_RANGE_DAYS days up to and including today on the desk's clock (`zone`). */
export function defaultRange(now: Date, zone: string): { from: string; to: string } {
  const today = dayIn(zone, now);
  return { from: addDays(today, -(DEFAULT_RANGE_DAYS - 1)), to: today };
}

/**
 * Reads the log filters from URL search parameters, filling in the default range.
 * Invalid input comes back as a message (the page shows it, the API answers 400).
 */
export function parseLogQuery(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
  now: Date,
  zone: string,
): { ok: true; query: LogQuery } | { ok: false; error: string } {
  const get = (key: string) => {
    const value = params instanceof URLSearchParams ? params.get(key) : params[key];
    return Array.isArray(value) ? value[0] : (value ?? undefined);
  };
  const parsed = logQuerySchema.safeParse({ from: get("from"), to: get("to"), article: get("article"), type: get("type"), status: get("status") });
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Check the filters." };
  const fallback = defaultRange(now, zone);
  const from = parsed.data.from ?? (parsed.data.to && parsed.data.to < fallback.from ? parsed.data.to : fallback.from);
  const to = parsed.data.to ?? (parsed.data.from && parsed.data.from > fallback.to ? parsed.data.from : fallback.to);
  return { ok: true, query: { ...parsed.data, from, to } };
}

/**
 * The instants a day range covers on the desk's clock (`zone`): the first of
 * `from` to the last millisecond of `to`, so "today" in New York runs to 04:59
 * UTC tomorrow.
 */
export function rangeInstants(query: Pick<LogQuery, "from" | "to">, zone: string): { from: Date; to: Date } {
  return { from: startOfDay(query.from, zone), to: endOfDay(query.to, zone) };
}

/** The query string for a log URL (page or export), without empty filters. */
export function logSearchParams(query: LogQuery): string {
  const params = new URLSearchParams({ from: query.from, to: query.to });
  if (query.article) params.set("article", query.article);
  if (query.type) params.set("type", query.type);
  if (query.status) params.set("status", query.status);
  return params.toString();
}

/**
 * Where one correction sits in the log: its article's entries from the day the
 * log files it under (published, else drafted; on the desk's clock, as the log's
 * range is), anchored on its entry.
 */
export function correctionLogHref(correction: { id: string; articleId: string; createdAt: Date; publishedAt: Date | null }, zone: string): string {
  const params = new URLSearchParams({ article: correction.articleId, from: dayIn(zone, correction.publishedAt ?? correction.createdAt) });
  return `/corrections?${params.toString()}#correction-${correction.id}`;
}

/** How many entries a page of the log shows. */
export const LOG_PAGE_SIZE = 50;

/** The log page's URL: `query`'s filters and, past the first, the page (the export takes the filters alone). */
export function logPageHref(query: LogQuery, page: number): string {
  const params = new URLSearchParams(logSearchParams(query));
  if (page > 1) params.set("page", String(page));
  return `/corrections?${params.toString()}`;
}

/**
 * The article filter's labels, by article id: the title and its date, so the
 * many articles a desk titles alike ("Live updates: the budget") can be told
 * apart; where title and date still collide, the corrections each holds in the
 * range, and as a last resort a number.
 */
export function articleOptionLabels(
  options: readonly { id: string; title: string; date: Date; corrections: number }[],
  zone: string,
): Map<string, string> {
  const base = options.map((option) => ({ id: option.id, label: `${option.title} — ${formatDate(option.date, zone)}`, corrections: option.corrections }));
  const seen = new Map<string, number>();
  for (const { label } of base) seen.set(label, (seen.get(label) ?? 0) + 1);
  const withCounts = base.map((option) =>
    (seen.get(option.label) ?? 0) > 1 ? { ...option, label: `${option.label} (${option.corrections} correction${option.corrections === 1 ? "" : "s"})` } : option,
  );
  const repeats = new Map<string, number>();
  const labels = new Map<string, string>();
  for (const option of withCounts) {
    const n = (repeats.get(option.label) ?? 0) + 1;
    repeats.set(option.label, n);
    labels.set(option.id, n === 1 ? option.label : `${option.label} #${n}`);
  }
  return labels;
}
