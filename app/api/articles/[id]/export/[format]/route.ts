import { getDb } from "@/db";
import { buildMemoInput } from "@/db/queries/memo";
import { exportFilename, isExportFormat, renderMemo, responseBody } from "@/lib/export";
import { requireApiUser } from "@/lib/auth/guards";
import { downloadHeaders } from "@/components/export/download-headers";
import { dayIn } from "@/lib/time/days";

type Params = { params: Promise<{ id: string; format: string }> };

/**
 * GET /api/articles/:id/export/:format — the article's fact-check memo as a
 * download. A signed-in editor or admin, or an API token of one; reviewers get 403.
 */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const user = await requireApiUser(request, "exports.download");
  if (user instanceof Response) return user;
  const { id, format } = await params;
  if (!isExportFormat(format)) return Response.json({ error: `Unknown export format "${format}".` }, { status: 404 });
  const generatedAt = new Date();
  const input = await buildMemoInput(getDb(), { articleId: id, generatedAt });
  if (!input) return Response.json({ error: "No such article." }, { status: 404 });
  const rendered = await renderMemo(format, input);
  // Named by the desk's day, the day the memo itself says it was generated.
  const filename = exportFilename("memo", input.article.title, dayIn(input.timeZone, generatedAt), format);
  return new Response(responseBody(rendered.body), { headers: downloadHeaders(rendered.contentType, filename) });
}
