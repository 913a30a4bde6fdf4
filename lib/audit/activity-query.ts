import { addDays, dayRange, startOfDay } from "@/lib/time/days";
import { isActivityKind, KIND_ENTITY_TYPES, type ActivityKind } from "./activity";

/**
 * The Activity page's filters as they travel in the URL
 * (`/activity?kind=verdicts&person=…&from=2026-11-01&to=2026-11-30&drafts=1&before=…`).
 * Anything unreadable is dropped rather than failing the page, as on the archive.
 */
export type ActivityQuery = {
  kind?: ActivityKind;
  /** A person's user id. */
  person?: string;
  /** Days on the desk's clock, both included. */
  from?: string;
  to?: string;
  drafts: boolean;
  /** Where the page starts: after the row with this cursor (older ones). */
  before?: ActivityCursor;
};

/** A row's place in the trail: its time (ms) and insertion order, unique together. */
export type ActivityCursor = { at: number; seq: number };

export const ACTIVITY_PAGE_SIZE = 50;

type Params = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));

/** Reads the filters; `kinds` are those the viewer may see, and `people` the ids the person filter offers. */
export function parseActivityQuery(params: Params, kinds: readonly ActivityKind[], people: readonly string[]): ActivityQuery {
  const query: ActivityQuery = { drafts: first(params.drafts) === "1" };
  const kind = first(params.kind);
  if (isActivityKind(kind) && kinds.includes(kind)) query.kind = kind;
  const person = first(params.person);
  if (people.includes(person)) query.person = person;
  Object.assign(query, dayRange(first(params.from), first(params.to)));
  const before = parseActivityCursor(first(params.before));
  if (before) query.before = before;
  return query;
}

/** "1733475600000.42" ⇄ a cursor; anything else is no cursor (the newest page). */
export function parseActivityCursor(value: string): ActivityCursor | null {
  const match = /^(\d{1,15})\.(\d{1,15})$/.exec(value);
  return match ? { at: Number(match[1]), seq: Number(match[2]) } : null;
}

export const formatActivityCursor = (cursor: ActivityCursor): string => `${cursor.at}.${cursor.seq}`;

/**
 * How far back the Activity export reaches when no days are chosen: the last
 * month, not the whole trail (on a desk a year old, 147,000 events were 70 MB
 * and 25 seconds of download behind one click).
 */
export const ACTIVITY_EXPORT_RECENT_DAYS = 30;

/** The CSV export of what the page shows: `query`'s filters, from any page of it (GET /api/activity/export). */
export function activityExportHref(query: ActivityQuery): string {
  return activityHref({ ...query, before: undefined }).replace(/^\/activity/, "/api/activity/export");
}

/** Whether the export of `query` is the recent default rather than days the person chose. */
export const exportsRecentDays = (query: ActivityQuery): boolean => query.from === undefined && query.to === undefined;

/**
 * The days an export covers: those chosen (either end alone is a choice too), or
 * with none chosen the last ACTIVITY_EXPORT_RECENT_DAYS days, `today` (on the
 * desk's clock) included, unless `everything` is asked for explicitly.
 */
export function activityExportQuery(query: ActivityQuery, { today, everything }: { today: string; everything: boolean }): ActivityQuery {
  if (everything || !exportsRecentDays(query)) return query;
  return { ...query, from: addDays(today, 1 - ACTIVITY_EXPORT_RECENT_DAYS) };
}

/** The URL of the page with `query`'s filters (and cursor), for links and the pager. */
export function activityHref(query: ActivityQuery): string {
  const params = new URLSearchParams();
  if (query.kind) params.set("kind", query.kind);
  if (query.person) params.set("person", query.person);
  if (query.from) params.set("from", query.from);
  if (query.to) params.set("to", query.to);
  if (query.drafts) params.set("drafts", "1");
  if (query.before) params.set("before", formatActivityCursor(query.before));
  const search = params.toString();
  return search ? `/activity?${search}` : "/activity";
}

/**
 * What the query asks of the audit trail (db/queries/activity.ts ActivityFilter):
 * the entity types of the chosen kind (or of every kind `kinds` allows), and the
 * days as instants on the desk's clock, `to` included.
 */
export function activityFilter(query: ActivityQuery, kinds: readonly ActivityKind[], zone: string) {
  return {
    entityTypes: (query.kind ? [query.kind] : kinds).flatMap((kind) => KIND_ENTITY_TYPES[kind]),
    actorId: query.person ?? null,
    from: query.from ? startOfDay(query.from, zone) : null,
    until: query.to ? startOfDay(addDays(query.to, 1), zone) : null,
    includeDrafts: query.drafts,
    before: query.before ?? null,
  };
}
