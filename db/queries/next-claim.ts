import { and, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import { QUEUE_TO_DO } from "@/lib/workflow/queue-next";
import type { DbOrTx } from "../index";
import { articles, assignments, claims, verdictScale, verdicts } from "../schema";
import { comesAfter, orderOf, type SortKey } from "./keyset";
import { QUEUE_KEYS, queueOf } from "./queue";
import { awaitingSignOff, SIGN_OFF_KEYS } from "./review";

/** The claim a "Next" button leads to: where, and its words for the button's title. */
export type NextClaim = { claimId: string; claimText: string };

/** The raw values of `keys`, selected under their position's name. */
function keyColumns(keys: readonly SortKey[]): Record<string, SQL> {
  return Object.fromEntries(keys.map(({ key }, i) => [`k${i}`, key]));
}
const keyValues = (row: Record<string, unknown>, count: number) => Array.from({ length: count }, (_, i) => row[`k${i}`]);

/**
 * "Next in my queue" without reading the queue: the first claim still needing
 * the reviewer's work after the current one in My queue's order, wrapping round
 * to the top; from a claim not in their queue, the first one. The rules are
 * nextInQueue's (lib/workflow/queue-next.ts); two LIMIT 1 reads at most.
 */
export async function findNextInQueue(db: DbOrTx, params: { reviewerId: string; currentClaimId: string }): Promise<NextClaim | null> {
  const [here] = await db
    .select(keyColumns(QUEUE_KEYS))
    .from(assignments)
    .innerJoin(claims, eq(claims.id, assignments.claimId))
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(and(queueOf(params.reviewerId), eq(claims.id, params.currentClaimId)))
    .limit(1);
  const wanted = and(queueOf(params.reviewerId), inArray(claims.status, [...QUEUE_TO_DO]), ne(claims.id, params.currentClaimId));
  const first = (after?: SQL) =>
    db
      .select({ claimId: claims.id, claimText: claims.text })
      .from(assignments)
      .innerJoin(claims, eq(claims.id, assignments.claimId))
      .innerJoin(articles, eq(articles.id, claims.articleId))
      .where(and(wanted, after))
      .orderBy(...orderOf(QUEUE_KEYS))
      .limit(1);
  const [later] = here ? await first(comesAfter(QUEUE_KEYS, keyValues(here, QUEUE_KEYS.length))) : [];
  if (later) return later;
  const [top] = await first();
  return top ?? null;
}

/**
 * "Next to sign off" without reading the list: the first verdict waiting for
 * sign-off that this editor did not write, after the current claim in the
 * list's order, wrapping round. Once the current claim has left the list
 * (approved, returned), its latest verdict's place (needs a correction, when
 * submitted) keeps the editor's place; a claim never submitted starts from the
 * top. The rules are nextToSignOff's (lib/workflow/queue-next.ts).
 */
export async function findNextToSignOff(db: DbOrTx, params: { editorId: string; currentClaimId: string }): Promise<NextClaim | null> {
  // The current claim's working verdict: the latest version.
  const [here] = await db
    .select({ ...keyColumns(SIGN_OFF_KEYS), listed: sql<number>`(${awaitingSignOff})`, submitted: verdicts.submittedAt })
    .from(verdicts)
    .innerJoin(claims, eq(claims.id, verdicts.claimId))
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .leftJoin(verdictScale, eq(verdictScale.key, verdicts.verdictKey))
    .where(eq(verdicts.claimId, params.currentClaimId))
    .orderBy(sql`${verdicts.number} desc`)
    .limit(1);
  // In the list: after its row. Left it: after where it stood. Never submitted: nowhere.
  const place = !here ? null : here.listed ? keyValues(here, SIGN_OFF_KEYS.length) : here.submitted ? keyValues(here, 2) : null;
  const wanted = and(awaitingSignOff, ne(verdicts.reviewerId, params.editorId), ne(claims.id, params.currentClaimId));
  const first = (after?: SQL) =>
    db
      .select({ claimId: claims.id, claimText: claims.text })
      .from(verdicts)
      .innerJoin(claims, eq(claims.id, verdicts.claimId))
      .innerJoin(articles, eq(articles.id, claims.articleId))
      .leftJoin(verdictScale, eq(verdictScale.key, verdicts.verdictKey))
      .where(and(wanted, after))
      .orderBy(...orderOf(SIGN_OFF_KEYS))
      .limit(1);
  const [later] = place ? await first(comesAfter(SIGN_OFF_KEYS, place)) : [];
  if (later) return later;
  const [top] = await first();
  return top ?? null;
}
