import { getDb } from "@/db";
import { getArticle } from "@/db/queries/articles";
import { iterateCorrectionsLog } from "@/db/queries/corrections-log";
import { getNewsroomSettings } from "@/db/queries/settings";
import { parseLogQuery, rangeInstants } from "@/components/corrections/log-filter";
import { downloadHeaders } from "@/components/export/download-headers";
import { DOCX_LOG_LIMIT, ExportTooLargeError, cutAtWord, exportFilename, isExportFormat, renderCorrectionsLog, responseBody } from "@/lib/export";
import { requireApiUser } from "@/lib/auth/guards";

type Params = { params: Promise<{ format: string }> };

/**
 * GET /api/corrections/export/:format?from=YYYY-MM-DD&to=YYYY-MM-DD[&article=&type=&status=]
 * — the corrections log over a date range (days on the desk's clock, both
 * inclusive: newsroom settings' time zone), streamed
 * straight from a paged query. Editors and admins (session or API token) only.
 */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const user = await requireApiUser(request, "exports.download");
  if (user instanceof Response) return user;
  const { format } = await params;
  if (!isExportFormat(format)) return Response.json({ error: `Unknown export format "${format}".` }, { status: 404 });
  const now = new Date();
  const db = getDb();
  const newsroom = await getNewsroomSettings(db);
  const parsed = parseLogQuery(new URL(request.url).searchParams, now, newsroom.timeZone);
  if (!parsed.ok) return Response.json({ error: parsed.error }, { status: 400 });
  const { query } = parsed;
  const range = rangeInstants(query, newsroom.timeZone);
  const article = query.article ? await getArticle(db, query.article) : undefined;
  // The file says what it was narrowed to: an empty filtered log is not an empty log.
  const filter = {
    ...(query.article ? { article: { id: query.article, title: article?.title ?? "(no such article)" } } : {}),
    ...(query.type ? { type: query.type } : {}),
    ...(query.status ? { status: query.status } : {}),
  };
  try {
    const rendered = await renderCorrectionsLog(format, {
      newsroom: { name: newsroom.name, url: newsroom.url },
      range: { from: range.from.toISOString(), to: range.to.toISOString() },
      generatedAt: now.toISOString(),
      timeZone: newsroom.timeZone,
      filter,
      corrections: iterateCorrectionsLog(db, { ...range, articleId: query.article, type: query.type, status: query.status }),
    });
    const named = [query.from, "to", query.to, article && cutAtWord(article.title, 30), query.type, query.status].filter(Boolean).join(" ");
    const filename = exportFilename("corrections", named, "", format);
    return new Response(responseBody(rendered.body), { headers: downloadHeaders(rendered.contentType, filename) });
  } catch (error) {
    if (error instanceof ExportTooLargeError) {
      return Response.json(
        { error: `This range holds more than ${DOCX_LOG_LIMIT.toLocaleString("en")} corrections, too many for one Word file. Choose a shorter range, or export CSV or JSON, which have no limit.` },
        { status: 413 },
      );
    }
    throw error;
  }
}
