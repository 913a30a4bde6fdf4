import { and, desc, eq, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { articles, assignments, claims, evidenceItems, verdictScale, verdicts } from "../schema";

export type CheckedClaim = {
  id: string;
  text: string;
  articleId: string;
  articleTitle: string;
  verdictLabel: string | null;
  verdictKey: string | null;
  decidedAt: Date | null;
  evidenceCount: number;
};

/** How far back the archive look-up reaches: enough for a desk's year, cheap to rank. */
const ARCHIVE_LIMIT = 2000;

/**
 * Approved claims from other articles, newest first, with their approved verdict:
 * the archive "checked before" is ranked against. A reviewer's archive is their own
 * past checks only, since reviewers see only what was assigned to them.
 */
export async function listCheckedClaims(
  db: DbOrTx,
  params: { excludeArticleId: string; onlyReviewedBy?: string },
): Promise<CheckedClaim[]> {
  const scope = params.onlyReviewedBy
    ? sql`exists (select 1 from ${assignments} a where a.claim_id = ${claims.id} and a.reviewer_id = ${params.onlyReviewedBy})`
    : undefined;
  return db
    .select({
      id: claims.id,
      text: claims.text,
      articleId: articles.id,
      articleTitle: articles.title,
      verdictLabel: verdictScale.label,
      verdictKey: verdicts.verdictKey,
      decidedAt: verdicts.decidedAt,
      evidenceCount: sql<number>`(select count(*) from ${evidenceItems} e where e.verdict_id = ${verdicts.id})`,
    })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .innerJoin(verdicts, and(eq(verdicts.claimId, claims.id), eq(verdicts.state, "approved")))
    .leftJoin(verdictScale, eq(verdictScale.key, verdicts.verdictKey))
    .where(and(eq(claims.status, "approved"), ne(claims.articleId, params.excludeArticleId), scope))
    .orderBy(desc(verdicts.decidedAt), desc(claims.id))
    .limit(ARCHIVE_LIMIT);
}
