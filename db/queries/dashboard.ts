import { and, asc, eq, inArray, isNotNull, lt, ne, notInArray, or, sql } from "drizzle-orm";
import type { AttentionItem } from "@/lib/workflow/attention";
import type { DbOrTx } from "../index";
import { articles, assignments, claims, users } from "../schema";

export type DeskCounts = { waitingForSignOff: number; overdue: number; stale: number; orphaned: number };

/**
 * Desk-wide counts an editor scans on deadline, in one query. Work under way
 * counts on every article that may run: a claim of a published article that went
 * stale (its live words edited) or was reopened is the most urgent kind. A spiked
 * article's claims are nobody's work. Lost claims count while the article is in
 * progress and the claim unsettled: words gone from live copy, or a check already
 * signed off, leave nothing to do.
 */
export async function deskCounts(db: DbOrTx): Promise<DeskCounts> {
  const live = sql`article_id in (select id from ${articles} where status <> 'spiked')`;
  const inProgress = sql`article_id in (select id from ${articles} where status not in ('published', 'spiked'))`;
  const [row] = await db
    .select({
      waitingForSignOff: sql<number>`(select count(*) from ${claims} where status = 'submitted' and ${live})`,
      stale: sql<number>`(select count(*) from ${claims} where status = 'stale' and ${live})`,
      orphaned: sql<number>`(select count(*) from ${claims} where anchor_state = 'orphaned' and status not in ('dismissed', 'approved') and ${inProgress})`,
      overdue: sql<number>`(select count(*) from ${assignments} a join ${claims} c on c.id = a.claim_id
        where a.active = 1 and a.due_at is not null and a.due_at < strftime('%s','now') * 1000 and c.status not in ('submitted', 'approved') and c.${live})`,
    })
    .from(sql`(select 1)`);
  return row;
}

/**
 * The claims behind the Dashboard's "Overdue assignments" and "Stale or lost
 * claims", those whose holder asks for more time, and those released by their
 * holder, on the articles that may run (lost ones: in progress; see deskCounts): overdue first (longest overdue first),
 * then requests for more time (oldest first), then stale and lost ones, then released
 * ones, by article. At most `limit` of each kind.
 */
export async function listNeedsAttention(db: DbOrTx, limit = 50): Promise<AttentionItem[]> {
  // As deskCounts: work under way on any article that may run, lost claims while it is in progress.
  const live = ne(articles.status, "spiked");
  const inProgress = notInArray(articles.status, ["published", "spiked"]);
  const columns = { claimId: claims.id, claimText: claims.text, articleId: articles.id, articleTitle: articles.title, holderName: users.name, dueAt: assignments.dueAt, status: claims.status };
  const [overdue, moreTime, troubled, released] = await Promise.all([
    db
      .select(columns)
      .from(assignments)
      .innerJoin(claims, eq(claims.id, assignments.claimId))
      .innerJoin(articles, eq(articles.id, claims.articleId))
      .innerJoin(users, eq(users.id, assignments.reviewerId))
      .where(and(eq(assignments.active, true), isNotNull(assignments.dueAt), lt(assignments.dueAt, sql`strftime('%s','now') * 1000`), notInArray(claims.status, ["submitted", "approved"]), live))
      .orderBy(asc(assignments.dueAt))
      .limit(limit),
    // The holder asks for more time: an editor grants or declines it on the claim's page.
    db
      .select({ ...columns, dueAt: assignments.moreTimeUntil })
      .from(assignments)
      .innerJoin(claims, eq(claims.id, assignments.claimId))
      .innerJoin(articles, eq(articles.id, claims.articleId))
      .innerJoin(users, eq(users.id, assignments.reviewerId))
      .where(and(eq(assignments.active, true), isNotNull(assignments.moreTimeAskedAt), inArray(claims.status, ["assigned", "in_review", "returned"]), live))
      .orderBy(asc(assignments.moreTimeAskedAt))
      .limit(limit),
    db
      .select(columns)
      .from(claims)
      .innerJoin(articles, eq(articles.id, claims.articleId))
      .leftJoin(assignments, and(eq(assignments.claimId, claims.id), eq(assignments.active, true)))
      .leftJoin(users, eq(users.id, assignments.reviewerId))
      .where(or(and(eq(claims.status, "stale"), live), and(eq(claims.anchorState, "orphaned"), notInArray(claims.status, ["dismissed", "approved"]), inProgress)))
      .orderBy(asc(articles.title), asc(claims.start))
      .limit(limit),
    // Open again after someone held it: it needs a new holder (a fresh claim is the Assign panel's business).
    db
      .select({ claimId: claims.id, claimText: claims.text, articleId: articles.id, articleTitle: articles.title, status: claims.status })
      .from(claims)
      .innerJoin(articles, eq(articles.id, claims.articleId))
      .where(and(eq(claims.status, "open"), ne(claims.anchorState, "orphaned"), live, sql`exists (select 1 from ${assignments} a where a.claim_id = ${claims.id})`))
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
