import { and, asc, eq, sql } from "drizzle-orm";
import type { ClaimProposal } from "@/lib/articles/proposals";
import type { ClaimStatus } from "@/lib/workflow/statuses";
import type { DbOrTx } from "../index";
import { claims } from "../schema";

export type ClaimRow = typeof claims.$inferSelect;

/** A claim to insert: a finder proposal's fields (score may be unknown) plus who and where. */
export type NewClaim = Omit<ClaimProposal, "score"> & {
  articleId: string;
  score: number | null;
  origin: "suggested" | "manual";
  status: ClaimStatus;
  createdById: string | null;
};

/** Inserts claims (suggestions or marked by hand); the claim's text starts as its quote. */
export async function insertClaims(db: DbOrTx, rows: NewClaim[]): Promise<ClaimRow[]> {
  if (rows.length === 0) return [];
  const now = new Date();
  return db
    .insert(claims)
    .values(rows.map((row) => ({ ...row, text: row.exact, updatedAt: now })))
    .returning();
}

/** The claims of an article in reading order (served by the article/position index). */
export async function listClaimsForArticle(db: DbOrTx, articleId: string): Promise<ClaimRow[]> {
  return db.select().from(claims).where(eq(claims.articleId, articleId)).orderBy(asc(claims.start), asc(claims.id));
}

export async function getClaim(db: DbOrTx, id: string): Promise<ClaimRow | undefined> {
  const [row] = await db.select().from(claims).where(eq(claims.id, id)).limit(1);
  return row;
}

/**
 * Optimistic update of one claim: succeeds only if nobody changed the claim since
 * `expectedVersion` was read. Returns the new row, or null on a conflict.
 */
export async function updateClaimIfVersion(
  db: DbOrTx,
  params: { claimId: string; expectedVersion: number; patch: Partial<Omit<ClaimRow, "id" | "version" | "articleId">> },
): Promise<ClaimRow | null> {
  const [row] = await db
    .update(claims)
    .set({ ...params.patch, updatedAt: new Date(), version: sql`${claims.version} + 1` })
    .where(and(eq(claims.id, params.claimId), eq(claims.version, params.expectedVersion)))
    .returning();
  return row ?? null;
}
