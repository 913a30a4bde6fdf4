import { and, asc, eq, inArray, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { auditEvents, claims, users, verdicts } from "../schema";
import { insertionOrder } from "./insertion-order";
import { HISTORY_EVENT_COLUMNS, type HistoryEvent } from "./review";

/**
 * What an open claim or article page needs to keep up with other people: a mark
 * for "the history as this page shows it" (the audit trail's rowid, which only
 * grows), and what happened after a mark. A claim's events are the ones its
 * history panel lists: about the claim and about each of its verdict versions;
 * an article's are every event filed under it.
 */
async function aboutClaim(db: DbOrTx, claimId: string): Promise<SQL> {
  const [verdictRows, [claim]] = await Promise.all([
    db.select({ id: verdicts.id }).from(verdicts).where(eq(verdicts.claimId, claimId)),
    db.select({ articleId: claims.articleId }).from(claims).where(eq(claims.id, claimId)),
  ]);
  const about = [and(eq(auditEvents.entityType, "claim"), eq(auditEvents.entityId, claimId))];
  if (verdictRows.length) about.push(and(eq(auditEvents.entityType, "verdict"), inArray(auditEvents.entityId, verdictRows.map((v) => v.id))));
  // What happens to its article happens to the claim: spiked, restored, published.
  if (claim) about.push(and(eq(auditEvents.entityType, "article"), eq(auditEvents.entityId, claim.articleId), inArray(auditEvents.action, ARTICLE_FATES)));
  return or(...about)!;
}

const ARTICLE_FATES = ["article.spiked", "article.restored", "article.published"];

/** The newest event of the claim's history (0 when it has none): a page rendered now shows everything up to it. */
export async function claimHistoryMark(db: DbOrTx, claimId: string): Promise<number> {
  const [row] = await db
    .select({ mark: sql<number | null>`max(${insertionOrder(auditEvents)})` })
    .from(auditEvents)
    .where(await aboutClaim(db, claimId));
  return Number(row?.mark ?? 0);
}

/** Enough to say what happened; the page re-reads the rest. */
const MOST_CHANGES = 20;

/** `more`: there were more changes than listed; what they were is not known here. */
export type ClaimChanges = { mark: number; changes: HistoryEvent[]; more: boolean };

/**
 * The claim's events after `since`, oldest first, leaving out the viewer's own
 * (their page already refreshed for those), with the mark to ask from next.
 */
export async function claimChangesSince(db: DbOrTx, params: { claimId: string; since: number; viewerId: string }): Promise<ClaimChanges> {
  const about = await aboutClaim(db, params.claimId);
  const after = sql`${insertionOrder(auditEvents)} > ${params.since}`;
  const [[newest], changes] = await Promise.all([
    db.select({ mark: sql<number | null>`max(${insertionOrder(auditEvents)})` }).from(auditEvents).where(and(about, after)),
    db
      .select(HISTORY_EVENT_COLUMNS)
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorId))
      .where(and(about, after, or(isNull(auditEvents.actorId), ne(auditEvents.actorId, params.viewerId))))
      .orderBy(asc(insertionOrder(auditEvents)))
      .limit(MOST_CHANGES + 1),
  ]);
  return { mark: Math.max(params.since, Number(newest?.mark ?? 0)), changes: changes.slice(0, MOST_CHANGES), more: changes.length > MOST_CHANGES };
}

/** The newest event of an article's trail (its text, its claims, their verdicts): an article page rendered now shows everything up to it. */
export async function articleHistoryMark(db: DbOrTx, articleId: string): Promise<number> {
  const [row] = await db
    .select({ mark: sql<number | null>`max(${insertionOrder(auditEvents)})` })
    .from(auditEvents)
    .where(eq(auditEvents.articleId, articleId));
  return Number(row?.mark ?? 0);
}

/** Whether anyone but the viewer changed the article after `since` (or the viewer saved its text elsewhere), and the mark to ask from next. */
export async function articleNewsSince(db: DbOrTx, params: { articleId: string; since: number; viewerId: string }): Promise<{ mark: number; news: boolean }> {
  const after = and(eq(auditEvents.articleId, params.articleId), sql`${insertionOrder(auditEvents)} > ${params.since}`);
  const [row] = await db
    .select({
      mark: sql<number | null>`max(${insertionOrder(auditEvents)})`,
      // The viewer's own text saves count too: made in another tab or window, they
      // leave this one's text behind as much as a colleague's (this tab's own refreshes anyway).
      others: sql<number>`count(*) filter (where ${auditEvents.actorId} is null or ${auditEvents.actorId} <> ${params.viewerId} or ${auditEvents.action} = 'article.saved')`,
    })
    .from(auditEvents)
    .where(after);
  return { mark: Math.max(params.since, Number(row?.mark ?? 0)), news: Number(row?.others ?? 0) > 0 };
}
