"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { adoptClaimModel } from "@/db/queries/claim-models";
import { authedAction, type ActionResult } from "@/lib/auth/guards";
import { adaptModelToDesk } from "./adapt-model";

const PAGE = "/admin/claim-finder";

const adapt = authedAction("claimModel.manage", z.object({}), async (_input, admin) => {
  const result = await adaptModelToDesk(admin.id);
  if (result.ok) revalidatePath(PAGE);
  return result;
});

/** Adapts the claim finder to the desk's accept/dismiss decisions (admins only); the new model is not used until chosen. */
export async function adaptClaimModelAction(): Promise<ActionResult<{ modelId: string }>> {
  return adapt({});
}

const adopt = authedAction("claimModel.manage", z.object({ modelId: z.uuid().nullable() }), async (input, admin) => {
  const result = await adoptClaimModel(getDb(), { modelId: input.modelId, actorId: admin.id });
  if (!result.ok) {
    return { ok: false, error: result.reason === "outdated" ? "This model was adapted for an earlier release of the claim finder and no longer fits it. Adapt again." : "That model no longer exists." };
  }
  revalidatePath(PAGE);
  return {
    ok: true,
    data: null,
    message: input.modelId === null ? "The claim finder uses the shipped model again." : "The claim finder now uses this model for Find claims and Mark as claim.",
  };
});

/** Chooses the model "Find claims" uses: a desk model by id, or the shipped model (null). Admins only. */
export async function adoptClaimModelAction(raw: unknown): Promise<ActionResult> {
  return adopt(raw);
}
