import { getDb } from "@/db";
import { searchArchive } from "@/db/queries/archive";
import { getDeskTimeZone, listVerdictScale } from "@/db/queries/settings";
import { parseArchiveQuery, type ArchiveQuery } from "@/lib/archive/archive-query";
import { requireApiUser } from "@/lib/auth/guards";
import { can } from "@/lib/workflow/permissions";

/** The desk's checks are private: no browser or proxy may keep a copy. */
const PRIVATE = { "Cache-Control": "no-store" };

/**
 * GET /api/archive?q=words&verdict=key&from=YYYY-MM-DD&to=YYYY-MM-DD — the Archive page as JSON, for a CMS or
 * a script that asks "has the desk checked this?": signed-off claims holding
 * every word (each as the start of a word), newest first, at most 50, with their
 * verdict, article and the claim page's path. A reviewer gets their own checks.
 * A verdict off the scale or a day that is not one is a 400 that says which.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await requireApiUser(request, "archive.search");
  if (user instanceof Response) return user;
  const db = getDb();
  const [scale, zone] = await Promise.all([listVerdictScale(db), getDeskTimeZone(db)]);
  const url = new URL(request.url);
  const keys = scale.map((entry) => entry.key);
  const query = parseArchiveQuery(Object.fromEntries(url.searchParams), keys);
  // The page drops what it cannot read so a mangled link still shows something; a
  // script is told instead, or "nothing checked" could be an answer to another question.
  const refused = refusedFilter(url.searchParams, query, keys);
  if (refused) return Response.json({ error: refused }, { status: 400, headers: PRIVATE });
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
  }, { headers: PRIVATE });
}

/** What in the request the search could not use, in words; null when it used everything given. */
function refusedFilter(params: URLSearchParams, query: ArchiveQuery, keys: readonly string[]): string | null {
  const verdict = params.get("verdict");
  if (verdict && query.verdict !== verdict) return `No verdict "${verdict}" on the desk's scale; use one of: ${keys.join(", ")}.`;
  for (const name of ["from", "to"] as const) {
    const day = params.get(name);
    if (day && query.from !== day && query.to !== day) return `"${name}" must be a day written YYYY-MM-DD, such as 2026-11-30.`;
  }
  return null;
}
