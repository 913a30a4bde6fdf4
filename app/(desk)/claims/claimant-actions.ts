"use server";

import { getDb } from "@/db";
import { setClaimant } from "@/db/queries/claimant";
import { authedAction, type ActionResult } from "@/lib/auth/guards";
import { CONFLICT_MESSAGE, claimantSchema } from "@/components/review/schemas";
import { refreshClaimPages } from "./refresh";

const saveClaimant = authedAction("claims.curate", claimantSchema, async (input, user): Promise<ActionResult<{ claimant: string | null; version: number }>> => {
  const result = await setClaimant(getDb(), { claimId: input.claimId, actorId: user.id, expectedVersion: input.expectedVersion, claimant: input.claimant || null });
  if (!result.ok) {
    refreshClaimPages(input.claimId);
    return result.reason === "conflict" ? { ok: false, error: `${CONFLICT_MESSAGE} The page now shows the claim as it is.`, conflict: true } : { ok: false, error: "This claim no longer exists." };
  }
  refreshClaimPages(input.claimId, result.articleId);
  return { ok: true, data: { claimant: result.claimant, version: result.version }, message: result.claimant ? `Claimant saved: ${result.claimant}.` : "Claimant cleared: nobody is named." };
});

/** An editor corrects who made the claim (it goes into the memo and into ClaimReview as the claim's author). */
export async function saveClaimantAction(raw: unknown): Promise<ActionResult<{ claimant: string | null; version: number }>> {
  return saveClaimant(raw);
}
