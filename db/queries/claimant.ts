import type { Database } from "../index";
import { recordAuditEvent } from "./audit";
import { getClaim, updateClaimIfVersion } from "./claims";
import { writeTransaction } from "./write-transaction";

export type ClaimantResult = { ok: true; claimant: string | null; version: number; articleId: string } | { ok: false; reason: "not_found" | "conflict" };

/**
 * An editor corrects who made a claim (the finder guessed "The figures" for the
 * minister, or found nobody in a quote marked by hand). The claimant goes into
 * the memo and into ClaimReview as the claim's author, so a wrong one must be
 * fixable; null says nobody is named. Versioned like every claim edit, and audited.
 */
export async function setClaimant(db: Database, params: { claimId: string; actorId: string; expectedVersion: number; claimant: string | null }): Promise<ClaimantResult> {
  return writeTransaction(db, async (tx) => {
    const claim = await getClaim(tx, params.claimId);
    if (!claim) return { ok: false, reason: "not_found" } as const;
    // Already so (the same edit sent twice, or nothing changed): done, nothing written.
    if (claim.claimant === params.claimant) return { ok: true, claimant: claim.claimant, version: claim.version, articleId: claim.articleId } as const;
    const updated = await updateClaimIfVersion(tx, { claimId: claim.id, expectedVersion: params.expectedVersion, patch: { claimant: params.claimant } });
    if (!updated) return { ok: false, reason: "conflict" } as const;
    await recordAuditEvent(tx, {
      actorId: params.actorId,
      entityType: "claim",
      entityId: claim.id,
      articleId: claim.articleId,
      action: "claim.claimant_changed",
      before: { claimant: claim.claimant },
      after: { claimant: params.claimant },
    });
    return { ok: true, claimant: updated.claimant, version: updated.version, articleId: claim.articleId } as const;
  });
}
