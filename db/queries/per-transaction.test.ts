import { eq, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { createTestAdmin, createTestDatabase } from "../testing";
import { auditEvents } from "../schema";
import { WRITE } from "./write-transaction";
import { perTransaction } from "./per-transaction";
import { recordAuditEvent } from "./audit";

describe("queries prepared once per transaction", () => {
  test("are prepared once for each transaction or database handle, and run inside it", async () => {
    const db = await createTestDatabase();
    let prepared = 0;
    const count = perTransaction((tx) => {
      prepared += 1;
      return tx.select({ n: sql<number>`count(*)` }).from(auditEvents).prepare();
    });
    const admin = await createTestAdmin(db);
    const before = (await count(db).all())[0].n;
    await db
      .transaction(async (tx) => {
        await recordAuditEvent(tx, { actorId: admin.id, entityType: "claim", entityId: "c1", action: "test" });
        // The transaction's own write is visible to the query prepared in it.
        expect((await count(tx).all())[0].n).toBe(before + 1);
        expect((await count(tx).all())[0].n).toBe(before + 1);
        throw new Error("roll back");
      }, WRITE)
      .catch(() => {});
    expect((await count(db).all())[0].n).toBe(before);
    await db.transaction(async (tx) => void (await count(tx).all()), WRITE);
    expect(prepared).toBe(3);
  });

  test("audit events written in one transaction each get their own id, time and stored values", async () => {
    const db = await createTestDatabase();
    const admin = await createTestAdmin(db);
    await db.transaction(async (tx) => {
      await recordAuditEvent(tx, { actorId: admin.id, entityType: "verdict", entityId: "v1", action: "first", after: { state: "draft" } });
      await recordAuditEvent(tx, { actorId: null, entityType: "verdict", entityId: "v1", action: "second", before: null, articleId: "a1" });
    }, WRITE);
    const rows = await db
      .select({ id: auditEvents.id, action: auditEvents.action, after: auditEvents.after, beforeIsNull: sql<number>`${auditEvents.before} is null`, actorId: auditEvents.actorId, articleId: auditEvents.articleId, createdAt: auditEvents.createdAt })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, "v1"))
      .orderBy(auditEvents.action);
    expect(rows.map((r) => [r.action, r.after, r.beforeIsNull, r.actorId, r.articleId])).toEqual([
      ["first", { state: "draft" }, 1, admin.id, null],
      ["second", null, 1, null, "a1"],
    ]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(2);
    for (const r of rows) expect(Math.abs(r.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
  });
});
