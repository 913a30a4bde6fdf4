import { and, asc, desc, eq, notInArray, sql, type SQL } from "drizzle-orm";
import { containsPattern } from "@/lib/articles/list-query";
import type { ArticleStatus } from "@/lib/workflow/statuses";
import type { Database, DbOrTx } from "../index";
import { articleRevisions, articles, assignments, claims, corrections, users } from "../schema";
import { recordAuditEvent } from "./audit";
import { doneUnderKey, rememberKey } from "./request-keys";
import { claimsLookedForSql } from "./workspace-coverage";
import { WRITE } from "./write-transaction";

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

/** Which articles a list shows, beyond who may see them. */
export type ArticleListFilter = {
  /** Words to find, literally and case-insensitively (ASCII), in the title or byline. */
  search?: string;
  /** One status, or "open" for every article not yet published. */
  status?: ArticleStatus | "open";
  /** Nearest deadline first (none last), most recently changed first among equals; else most recently changed first. */
  order?: "deadline";
  limit?: number;
  offset?: number;
};

// The same reckoning as lib/workflow/readiness.ts: every claim counts except
// suggestions the finder scored below its operating point; approved and
// dismissed claims are settled.
const claimCount = sql<number>`(select count(*) from ${claims} c where c.article_id = ${articles.id} and not (c.status = 'proposed' and c.checkworthy = 0))`;
const settledCount = sql<number>`(select count(*) from ${claims} c where c.article_id = ${articles.id} and c.status in ('approved', 'dismissed'))`;

/**
 * Where the check of an article stands, as the desk reads it: published once
 * published, spiked once spiked; ready when its claims were looked for on the
 * current text, all of them are settled (or there were none to find) and no
 * correction is pending, as the article page reckons it (readiness.ts); in check
 * once any claim went past being a suggestion; else a draft. Derived on read rather than stored, so no workflow write (assign,
 * approve, dismiss, publish a correction…) can leave a stale status behind.
 */
const deskStatus = sql<ArticleStatus>`(case
  when ${articles.status} in ('published', 'spiked') then ${articles.status}
  when ${settledCount} = ${claimCount} and ${claimsLookedForSql()}
    and not exists (select 1 from ${corrections} r where r.article_id = ${articles.id} and r.status <> 'published') then 'ready'
  when ${articles.status} <> 'draft' or exists (select 1 from ${claims} c where c.article_id = ${articles.id} and c.status <> 'proposed') then 'in_check'
  else 'draft' end)`;

/**
 * Articles on the desk, most recently changed first (or by deadline). Reviewers see only the
 * articles where they hold an assignment; editors and admins see all.
 */
export async function listArticles(
  db: DbOrTx,
  params: { viewerId: string; all: boolean } & ArticleListFilter,
): Promise<ArticleSummary[]> {
  const query = db
    .select({
      id: articles.id,
      title: articles.title,
      byline: articles.byline,
      status: deskStatus,
      deadline: articles.deadline,
      updatedAt: articles.updatedAt,
      createdByName: users.name,
      claimCount,
      settledCount,
      suggestedCount: sql<number>`(select count(*) from ${claims} c where c.article_id = ${articles.id} and c.status = 'proposed')`,
    })
    .from(articles)
    .leftJoin(users, eq(users.id, articles.createdById))
    .where(and(params.all ? undefined : reviewerHoldsClaimOn(articles.id, params.viewerId), ...filterConditions(params)))
    .orderBy(...(params.order === "deadline" ? [sql`${articles.deadline} is null`, asc(articles.deadline)] : []), desc(articles.updatedAt), desc(articles.id))
    .$dynamic();
  if (params.limit !== undefined) query.limit(params.limit).offset(params.offset ?? 0);
  return query;
}

function filterConditions({ search, status }: ArticleListFilter): SQL[] {
  const conditions: SQL[] = [];
  if (search) {
    const pattern = containsPattern(search);
    conditions.push(sql`(${articles.title} like ${pattern} escape '\\' or ${articles.byline} like ${pattern} escape '\\')`);
  }
  if (status === "open") conditions.push(notInArray(articles.status, ["published", "spiked"]));
  else if (status) conditions.push(sql`${deskStatus} = ${status}`);
  return conditions;
}

export type NewArticle = {
  title: string;
  byline: string;
  sourceUrl: string | null;
  deadline: Date | null;
  bodyJson: string;
  bodyText: string;
  authorId: string;
};

/** Creates an article with its first revision, and audits it. */
export async function createArticle(db: Database, input: NewArticle & { requestKey?: string }): Promise<{ id: string; replayed: boolean }> {
  return db.transaction(async (tx) => {
    // The same New article arriving twice (see request_keys): the article it made.
    const request = input.requestKey ? { key: input.requestKey, userId: input.authorId, kind: "article" as const } : null;
    const done = request ? await doneUnderKey(tx, request) : null;
    if (done) return { id: done, replayed: true };
    const now = new Date();
    const [row] = await tx
      .insert(articles)
      .values({
        title: input.title,
        byline: input.byline,
        sourceUrl: input.sourceUrl,
        deadline: input.deadline,
        bodyJson: input.bodyJson,
        bodyText: input.bodyText,
        createdById: input.authorId,
        updatedAt: now,
      })
      .returning({ id: articles.id });
    await tx.insert(articleRevisions).values({
      articleId: row.id,
      number: 1,
      title: input.title,
      bodyJson: input.bodyJson,
      bodyText: input.bodyText,
      authorId: input.authorId,
      createdAt: now,
    });
    await recordAuditEvent(tx, {
      actorId: input.authorId,
      entityType: "article",
      entityId: row.id,
      articleId: row.id,
      action: "article.created",
      after: { title: input.title, length: input.bodyText.length },
    });
    if (request) await rememberKey(tx, { ...request, resultId: row.id });
    return { id: row.id, replayed: false };
  }, WRITE);
}

/** One article with everything the workspace shows at the top; undefined when missing. */
export async function getArticle(db: DbOrTx, id: string) {
  const [row] = await db.select().from(articles).where(eq(articles.id, id)).limit(1);
  return row;
}
