import { getDb } from "@/db";
import { articleNewsSince } from "@/db/queries/changes-since";
import { requireApiUser } from "@/lib/auth/guards";

type Params = { params: Promise<{ id: string }> };

/**
 * GET /api/articles/:id/changes?since=<mark> — whether anyone else changed the
 * article after the mark an open article page was rendered with (its text, its
 * claims, their assignments and verdicts): `{ mark, news }`. The page refreshes
 * on news, so a colleague's save (or the same editor's, in another tab) shows as
 * "This article was saved elsewhere" before this editor types on for ten
 * minutes. For those who see every article.
 */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const user = await requireApiUser(request, "articles.view_all");
  if (user instanceof Response) return user;
  const { id } = await params;
  const raw = new URL(request.url).searchParams.get("since") ?? "";
  const since = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(since)) return Response.json({ error: "Say since which change: since=<a whole number>." }, { status: 400 });
  // An unknown article simply has no news (articles are spiked, never deleted); its text is not read here.
  return Response.json(await articleNewsSince(getDb(), { articleId: id, since, viewerId: user.id }), { headers: { "Cache-Control": "no-store" } });
}
