import { and, asc, eq, inArray, isNotNull, lt, ne, notInArray, or, sql } from "drizzle-orm";
import type { AttentionItem } from "@/lib/workflow/attention";
import type { DbOrTx } from "../index";
import { articles, assignments, claims, users } from "../schema";

export type DeskCounts = { waitingForSignOff: number; overdue: number; stale: number; orphaned: number };

/**
 * Desk-wide counts an editor scans on deadline, in one query, over the articles
 * in progress: a published or spiked article's claims are nobody's work now.
 */
export async function deskCounts(db: DbOrTx): Promise<DeskCounts> {
  const inProgress = sql`article_id in (select id from ${articles} where status not in ('published', 'spiked'))`;
  const [row] = await db
    .select({
      waitingForSignOff: sql<number>`(select count(*) from ${claims} where status = 'submitted' and ${inProgress})`,
      stale: sql<number>`(select count(*) from ${claims} where status = 'stale' and ${inProgress})`,
      orphaned: sql<number>`(select count(*) from ${claims} where anchor_state = 'orphaned' and status <> 'dismissed' and ${inProgress})`,
      overdue: sql<number>`(select count(*) from ${assignments} a join ${claims} c on c.id = a.claim_id
        where a.active = 1 and a.due_at is not null and a.due_at < strftime('%s','now') * 1000 and c.status not in ('submitted', 'approved') and c.${inProgress})`,
    })
    .from(sql`(select 1)`);
  return row;
}

/**
 * The claims behind the Dashboard's "Overdue assignments" and "Stale or lost
 * claims", those whose holder asks for more time, and those released by their
 * holder, on the articles in progress: overdue first (longest overdue first),
 * then requests for more time (oldest first), then stale and lost ones, then released
 * ones, by article. At most `limit` of each kind.
 */
export async function listNeedsAttention(db: DbOrTx, limit = 50): Promise<AttentionItem[]> {
  const inProgress = notInArray(articles.status, ["published", "spiked"]);
  const columns = { claimId: claims.id, claimText: claims.text, articleId: articles.id, articleTitle: articles.title, holderName: users.name, dueAt: assignments.dueAt, status: claims.status };
  const [overdue, moreTime, troubled, released] = await Promise.all([
    db
      .select(columns)
      .from(assignments)
      .innerJoin(claims, eq(claims.id, assignments.claimId))
      .innerJoin(articles, eq(articles.id, claims.articleId))
      .innerJoin(users, eq(users.id, assignments.reviewerId))
      .where(and(eq(assignments.active, true), isNotNull(assignments.dueAt), lt(assignments.dueAt, sql`strftime('%s','now') * 1000`), notInArray(claims.status, ["submitted", "approved"]), inProgress))
      .orderBy(asc(assignments.dueAt))
      .limit(limit),
    // The holder asks for more time: an editor grants or declines it on the claim's page.
    db
      .select({ ...columns, dueAt: assignments.moreTimeUntil })
      .from(assignments)
      .innerJoin(claims, eq(claims.id, assignments.claimId))
      .innerJoin(articles, eq(articles.id, claims.articleId))
      .innerJoin(users, eq(users.id, assignments.reviewerId))
      .where(and(eq(assignments.active, true), isNotNull(assignments.moreTimeAskedAt), inArray(claims.status, ["assigned", "in_review", "returned"]), inProgress))
      .orderBy(asc(assignments.moreTimeAskedAt))
      .limit(limit),
    db
      .select(columns)
      .from(claims)
      .innerJoin(articles, eq(articles.id, claims.articleId))
      .leftJoin(assignments, and(eq(assignments.claimId, claims.id), eq(assignments.active, true)))
      .leftJoin(users, eq(users.id, assignments.reviewerId))
      .where(and(or(eq(claims.status, "stale"), and(eq(claims.anchorState, "orphaned"), ne(claims.status, "dismissed"))), inProgress))
      .orderBy(asc(articles.title), asc(claims.start))
      .limit(limit),
    // Open again after someone held it: it needs a new holder (a fresh claim is the Assign panel's business).
    db
      .select({ claimId: claims.id, claimText: claims.text, articleId: articles.id, articleTitle: articles.title, status: claims.status })
      .from(claims)
      .innerJoin(articles, eq(articles.id, claims.articleId))
      .where(and(eq(claims.status, "open"), ne(claims.anchorState, "orphaned"), inProgress, sql`exists (select 1 from ${assignments} a where a.claim_id = ${claims.id})`))
      .orderBy(asc(articles.title), asc(claims.start))
      .limit(limit),
  ]);
  // A late claim whose holder asks for more time is listed once, as the question to answer.
  const asking = new Set(moreTime.map((row) => row.claimId));
  return [
    ...overdue.filter((row) => !asking.has(row.claimId)).map(({ status: _status, ...row }) => ({ ...row, reason: "overdue" as const })),
    ...moreTime.map(({ status: _status, ...row }) => ({ ...row, reason: "more_time" as const })),
    ...troubled.map(({ status, ...row }) => ({ ...row, reason: status === "stale" ? ("stale" as const) : ("lost" as const) })),
    ...released.map(({ status: _status, ...row }) => ({ ...row, holderName: null, dueAt: null, reason: "released" as const })),
  ];
}
