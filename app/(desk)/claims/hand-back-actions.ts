"use server";

import { getDb } from "@/db";
import { handBackClaim } from "@/db/queries/hand-back";
import { authedAction, type ActionResult } from "@/lib/auth/guards";
import { shortened } from "@/lib/mail/notice-email";
import { CONFLICT_MESSAGE, handBackSchema } from "@/components/review/schemas";
import { refreshClaimPages } from "./refresh";
import { noticeLater } from "./notice-later";

const REFUSED = {
  not_found: "This claim no longer exists.",
  not_holder: "This claim is no longer assigned to you.",
  bad_state: "This claim can no longer be handed back (its verdict is with the editors).",
  // Changed by someone else in the moment between reading and writing it.
  conflict: CONFLICT_MESSAGE,
} as const;

const handBack = authedAction("claims.hand_back", handBackSchema, async (input, user) => {
  const result = await handBackClaim(getDb(), { ...input, actorId: user.id });
  if (!result.ok) {
    refreshClaimPages(input.claimId);
    return { ok: false, error: REFUSED[result.reason], conflict: result.reason === "conflict" };
  }
  // Sent twice, it was told the first time.
  if (!result.replayed && result.assignedById !== user.id) {
    noticeLater([result.assignedById], "assignments", {
      subject: `${user.name} handed back a claim`,
      paragraphs: [`${user.name} handed back a claim you assigned: “${shortened(result.claimText, 300)}”`, `Their reason: “${shortened(input.reason, 500)}”`, "It is back in the open pool for someone else."],
      path: `/claims/${input.claimId}`,
      linkLabel: "Open the claim",
    });
  }
  refreshClaimPages(input.claimId, result.articleId);
  return { ok: true, data: null, message: "Handed back. The editor who assigned it has been told." };
});

/** The holder gives a claim back to the open pool, saying why; the editor who assigned it is told. */
export async function handBackClaimAction(raw: unknown): Promise<ActionResult> {
  return handBack(raw);
}
