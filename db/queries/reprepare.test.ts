import { sql } from "drizzle-orm";
import { expect, test } from "vitest";
import { createOneClaimArticle, createTestDatabase, createTestPeople } from "../testing";
import type { Database } from "../index";
import { assignClaims, getActiveAssignment } from "./assignments";
import { deskCounts, listNeedsAttention } from "./dashboard";
import { listQueue } from "./queue";
import { getSessionUser } from "./users";
import { saveVerdict } from "./verdicts";

/**
 * Statements of the test database's one connection that SQLite prepared again
 * when they ran, with how often (SQLite's sqlite_stmt table, which libSQL builds in).
 */
async function reprepared(db: Database): Promise<{ sql: string; reprep: number; run: number }[]> {
  return db.all<{ sql: string; reprep: number; run: number }>(sql`select sql, reprep, run from sqlite_stmt where reprep > 0`);
}

// A value bound where a partial index has a constant (`assignments.active = ?`
// against the index's `active = 1`) makes SQLite prepare the statement again on
// every run, to see whether the index applies to the value: for the verdict
// save's main read that was most of its cost. Such conditions are written as
// constants (./conditions.ts); this holds the desk's busiest statements to it.
test("the verdict save, the queue, the dashboard and the session check run their prepared statements without preparing them again", async () => {
  const db = await createTestDatabase();
  const ids = await createTestPeople(db, { Rita: "reviewer", Eve: "editor" });
  const { claimId } = await createOneClaimArticle(db, ids.Eve);
  await assignClaims(db, { claimIds: [claimId], reviewerId: ids.Rita, actorId: ids.Eve, dueAt: null, priority: "normal", note: "" });

  let expected: { verdictId: string | null; version: number | null } = { verdictId: null, version: null };
  for (let i = 0; i < 3; i++) {
    const saved = await saveVerdict(db, { claimId, actorId: ids.Rita, expected, submit: false, content: { verdictKey: "accurate", rationale: `Draft ${i}`, evidence: [] } });
    if (!saved.ok) throw new Error(`save ${i}: ${saved.reason}`);
    expected = { verdictId: saved.verdict.id, version: saved.verdict.version };
    await getSessionUser(db, ids.Rita, "");
    await listQueue(db, { reviewerId: ids.Rita });
    await getActiveAssignment(db, claimId);
    await deskCounts(db);
    await listNeedsAttention(db);
  }
  expect(await reprepared(db)).toEqual([]);
});
