import { and, asc, eq, inArray, isNotNull, lt, ne, notInArray, sql, type SQL } from "drizzle-orm";
import type { AttentionItem } from "@/lib/workflow/attention";
import type { DbOrTx } from "../index";
import { articles, assignments, claims, users } from "../schema";
import { assignmentIsActive, claimIsOrphaned } from "./conditions";

export type OpenArticleTotals = { articles: number; claims: number; settled: number; suggested: number };

/**
 * The articles in progress (neither published nor spiked) and their claims as
 * listArticles counts them (claimCount, settledCount, suggestedCount), summed in
 * one query, for the Dashboard's figures without reading every such article.
 */
export async function openArticleTotals(db: DbOrTx): Promise<OpenArticleTotals> {
  const open = sql`a.status not in ('published', 'spiked')`;
  const [row] = await db
    .select({
      articles: sql<number>`(select count(*) from ${articles} a where ${open})`.mapWith(Number),
      claims: sql<number>`(select count(*) from ${claims} c join ${articles} a on a.id = c.article_id where ${open} and not (c.status = 'proposed' and c.checkworthy = 0))`.mapWith(Number),
      settled: sql<number>`(select count(*) from ${claims} c join ${articles} a on a.id = c.article_id where ${open} and c.status in ('approved', 'dismissed'))`.mapWith(Number),
      suggested: sql<number>`(select count(*) from ${claims} c join ${articles} a on a.id = c.article_id where ${open} and c.status = 'proposed')`.mapWith(Number),
    })
    .from(sql`(select 1)`);
  return row;
}

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
  // Each count starts from the few claims (or assignments) in its state, found by an index
  // (claims by status, lost claims, active assignments by due time), then looks up their
  // article: never every article's every claim.
  const live = sql`a.status <> 'spiked'`;
  const inProgress = sql`a.status not in ('published', 'spiked')`;
  const [row] = await db
    .select({
      waitingForSignOff: sql<number>`(select count(*) from ${claims} c join ${articles} a on a.id = c.article_id where c.status = 'submitted' and ${live})`,
      stale: sql<number>`(select count(*) from ${claims} c join ${articles} a on a.id = c.article_id where c.status = 'stale' and ${live})`,
      orphaned: sql<number>`(select count(*) from ${claims} c join ${articles} a on a.id = c.article_id
        where c.anchor_state = 'orphaned' and c.status not in ('dismissed', 'approved') and ${inProgress})`,
      overdue: sql<number>`(select count(*) from ${assignments} s join ${claims} c on c.id = s.claim_id join ${articles} a on a.id = c.article_id
        where s.active = 1 and s.due_at is not null and s.due_at < strftime('%s','now') * 1000 and c.status not in ('submitted', 'approved') and ${live})`,
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
  const [overdue, moreTime, stale, lost, released] = await Promise.all([
    db
      .select(columns)
      .from(assignments)
      .innerJoin(claims, eq(claims.id, assignments.claimId))
      .innerJoin(articles, eq(articles.id, claims.articleId))
      .innerJoin(users, eq(users.id, assignments.reviewerId))
      .where(and(assignmentIsActive, isNotNull(assignments.dueAt), lt(assignments.dueAt, sql`strftime('%s','now') * 1000`), notInArray(claims.status, ["submitted", "approved"]), live))
      .orderBy(asc(assignments.dueAt))
      .limit(limit),
    // The holder asks for more time: an editor grants or declines it on the claim's page.
    db
      .select({ ...columns, dueAt: assignments.moreTimeUntil })
      .from(assignments)
      .innerJoin(claims, eq(claims.id, assignments.claimId))
      .innerJoin(articles, eq(articles.id, claims.articleId))
      .innerJoin(users, eq(users.id, assignments.reviewerId))
      .where(and(assignmentIsActive, isNotNull(assignments.moreTimeAskedAt), inArray(claims.status, ["assigned", "in_review", "returned"]), live))
      .orderBy(asc(assignments.moreTimeAskedAt))
      .limit(limit),
    // Stale and lost claims are read apart, each from its own index (an OR of the two would read every claim), and merged below.
    troubledClaims(db, and(eq(claims.status, "stale"), live)!, limit),
    troubledClaims(db, and(claimIsOrphaned, notInArray(claims.status, ["dismissed", "approved"]), inProgress)!, limit),
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
  // A stale claim that is also lost is one row, as the single query gave it; by article, then place, at most `limit`.
  const staleIds = new Set(stale.map((row) => row.claimId));
  const troubled = [...stale, ...lost.filter((row) => !staleIds.has(row.claimId))]
    .sort((a, b) => binaryOrder(a.articleTitle, b.articleTitle) || a.start - b.start)
    .slice(0, limit);
  return [
    ...overdue.filter((row) => !asking.has(row.claimId)).map(({ status: _status, ...row }) => ({ ...row, reason: "overdue" as const })),
    ...moreTime.map(({ status: _status, ...row }) => ({ ...row, reason: "more_time" as const })),
    ...troubled.map(({ status, start: _start, ...row }) => ({ ...row, reason: status === "stale" ? ("stale" as const) : ("lost" as const) })),
    ...released.map(({ status: _status, ...row }) => ({ ...row, holderName: null, dueAt: null, reason: "released" as const })),
  ];
}

/** Claims in trouble of one kind (`which`), by article title then place in it, with who holds them. */
function troubledClaims(db: DbOrTx, which: SQL, limit: number) {
  return db
    .select({ claimId: claims.id, claimText: claims.text, articleId: articles.id, articleTitle: articles.title, holderName: users.name, dueAt: assignments.dueAt, status: claims.status, start: claims.start })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .leftJoin(assignments, and(eq(assignments.claimId, claims.id), assignmentIsActive))
    .leftJoin(users, eq(users.id, assignments.reviewerId))
    .where(which)
    .orderBy(asc(articles.title), asc(claims.start))
    .limit(limit);
}

/** Text in SQLite's default (binary) order, as ORDER BY put the titles. */
function binaryOrder(a: string, b: string): number {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return Buffer.compare(x, y);
}
