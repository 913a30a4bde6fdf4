import { requireApiUser } from "@/lib/auth/guards";
import { readJsonBody } from "@/lib/http/read-json";
import { saveVerdictForm } from "@/app/(desk)/claims/verdict-save";
import { isStorageTrouble } from "@/db/storage-trouble";
import { STORAGE_TROUBLE } from "@/lib/auth/refusals";

type Params = { params: Promise<{ id: string }> };

/** Generous for a rationale of 20,000 characters and 50 sources with quotes. */
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * PUT /api/claims/:id/verdict — saves the verdict form as a draft: the form's
 * autosave and "Save draft" (API tokens only read, so not with one). Body: the
 * form's fields (`expected`, `verdictKey`, `rationale`, `evidence`), answered
 * like the verdict actions: 200 saved (with the new version), 409 conflict (with
 * the current verdict) or a state that takes no edits, 422 field errors, 403 not
 * yours, 404 no such claim.
 *
 * A route handler, not a server action, because autosave is the desk's most
 * frequent write and an action pays for Next's page machinery on every call
 * (about a fifth of the write's server time). Sessions must come from the desk's
 * own pages (requireApiUser checks the origin); submitting stays an action,
 * since it refreshes the desk's pages.
 */
export async function PUT(request: Request, { params }: Params): Promise<Response> {
  const user = await requireApiUser(request, "verdicts.record");
  if (user instanceof Response) return user;
  const { id } = await params;
  const body = await readJsonBody(request, MAX_BODY_BYTES);
  if (!body.ok) return Response.json({ ok: false, error: body.error }, { status: body.status });
  const fields = typeof body.value === "object" && body.value !== null && !Array.isArray(body.value) ? body.value : {};
  try {
    const { result, status } = await saveVerdictForm({ ...fields, claimId: id }, user, false);
    return Response.json(result, { status });
  } catch (error) {
    if (!isStorageTrouble(error)) throw error;
    console.error("A database error refused a verdict save:", error);
    return Response.json({ ok: false, error: STORAGE_TROUBLE }, { status: 503, headers: { "retry-after": "30" } });
  }
}
