import { eq } from "drizzle-orm";
import { expect, test } from "vitest";
import { createTestAdmin, createTestDatabase } from "../testing";
import { assignments, claims, notifications, verdicts } from "../schema";
import { createArticle, getArticle, listArticles } from "./articles";
import { assignClaims } from "./assignments";
import { insertClaims } from "./claims";
import { listAwaitingSignOff } from "./review";
import { getSpikeRecord, restoreArticle, spikeArticle } from "./spike";
import { createUser } from "./users";
import { markArticlePublished } from "./workspace";

async function deskWithAssignedClaims() {
  const db = await createTestDatabase();
  const admin = await createTestAdmin(db);
  const created = await createUser(db, { name: "Rita", email: "rita@example.org", role: "reviewer", passwordHash: "x", actorId: admin.id });
  if (!created.ok) throw new Error("no reviewer");
  const text = "Fares rose 5%. The bridge cost $48m. Trains run late.";
  const { id } = await createArticle(db, { title: "Transport", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: text, authorId: admin.id });
  const article = (await getArticle(db, id))!;
  const base = { articleId: article.id, prefix: "", suffix: "", kind: "statistic" as const, claimant: null, score: 0.9, checkworthy: true, reasons: [], origin: "manual" as const, status: "open" as const, createdById: admin.id };
  const made = await insertClaims(db, [
    { ...base, start: 0, end: 14, exact: "Fares rose 5%." },
    { ...base, start: 15, end: 36, exact: "The bridge cost $48m." },
    { ...base, start: 37, end: 53, exact: "Trains run late." },
  ]);
  const assigned = await assignClaims(db, { claimIds: [made[0].id, made[1].id], reviewerId: created.user.id, actorId: admin.id, dueAt: null, priority: "normal", note: "" });
  if (!assigned.ok || assigned.assigned.length !== 2) throw new Error("not assigned");
  return { db, admin, rita: created.user, article, claims: made };
}

test("spiking releases the claims people were checking, tells each holder once, and takes the article off the desk's work", async () => {
  const { db, admin, rita, article, claims: made } = await deskWithAssignedClaims();
  const before = await db.select().from(notifications).where(eq(notifications.userId, rita.id));
  expect(await spikeArticle(db, { articleId: article.id, expectedVersion: article.version, reason: "Story killed by the night editor", actorId: admin.id })).toEqual({ ok: true, released: 2 });

  expect((await getArticle(db, article.id))?.status).toBe("spiked");
  const statuses = await db.select({ id: claims.id, status: claims.status }).from(claims).where(eq(claims.articleId, article.id));
  expect(statuses.every((c) => c.status === "open")).toBe(true);
  expect(await db.select().from(assignments).where(eq(assignments.active, true))).toEqual([]);
  const told = (await db.select().from(notifications).where(eq(notifications.userId, rita.id))).slice(before.length);
  expect(told.map((n) => n.message)).toEqual(["“Transport” was spiked: its 2 claims left your queue."]);
  expect(await getSpikeRecord(db, article.id)).toMatchObject({ by: "Ada", reason: "Story killed by the night editor" });

  // Off the work in progress, still listed by its status.
  expect(await listArticles(db, { viewerId: admin.id, all: true, status: "open" })).toEqual([]);
  expect((await listArticles(db, { viewerId: admin.id, all: true, status: "spiked" })).map((a) => a.id)).toEqual([article.id]);
  // Nobody can be given its claims, and it cannot be published.
  const assign = await assignClaims(db, { claimIds: [made[2].id], reviewerId: rita.id, actorId: admin.id, dueAt: null, priority: "normal", note: "" });
  expect(assign).toMatchObject({ ok: true, assigned: [], skipped: [{ claimId: made[2].id, reason: "spiked" }] });
  expect(await markArticlePublished(db, { articleId: article.id, expectedVersion: article.version, actorId: admin.id })).toEqual({ ok: false, reason: "spiked" });
  expect(await spikeArticle(db, { articleId: article.id, expectedVersion: article.version, reason: "", actorId: admin.id })).toEqual({ ok: false, reason: "already" });

  expect(await restoreArticle(db, { articleId: article.id, actorId: admin.id })).toEqual({ ok: true });
  expect((await listArticles(db, { viewerId: admin.id, all: true, status: "open" })).map((a) => a.id)).toEqual([article.id]);
  expect(await restoreArticle(db, { articleId: article.id, actorId: admin.id })).toEqual({ ok: false, reason: "not_spiked" });
  const again = await assignClaims(db, { claimIds: [made[2].id], reviewerId: rita.id, actorId: admin.id, dueAt: null, priority: "normal", note: "" });
  expect(again).toMatchObject({ ok: true, skipped: [] });
});

test("a published article is not spiked, and a stale screen is a conflict", async () => {
  const { db, admin, article } = await deskWithAssignedClaims();
  expect(await spikeArticle(db, { articleId: article.id, expectedVersion: article.version + 1, reason: "", actorId: admin.id })).toEqual({ ok: false, reason: "conflict" });
  expect(await markArticlePublished(db, { articleId: article.id, expectedVersion: article.version, actorId: admin.id })).toEqual({ ok: true });
  expect(await spikeArticle(db, { articleId: article.id, expectedVersion: article.version, reason: "", actorId: admin.id })).toEqual({ ok: false, reason: "published" });
  expect(await spikeArticle(db, { articleId: crypto.randomUUID(), expectedVersion: 1, reason: "", actorId: admin.id })).toEqual({ ok: false, reason: "missing" });
});

test("a spiked article's verdicts leave the sign-off list, and come back with it", async () => {
  const { db, admin, rita, article, claims: made } = await deskWithAssignedClaims();
  await db.update(claims).set({ status: "submitted" }).where(eq(claims.id, made[2].id));
  await db.insert(verdicts).values({ claimId: made[2].id, number: 1, verdictKey: "accurate", state: "submitted", reviewerId: rita.id, submittedAt: new Date(), updatedAt: new Date() });
  expect((await listAwaitingSignOff(db)).map((item) => item.claimId)).toEqual([made[2].id]);
  await spikeArticle(db, { articleId: article.id, expectedVersion: article.version, reason: "", actorId: admin.id });
  expect(await listAwaitingSignOff(db)).toEqual([]);
  await restoreArticle(db, { articleId: article.id, actorId: admin.id });
  expect((await listAwaitingSignOff(db)).map((item) => item.claimId)).toEqual([made[2].id]);
});
