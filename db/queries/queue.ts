import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { articles, assignments, claims } from "../schema";
import { orderOf, type SortKey } from "./keyset";
import { assignmentIsActive } from "./conditions";

export type QueueItem = {
  assignmentId: string;
  claimId: string;
  claimText: string;
  claimStatus: (typeof claims.$inferSelect)["status"];
  articleId: string;
  articleTitle: string;
  dueAt: Date | null;
  priority: (typeof assignments.$inferSelect)["priority"];
  note: string;
  overdue: boolean;
  /** The later due time its holder has asked for, while no editor has answered. */
  moreTimeUntil: Date | null;
  /** Its words are no longer in the article: an editor decides what becomes of it, so it is not ordinary work. */
  lost: boolean;
};

/**
 * The claims in a reviewer's queue: their active assignments, less those approved
 * on an article since published (finished business: without this a reviewer's
 * queue would list every claim they ever checked). Over assignments joined to
 * claims and articles.
 */
export function queueOf(reviewerId: string) {
  return and(eq(assignments.reviewerId, reviewerId), assignmentIsActive, sql`not (${claims.status} = 'approved' and ${articles.status} = 'published')`);
}

/**
 * The queue's order, every key ascending: soonest due first (no due time last),
 * then by priority, then by place in the article; the assignment last, so claims
 * alike in all else keep one order and "Next in my queue" can go on from one.
 */
export const QUEUE_KEYS: readonly SortKey[] = [
  { key: sql`(${assignments.dueAt} is null)` },
  { key: sql`coalesce(${assignments.dueAt}, 0)` },
  { key: sql`(case ${assignments.priority} when 'urgent' then 0 when 'high' then 1 when 'normal' then 2 else 3 end)` },
  { key: sql`${claims.start}` },
  { key: sql`${assignments.id}` },
];

/**
 * A reviewer's queue: their active assignments, soonest due first (no due time
 * last), then by priority. Served by the (reviewer, active, due) index.
 */
export async function listQueue(db: DbOrTx, params: { reviewerId: string }): Promise<QueueItem[]> {
  return db
    .select({
      assignmentId: assignments.id,
      claimId: claims.id,
      claimText: claims.text,
      claimStatus: claims.status,
      articleId: articles.id,
      articleTitle: articles.title,
      dueAt: assignments.dueAt,
      priority: assignments.priority,
      note: assignments.note,
      moreTimeUntil: assignments.moreTimeUntil,
      lost: sql<boolean>`(${claims.anchorState} = 'orphaned')`.mapWith(Boolean),
      overdue: sql<boolean>`(${assignments.dueAt} is not null and ${assignments.dueAt} < strftime('%s','now') * 1000 and ${claims.status} not in ('submitted','approved'))`.mapWith(Boolean),
    })
    .from(assignments)
    .innerJoin(claims, eq(claims.id, assignments.claimId))
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(queueOf(params.reviewerId))
    .orderBy(...orderOf(QUEUE_KEYS));
}
