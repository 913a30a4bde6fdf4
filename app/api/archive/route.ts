import { getDb } from "@/db";
import { searchArchive } from "@/db/queries/archive";
import { getDeskTimeZone, listVerdictScale } from "@/db/queries/settings";
import { parseArchiveQuery } from "@/lib/archive/archive-query";
import { requireApiUser } from "@/lib/auth/guards";
import { can } from "@/lib/workflow/permissions";

/**
 * GET /api/archive?q=words&verdict=key&from=YYYY-MM-DD&to=YYYY-MM-DD — the Archive page as JSON, for a CMS or
 * a script that asks "has the desk checked this?": signed-off claims holding
 * every word (each as the start of a word), newest first, at most 50, with their
 * verdict, article and the claim page's path. A reviewer gets their own checks.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await requireApiUser(request, "archive.search");
  if (user instanceof Response) return user;
  const db = getDb();
  const [scale, zone] = await Promise.all([listVerdictScale(db), getDeskTimeZone(db)]);
  const url = new URL(request.url);
  const query = parseArchiveQuery(Object.fromEntries(url.searchParams), scale.map((entry) => entry.key));
  const { rows, more } = await searchArchive(db, { query, viewerId: user.id, seesAll: can(user.role, "articles.view_all"), zone });
  return Response.json({
    query,
    more,
    claims: rows.map((row) => ({
      id: row.id,
      text: row.text,
      verdict: { key: row.verdictKey, label: row.verdictLabel },
      signedOffAt: row.decidedAt?.toISOString() ?? null,
      sources: row.evidenceCount,
      article: { id: row.articleId, title: row.articleTitle },
      // A path, not an address: behind a proxy the request's host is not the desk's public one.
      path: `/claims/${row.id}`,
    })),
  });
}
