import type { VerdictSaveResult } from "@/app/(desk)/claims/verdict-save";

const SESSION_ENDED = "Your session has ended. Sign in again in another tab, then save: your text is still here.";
export const ACCOUNT_DEACTIVATED = "Your account has been deactivated, so nothing more can be saved here. Your text is still on this page; copy it if you need it.";

/** The person's account was deactivated: signing in again cannot help, so the form stops saving. */
export type AccountGoneResult = { ok: false; error: string; gone: "deactivated" };
export type DraftSaveResult = VerdictSaveResult | AccountGoneResult;

/**
 * Saves the verdict form as a draft over PUT /api/claims/:id/verdict. The route
 * answers in the actions' shape with a status; a refusal from the guard (signed
 * out, wrong role, another site) carries only an error, which is passed on as
 * one. An answer that is neither (a proxy's error page, a dropped connection)
 * throws, and the form says it could not reach the desk, keeping what was typed.
 */
export async function putVerdictDraft(claimId: string, payload: object): Promise<DraftSaveResult> {
  const response = await fetch(`/api/claims/${encodeURIComponent(claimId)}/verdict`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(payload),
    credentials: "same-origin",
  });
  const body = (await response.json().catch(() => null)) as (Partial<VerdictSaveResult> & { error?: unknown; deactivated?: unknown }) | null;
  if (response.status === 401) return body?.deactivated === true ? { ok: false, error: ACCOUNT_DEACTIVATED, gone: "deactivated" } : { ok: false, error: SESSION_ENDED };
  if (body && typeof body.ok === "boolean") return body as VerdictSaveResult;
  if (body && typeof body.error === "string") return { ok: false, error: body.error };
  throw new Error(`The desk answered ${response.status}.`);
}
