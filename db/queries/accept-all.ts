import { and, eq, inArray, sql } from "drizzle-orm";
import { nextStatus } from "@/lib/workflow/transitions";
import type { Database } from "../index";
import { claims } from "../schema";
import { recordAuditEvent } from "./audit";
import { WRITE } from "./write-transaction";

/** A claim Accept all suggested accepted, at the version the acceptance left it: what its Undo must still find. */
export type AcceptedClaim = { claimId: string; version: number };

/**
 * Accepts every suggestion at or above the finder's operating point, and says
 * which claims it accepted at which version, so the editor's Undo can put back
 * exactly those (and only while nobody has touched them since).
 */
export async function acceptAllSuggested(db: Database, params: { articleId: string; actorId: string }): Promise<AcceptedClaim[]> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: claims.id })
      .from(claims)
      .where(and(eq(claims.articleId, params.articleId), eq(claims.status, "proposed"), eq(claims.checkworthy, true)));
    if (rows.length === 0) return [];
    const now = new Date();
    const accepted = await tx
      .update(claims)
      .set({ status: "open", decidedById: params.actorId, decidedAt: now, updatedAt: now, version: sql`${claims.version} + 1` })
      .where(inArray(claims.id, rows.map((r) => r.id)))
      .returning({ claimId: claims.id, version: claims.version });
    await recordAuditEvent(tx, {
      actorId: params.actorId,
      entityType: "article",
      entityId: params.articleId,
      articleId: params.articleId,
      action: "claims.accepted_all",
      after: { accepted: accepted.length, claimIds: accepted.map((r) => r.claimId) },
    });
    return accepted;
  }, WRITE);
}

/** What an Undo of Accept all did: the claims back among the suggestions, and those it left alone by their words. */
export type UndoAcceptAllResult = { undone: string[]; kept: { claimId: string; text: string }[] };

/**
 * Takes back an Accept all suggested: each claim it accepted goes back to the
 * suggestions if it is still open at the version the acceptance left it. One
 * that anything happened to since (assigned, dismissed, moved, merged away, or
 * removed by a new Find claims) stays as it is and is named in `kept`, so the
 * Undo never overrides someone's later decision. Ids from another article are
 * ignored: the Undo answers for this article's acceptance only.
 */
export async function undoAcceptAll(db: Database, params: { articleId: string; accepted: AcceptedClaim[]; actorId: string }): Promise<UndoAcceptAllResult> {
  return db.transaction(async (tx) => {
    const expected = new Map(params.accepted.map((c) => [c.claimId, c.version]));
    const rows = expected.size
      ? await tx.select().from(claims).where(and(eq(claims.articleId, params.articleId), inArray(claims.id, [...expected.keys()])))
      : [];
    const result: UndoAcceptAllResult = { undone: [], kept: [] };
    const now = new Date();
    for (const claim of rows) {
      const back = claim.version === expected.get(claim.id) ? nextStatus(claim.status, "undo_accept") : null;
      if (!back) {
        result.kept.push({ claimId: claim.id, text: claim.text });
        continue;
      }
      await tx
        .update(claims)
        .set({ status: back, decidedById: null, decidedAt: null, updatedAt: now, version: sql`${claims.version} + 1` })
        .where(and(eq(claims.id, claim.id), eq(claims.version, claim.version)));
      result.undone.push(claim.id);
    }
    if (result.undone.length) {
      await recordAuditEvent(tx, {
        actorId: params.actorId,
        entityType: "article",
        entityId: params.articleId,
        articleId: params.articleId,
        action: "claims.accepted_all_undone",
        after: { undone: result.undone.length, claimIds: result.undone, kept: result.kept.map((c) => c.claimId) },
      });
    }
    return result;
  }, WRITE);
}
