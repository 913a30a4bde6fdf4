import { and, desc, eq } from "drizzle-orm";
import type { Database, DbOrTx } from "../index";
import { articles, auditEvents, users } from "../schema";
import { releaseArticleClaims } from "./assignments";
import { recordAuditEvent } from "./audit";
import { insertionOrder } from "./insertion-order";
import { notify } from "./notifications";
import { WRITE } from "./write-transaction";

export type SpikeResult = { ok: true; released: number } | { ok: false; reason: "missing" | "conflict" | "published" | "already" };

/**
 * Spikes an article: it will not run. Its status says so, it leaves the desk's
 * lists of work in progress, and the claims people still had to work on go back
 * to the open pool, each holder told once. Verdicts and sign-offs stay as they
 * were (a checked fact is still checked, and Checked before still finds it). A
 * published article cannot be spiked: it gets a correction instead. Audited with
 * the reason.
 */
export async function spikeArticle(db: Database, params: { articleId: string; expectedVersion: number; reason: string; actorId: string }): Promise<SpikeResult> {
  return db.transaction(async (tx) => {
    const [article] = await tx.select().from(articles).where(eq(articles.id, params.articleId)).limit(1);
    if (!article) return { ok: false, reason: "missing" } as const;
    if (article.version !== params.expectedVersion) return { ok: false, reason: "conflict" } as const;
    if (article.status === "published") return { ok: false, reason: "published" } as const;
    if (article.status === "spiked") return { ok: false, reason: "already" } as const;
    // The version counts edits to the text, as publishing does (see markArticlePublished).
    await tx.update(articles).set({ status: "spiked", updatedAt: new Date() }).where(eq(articles.id, article.id));
    const released = await releaseArticleClaims(tx, { articleId: article.id, actorId: params.actorId });
    await recordAuditEvent(tx, {
      actorId: params.actorId,
      entityType: "article",
      entityId: article.id,
      articleId: article.id,
      action: "article.spiked",
      before: { status: article.status },
      after: { status: "spiked", reason: params.reason || null, released: [...released.values()].reduce((a, b) => a + b, 0) },
    });
    for (const [reviewerId, count] of released) {
      await notify(tx, {
        userIds: [reviewerId],
        kind: "unassigned",
        message: `“${article.title}” was spiked: ${count === 1 ? "its claim" : `its ${count} claims`} left your queue.`,
      });
    }
    return { ok: true, released: [...released.values()].reduce((a, b) => a + b, 0) } as const;
  }, WRITE);
}

/** Brings a spiked article back to the desk as a draft (its claims as they were left). Audited. */
export async function restoreArticle(db: Database, params: { articleId: string; actorId: string }): Promise<{ ok: true } | { ok: false; reason: "missing" | "not_spiked" }> {
  return db.transaction(async (tx) => {
    const [article] = await tx.select({ id: articles.id, status: articles.status }).from(articles).where(eq(articles.id, params.articleId)).limit(1);
    if (!article) return { ok: false, reason: "missing" } as const;
    if (article.status !== "spiked") return { ok: false, reason: "not_spiked" } as const;
    await tx.update(articles).set({ status: "draft", updatedAt: new Date() }).where(eq(articles.id, article.id));
    await recordAuditEvent(tx, { actorId: params.actorId, entityType: "article", entityId: article.id, articleId: article.id, action: "article.restored", before: { status: "spiked" }, after: { status: "draft" } });
    return { ok: true } as const;
  }, WRITE);
}

/** Who spiked an article, when and why: its latest "article.spiked" event (null if never spiked). */
export async function getSpikeRecord(db: DbOrTx, articleId: string): Promise<{ by: string | null; at: Date; reason: string | null } | null> {
  const [row] = await db
    .select({ by: users.name, at: auditEvents.createdAt, after: auditEvents.after })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(eq(auditEvents.entityType, "article"), eq(auditEvents.entityId, articleId), eq(auditEvents.action, "article.spiked")))
    .orderBy(desc(auditEvents.createdAt), desc(insertionOrder(auditEvents)))
    .limit(1);
  if (!row) return null;
  const reason = row.after?.reason;
  return { by: row.by, at: row.at, reason: typeof reason === "string" && reason ? reason : null };
}
