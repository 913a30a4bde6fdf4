import { getDb } from "@/db";
import { iterateActivity } from "@/db/queries/activity";
import { getDeskTimeZone } from "@/db/queries/settings";
import { listUsers } from "@/db/queries/users";
import { downloadHeaders } from "@/components/export/download-headers";
import { responseBody } from "@/lib/export";
import { kindsFor } from "@/lib/audit/activity";
import { activityToCsv } from "@/lib/audit/activity-csv";
import { activityExportQuery, activityFilter, parseActivityQuery } from "@/lib/audit/activity-query";
import { requireApiUser } from "@/lib/auth/guards";
import { dayIn } from "@/lib/time/days";

/**
 * GET /api/activity/export?kind=&person=&from=&to=&drafts=1 — the Activity page's
 * events as CSV, every one the filters select (not a page), newest first,
 * streamed. Editors and administrators (session or API token); people and access
 * for administrators only, as on the page.
 *
 * Days: `from` and `to` (YYYY-MM-DD on the desk's clock, both included; either
 * alone is open at the other end). With neither, the last 30 days up to now
 * (ACTIVITY_EXPORT_RECENT_DAYS): the whole trail of a desk a year old is tens of
 * megabytes, too much for the page's one click. `all=1` (without from/to) asks
 * for the whole trail on purpose, for an audit or a script's first copy.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await requireApiUser(request, "audit.view");
  if (user instanceof Response) return user;
  const db = getDb();
  const kinds = kindsFor(user.role === "admin" ? "admin" : "editor");
  const [people, zone] = await Promise.all([listUsers(db), getDeskTimeZone(db)]);
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const today = dayIn(zone, new Date());
  const query = activityExportQuery(parseActivityQuery(params, kinds, people.map((p) => p.id)), { today, everything: params.all === "1" });
  // The whole selection, wherever the page was: a cursor in the link is ignored.
  const events = iterateActivity(db, activityFilter({ ...query, before: undefined }, kinds, zone));
  const filename = `activity-${query.kind ?? "all"}-${today}.csv`;
  return new Response(responseBody(activityToCsv(events, zone)), { headers: downloadHeaders("text/csv; charset=utf-8", filename) });
}
