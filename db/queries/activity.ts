import { and, desc, eq, gte, inArray, lt, lte, ne, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { DbOrTx } from "../index";
import { articles, auditEvents, claims, corrections, users, verdicts } from "../schema";
import type { ActivityCursor } from "@/lib/audit/activity-query";
import { insertionOrder } from "./insertion-order";

/**
 * The desk's audit trail, newest first, for the Activity page: who did what, with
 * the claim, article or person each event is about. Read only, like every audit
 * query. Pages by a cursor (the last row's time and insertion order), so a page
 * deep in a long trail costs what the first does.
 */

export type ActivityFilter = {
  /** Audit entity types to show (lib/audit/activity.ts KIND_ENTITY_TYPES); never empty. */
  entityTypes: readonly string[];
  actorId?: string | null;
  /** Instants: from inclusive, until exclusive. */
  from?: Date | null;
  until?: Date | null;
  /** Autosaved drafts are most of a busy trail and say little; left out unless asked for. */
  includeDrafts?: boolean;
  before?: ActivityCursor | null;
  limit?: number;
};

export type ActivityRow = {
  id: string;
  cursor: ActivityCursor;
  action: string;
  entityType: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: Date;
  actorName: string | null;
  claimId: string | null;
  claimText: string | null;
  articleId: string | null;
  articleTitle: string | null;
  /** The person a people-and-access event is about. */
  subjectName: string | null;
};

const RARE_ENTITY_TYPES = new Set(["user", "settings", "scale"]);
const subject = alias(users, "subject");
const actor = alias(users, "actor");
const seq = insertionOrder(auditEvents);

export async function listActivity(db: DbOrTx, filter: ActivityFilter): Promise<{ rows: ActivityRow[]; more: boolean }> {
  const limit = filter.limit ?? 50;
  const rows = await activityQuery(db, filter, limit + 1);
  return {
    rows: rows.slice(0, limit).map(({ seq: order, ...row }) => ({ ...row, cursor: { at: row.createdAt.getTime(), seq: order } })),
    more: rows.length > limit,
  };
}

/** The query behind listActivity, `limit` rows; exported so a test can read SQLite's plan for it. */
export function activityQuery(db: DbOrTx, filter: ActivityFilter, limit: number) {
  const types = [...filter.entityTypes];
  // Most events are about claims, verdicts and articles: SQLite should walk the time
  // index newest first and stop at a page, not gather every such event by type and
  // sort them (the unary + keeps it off the type index). Events about people and
  // settings are few, and fetching those by type is the faster way.
  const rare = types.every((type) => RARE_ENTITY_TYPES.has(type));
  const conditions: SQL[] = [rare ? inArray(auditEvents.entityType, types) : sql`+${auditEvents.entityType} IN ${types}`];
  if (filter.actorId) conditions.push(eq(auditEvents.actorId, filter.actorId));
  if (filter.from) conditions.push(gte(auditEvents.createdAt, filter.from));
  if (filter.until) conditions.push(lt(auditEvents.createdAt, filter.until));
  if (!filter.includeDrafts) conditions.push(ne(auditEvents.action, "verdict.draft_saved"));
  if (filter.before) {
    const at = new Date(filter.before.at);
    // The first term bounds the walk down the time index; the second settles ties.
    conditions.push(lte(auditEvents.createdAt, at), or(lt(auditEvents.createdAt, at), sql`${seq} < ${filter.before.seq}`)!);
  }
  const claimOfEvent = sql`CASE ${auditEvents.entityType} WHEN 'claim' THEN ${auditEvents.entityId} WHEN 'verdict' THEN ${verdicts.claimId} WHEN 'correction' THEN ${corrections.claimId} END`;
  const articleOfEvent = sql`COALESCE(${auditEvents.articleId}, CASE WHEN ${auditEvents.entityType} = 'article' THEN ${auditEvents.entityId} END)`;
  return db
    .select({
      id: auditEvents.id,
      seq: sql<number>`${seq}`.mapWith(Number),
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      before: auditEvents.before,
      after: auditEvents.after,
      createdAt: auditEvents.createdAt,
      actorName: actor.name,
      claimId: claims.id,
      claimText: claims.exact,
      articleId: articles.id,
      articleTitle: articles.title,
      subjectName: subject.name,
    })
    .from(auditEvents)
    .leftJoin(actor, eq(actor.id, auditEvents.actorId))
    .leftJoin(verdicts, and(eq(auditEvents.entityType, "verdict"), eq(verdicts.id, auditEvents.entityId)))
    .leftJoin(corrections, and(eq(auditEvents.entityType, "correction"), eq(corrections.id, auditEvents.entityId)))
    .leftJoin(claims, eq(claims.id, claimOfEvent))
    .leftJoin(articles, eq(articles.id, articleOfEvent))
    .leftJoin(subject, and(eq(auditEvents.entityType, "user"), eq(subject.id, auditEvents.entityId)))
    .where(and(...conditions))
    .orderBy(desc(auditEvents.createdAt), desc(seq))
    .limit(limit);
}

/**
 * Every event `filter` selects, newest first, read a page at a time by cursor, so
 * an export of the whole trail streams in flat memory.
 */
export async function* iterateActivity(db: DbOrTx, filter: Omit<ActivityFilter, "limit">, pageSize = 500): AsyncGenerator<ActivityRow> {
  let before = filter.before ?? null;
  for (;;) {
    const page = await listActivity(db, { ...filter, before, limit: pageSize });
    yield* page.rows;
    if (!page.more) return;
    before = page.rows[page.rows.length - 1].cursor;
  }
}
