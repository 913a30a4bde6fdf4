import { desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { articles, assignments, claims, users } from "../schema";

export type ArticleSummary = {
  id: string;
  title: string;
  byline: string;
  status: (typeof articles.$inferSelect)["status"];
  deadline: Date | null;
  updatedAt: Date;
  createdByName: string | null;
  claimCount: number;
  settledCount: number;
  suggestedCount: number;
};

/** A claim a reviewer currently holds on this article, for scoping reviewers' views. */
export function reviewerHoldsClaimOn(articleId: typeof articles.id | string, reviewerId: string) {
  return sql`exists (select 1 from ${claims} join ${assignments} on ${assignments.claimId} = ${claims.id}
        where ${claims.articleId} = ${articleId} and ${assignments.reviewerId} = ${reviewerId} and ${assignments.active} = 1)`;
}

/**
 * Articles on the desk, most recently changed first. Reviewers see only the
 * articles where they hold an assignment; editors and admins see all.
 */
export async function listArticles(db: DbOrTx, params: { viewerId: string; all: boolean }): Promise<ArticleSummary[]> {
  return db
    .select({
      id: articles.id,
      title: articles.title,
      byline: articles.byline,
      status: articles.status,
      deadline: articles.deadline,
      updatedAt: articles.updatedAt,
      createdByName: users.name,
      claimCount: sql<number>`(select count(*) from ${claims} c where c.article_id = ${articles.id} and c.status <> 'proposed' and c.status <> 'dismissed')`,
      settledCount: sql<number>`(select count(*) from ${claims} c where c.article_id = ${articles.id} and c.status = 'approved')`,
      suggestedCount: sql<number>`(select count(*) from ${claims} c where c.article_id = ${articles.id} and c.status = 'proposed')`,
    })
    .from(articles)
    .leftJoin(users, eq(users.id, articles.createdById))
    .where(params.all ? undefined : reviewerHoldsClaimOn(articles.id, params.viewerId))
    .orderBy(desc(articles.updatedAt), desc(articles.id));
}
