import { and, asc, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { auditEvents, users } from "../schema";
import { perTransaction, stored } from "./per-transaction";
import { insertionOrder } from "./insertion-order";

export type AuditInput = {
  actorId: string | null;
  entityType: "user" | "article" | "claim" | "verdict" | "assignment" | "correction" | "settings" | "scale";
  entityId: string;
  action: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  articleId?: string | null;
};

/**
 * Appends an audit event. This module deliberately has no update or delete:
 * the trail is append-only, and a test checks that no query path writes it otherwise.
 */
export async function recordAuditEvent(db: DbOrTx, input: AuditInput): Promise<void> {
  await insertAuditEvent(db).run({
    id: crypto.randomUUID(),
    actorId: input.actorId,
    entityType: input.entityType,
    entityId: input.entityId,
    action: input.action,
    before: input.before ? JSON.stringify(input.before) : null,
    after: input.after ? JSON.stringify(input.after) : null,
    articleId: input.articleId ?? null,
    createdAt: Date.now(),
  });
}

/** Every state change writes one: prepared once per transaction (see per-transaction.ts). */
const insertAuditEvent = perTransaction((db) => {
  return db
    .insert(auditEvents)
    .values({
      id: stored("id"),
      actorId: stored("actorId"),
      entityType: stored("entityType"),
      entityId: stored("entityId"),
      action: stored("action"),
      before: stored("before"),
      after: stored("after"),
      articleId: stored("articleId"),
      createdAt: stored("createdAt"),
    })
    .prepare();
});

/** Every event about one entity, oldest first, with the actor's name. */
export async function listAuditForEntity(db: DbOrTx, params: { entityType: string; entityId: string }) {
  return db
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      before: auditEvents.before,
      after: auditEvents.after,
      createdAt: auditEvents.createdAt,
      actorName: users.name,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(eq(auditEvents.entityType, params.entityType), eq(auditEvents.entityId, params.entityId)))
    .orderBy(asc(auditEvents.createdAt), asc(insertionOrder(auditEvents)));
}

/** The newest event about one entity (who did what, with its before and after), or undefined. */
export async function latestAuditEvent(db: DbOrTx, params: { entityType: AuditInput["entityType"]; entityId: string }) {
  const [event] = await db
    .select({ action: auditEvents.action, actorId: auditEvents.actorId, after: auditEvents.after, createdAt: auditEvents.createdAt })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, params.entityType), eq(auditEvents.entityId, params.entityId)))
    .orderBy(desc(auditEvents.createdAt), desc(insertionOrder(auditEvents)))
    .limit(1);
  return event;
}
