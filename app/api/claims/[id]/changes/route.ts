import { getDb } from "@/db";
import { getDeskTimeZone } from "@/db/queries/settings";
import { formatDateTime } from "@/components/ui/format";
import { claimChangesSince } from "@/db/queries/changes-since";
import { canViewClaim } from "@/db/queries/review";
import { requireApiUser } from "@/lib/auth/guards";
import { can } from "@/lib/workflow/permissions";
import { takenInQuietly } from "@/lib/workflow/claim-watch";
import { historyLines } from "@/components/review/history-labels";

type Params = { params: Promise<{ id: string }> };

/**
 * GET /api/claims/:id/changes?since=<mark> — what other people did to the claim
 * after the mark an open claim page was rendered with: `{ mark, quiet, said }`,
 * `said` being the history panel's lines for those changes, and `quiet` whether
 * the page may refresh without asking (lib/workflow/claim-watch). 404 for a claim
 * the person may not open (a reviewer's claim reassigned to someone else, say).
 */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const user = await requireApiUser(request, "claims.view");
  if (user instanceof Response) return user;
  const { id } = await params;
  const raw = new URL(request.url).searchParams.get("since") ?? "";
  const since = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(since) || since < 0) return Response.json({ error: "Say since which change: since=<a whole number>." }, { status: 400 });
  const db = getDb();
  if (!(await canViewClaim(db, { claimId: id, userId: user.id, seesAll: can(user.role, "articles.view_all") }))) {
    return Response.json({ error: "You cannot open this claim (it may have been reassigned)." }, { status: 404 });
  }
  const { mark, changes, more } = await claimChangesSince(db, { claimId: id, since, viewerId: user.id });
  // Most asks find nothing new: the time zone is read only for lines to write.
  const zone = changes.length ? await getDeskTimeZone(db) : "UTC";
  const said = historyLines(changes, (value) => formatDateTime(value, zone)).map((line) => (line.count > 1 ? `${line.text} (last of ${line.count} saves)` : line.text));
  // Past the listed ones anything may have happened: never quiet then.
  const quiet = !more && takenInQuietly(changes.map((change) => change.action));
  return Response.json({ mark, quiet, said: more ? [...said, "more changes"] : said }, { headers: { "Cache-Control": "no-store" } });
}
