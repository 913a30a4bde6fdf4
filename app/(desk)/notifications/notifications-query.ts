import { formatActivityCursor, parseActivityCursor, type ActivityCursor } from "@/lib/audit/activity-query";

/**
 * The Notifications page as it travels in the URL
 * (`/notifications?show=mentions&before=1733475600000.42`): which kinds, and where
 * the page starts. Anything unreadable is dropped, as on the Activity page: a
 * mangled link still shows the newest notifications.
 */
export type NotificationsQuery = {
  show: NotificationsShow;
  /** Where the page starts: after the row with this cursor (older ones). */
  before?: ActivityCursor;
};

export const NOTIFICATIONS_SHOWS = ["all", "mentions"] as const;
export type NotificationsShow = (typeof NOTIFICATIONS_SHOWS)[number];

export const NOTIFICATIONS_PAGE_SIZE = 50;

type Params = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));
const isShow = (value: string): value is NotificationsShow => (NOTIFICATIONS_SHOWS as readonly string[]).includes(value);

export function parseNotificationsQuery(params: Params): NotificationsQuery {
  const show = first(params.show);
  const query: NotificationsQuery = { show: isShow(show) ? show : "all" };
  const before = parseActivityCursor(first(params.before));
  if (before) query.before = before;
  return query;
}

/** The URL of the page with `query`'s filter and cursor, for the filter links and the pager. */
export function notificationsHref(query: NotificationsQuery): string {
  const params = new URLSearchParams();
  if (query.show !== "all") params.set("show", query.show);
  if (query.before) params.set("before", formatActivityCursor(query.before));
  const search = params.toString();
  return search ? `/notifications?${search}` : "/notifications";
}
