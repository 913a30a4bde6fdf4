import type { VerdictSaveResult } from "@/app/(desk)/claims/verdict-save";

/**
 * Saves the verdict form as a draft over PUT /api/claims/:id/verdict. The route
 * answers in the actions' shape with a status; an answer that is not that shape
 * (a proxy's error page, a dropped connection) throws, and the form says it could
 * not reach the desk, keeping what was typed.
 */
export async function putVerdictDraft(claimId: string, payload: object): Promise<VerdictSaveResult> {
  const response = await fetch(`/api/claims/${encodeURIComponent(claimId)}/verdict`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(payload),
    credentials: "same-origin",
  });
  const result = (await response.json().catch(() => null)) as VerdictSaveResult | null;
  if (!result || typeof result.ok !== "boolean") throw new Error(`The desk answered ${response.status}.`);
  return result;
}
