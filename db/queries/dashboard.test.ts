import { eq, inArray } from "drizzle-orm";
import { expect, test } from "vitest";
import { articles, claims } from "../schema";
import { createTestAdmin, createTestDatabase } from "../testing";
import { createArticle, listArticles } from "./articles";
import { insertClaims, type NewClaim } from "./claims";
import { assignClaims, unassignClaim } from "./assignments";
import { deskCounts, listNeedsAttention, openArticleTotals } from "./dashboard";
import { askForMoreTime } from "./more-time";
import { createUser } from "./users";

test("desk counts: waiting for sign-off, stale and lost claims", async () => {
  const db = await createTestDatabase();
  const admin = { user: await createTestAdmin(db) };
  expect(await deskCounts(db)).toEqual({ waitingForSignOff: 0, stale: 0, orphaned: 0, overdue: 0 });
  const { id: articleId } = await createArticle(db, { title: "t", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: "abcdef", authorId: admin.user.id });
  const base: NewClaim = { articleId, start: 0, end: 3, exact: "abc", prefix: "", suffix: "", kind: "other", claimant: null, score: 1, checkworthy: true, reasons: [], origin: "manual", status: "submitted", createdById: null };
  await insertClaims(db, [base, { ...base, status: "stale" }, { ...base, status: "submitted" }]);
  expect(await deskCounts(db)).toMatchObject({ waitingForSignOff: 2, stale: 1 });
  // A spiked article's claims are nobody's work now.
  const { id: spikedId } = await createArticle(db, { title: "s", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: "abcdef", authorId: admin.user.id });
  await insertClaims(db, [{ ...base, articleId: spikedId }, { ...base, articleId: spikedId, status: "stale" }]);
  await db.update(articles).set({ status: "spiked" }).where(eq(articles.id, spikedId));
  expect(await deskCounts(db)).toMatchObject({ waitingForSignOff: 2, stale: 1 });
  // A published article's claim that went stale (its live words edited) is work, and counts.
  const { id: publishedId } = await createArticle(db, { title: "p", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: "abcdef", authorId: admin.user.id });
  await insertClaims(db, [{ ...base, articleId: publishedId, status: "stale" }]);
  await db.update(articles).set({ status: "published" }).where(eq(articles.id, publishedId));
  expect(await deskCounts(db)).toMatchObject({ waitingForSignOff: 2, stale: 2 });
});

test("needs attention: overdue assignments (longest overdue first), requests for more time (oldest first), then stale and lost claims, then released ones, on articles in progress", async () => {
  const db = await createTestDatabase();
  const admin = await createTestAdmin(db);
  const rita = await createUser(db, { name: "Rita", email: "rita@example.org", role: "reviewer", passwordHash: "h", actorId: admin.id });
  if (!rita.ok) throw new Error("setup");
  const { id: articleId } = await createArticle(db, { title: "Budget", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: "abcdefghij", authorId: admin.id });
  const base: NewClaim = { articleId, start: 0, end: 3, exact: "abc", prefix: "", suffix: "", kind: "other", claimant: null, score: 1, checkworthy: true, reasons: [], origin: "manual", status: "open", createdById: null };
  const made: [string, NewClaim["status"]][] = [["late", "open"], ["later", "open"], ["on time", "open"], ["handed in", "open"], ["stale", "stale"], ["lost", "open"], ["dismissed", "dismissed"]];
  const [late, later, onTime, handedIn, , lost, dismissedLost] = await insertClaims(db, made.map(([exact, status], at) => ({ ...base, exact, status, start: at, end: at + 1 })));
  const hour = 3_600_000;
  await assignClaims(db, { claimIds: [late.id], reviewerId: rita.user.id, actorId: admin.id, dueAt: new Date(Date.now() - 2 * hour), priority: "normal", note: "" });
  await assignClaims(db, { claimIds: [later.id, handedIn.id], reviewerId: rita.user.id, actorId: admin.id, dueAt: new Date(Date.now() - hour), priority: "normal", note: "" });
  await assignClaims(db, { claimIds: [onTime.id], reviewerId: rita.user.id, actorId: admin.id, dueAt: new Date(Date.now() + hour), priority: "normal", note: "" });
  await db.update(claims).set({ status: "submitted" }).where(eq(claims.id, handedIn.id));
  await db.update(claims).set({ anchorState: "orphaned" }).where(inArray(claims.id, [lost.id, dismissedLost.id]));

  // Held once and open again (taken off Rita's queue): it needs a new holder. A never-assigned open claim does not.
  const [released, fresh] = await insertClaims(db, [{ ...base, exact: "released", start: 8, end: 9 }, { ...base, exact: "fresh", start: 9, end: 10 }]);
  await assignClaims(db, { claimIds: [released.id], reviewerId: rita.user.id, actorId: admin.id, dueAt: null, priority: "normal", note: "" });
  expect(await unassignClaim(db, { claimId: released.id, actorId: admin.id })).toEqual({ ok: true, replayed: false });
  expect(fresh.status).toBe("open");

  // Rita asks for more time on an overdue claim (listed once, as the question) and on one still on time.
  const asked = (claimId: string, minutesAgo: number) =>
    askForMoreTime(db, { claimId, actorId: rita.user.id, until: new Date(Date.now() + 5 * hour), reason: "Waiting on the ONS", now: new Date(Date.now() - minutesAgo * 60_000) });
  expect(await asked(later.id, 10)).toMatchObject({ ok: true });
  expect(await asked(onTime.id, 5)).toMatchObject({ ok: true });

  const items = await listNeedsAttention(db);
  expect(items.map((item) => [item.claimText, item.reason, item.holderName])).toEqual([
    ["late", "overdue", "Rita"],
    ["later", "more_time", "Rita"],
    ["on time", "more_time", "Rita"],
    ["stale", "stale", null],
    ["lost", "lost", null],
    ["released", "released", null],
  ]);
  expect(items[0]).toMatchObject({ articleId, articleTitle: "Budget", claimId: late.id });

  // Published, its work under way is still work (a stale claim on live copy most of all); its lost claims are not.
  await db.update(articles).set({ status: "published" }).where(eq(articles.id, articleId));
  expect((await listNeedsAttention(db)).map((item) => item.claimText)).toEqual(["late", "later", "on time", "stale", "released"]);
  // Spiked, nothing of it is anyone's work.
  await db.update(articles).set({ status: "spiked" }).where(eq(articles.id, articleId));
  expect(await listNeedsAttention(db)).toEqual([]);
});

test("a lost claim signed off before its words left needs nothing more", async () => {
  const db = await createTestDatabase();
  const admin = await createTestAdmin(db);
  const { id: articleId } = await createArticle(db, { title: "Ferries", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: "abcdef", authorId: admin.id });
  const base: NewClaim = { articleId, start: 0, end: 3, exact: "abc", prefix: "", suffix: "", kind: "other", claimant: null, score: 1, checkworthy: true, reasons: [], origin: "manual", status: "approved", createdById: null };
  const [signedOff, open] = await insertClaims(db, [base, { ...base, status: "open", exact: "def", start: 3, end: 6 }]);
  await db.update(claims).set({ anchorState: "orphaned" }).where(inArray(claims.id, [signedOff.id, open.id]));
  expect(await deskCounts(db)).toMatchObject({ orphaned: 1 });
  expect((await listNeedsAttention(db)).map((item) => item.claimText)).toEqual(["def"]);
});

test("stale and lost claims together: by article title, then place; a claim both stale and lost once, as stale; at most `limit`", async () => {
  const db = await createTestDatabase();
  const admin = await createTestAdmin(db);
  const article = async (title: string) => (await createArticle(db, { title, byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: "abcdefghij", authorId: admin.id })).id;
  const [zoo, bus] = [await article("Zoo"), await article("Bus")];
  const base: NewClaim = { articleId: zoo, start: 0, end: 1, exact: "a", prefix: "", suffix: "", kind: "other", claimant: null, score: 1, checkworthy: true, reasons: [], origin: "manual", status: "open", createdById: null };
  const [zooLost, zooStale, busStale, busBoth] = await insertClaims(db, [
    { ...base, exact: "zoo lost", start: 1 },
    { ...base, exact: "zoo stale", start: 5, status: "stale" },
    { ...base, articleId: bus, exact: "bus stale", start: 7, status: "stale" },
    { ...base, articleId: bus, exact: "bus both", start: 2, status: "stale" },
  ]);
  await db.update(claims).set({ anchorState: "orphaned" }).where(inArray(claims.id, [zooLost.id, busBoth.id]));
  const troubled = (items: Awaited<ReturnType<typeof listNeedsAttention>>) => items.map((item) => [item.claimId, item.reason]);
  expect(troubled(await listNeedsAttention(db))).toEqual([[busBoth.id, "stale"], [busStale.id, "stale"], [zooLost.id, "lost"], [zooStale.id, "stale"]]);
  expect(troubled(await listNeedsAttention(db, 3))).toEqual([[busBoth.id, "stale"], [busStale.id, "stale"], [zooLost.id, "lost"]]);
  expect(await deskCounts(db)).toMatchObject({ stale: 3, orphaned: 2 });
});

test("totals of the articles in progress: how many, their claims as the article list counts them, settled and suggested", async () => {
  const db = await createTestDatabase();
  const admin = await createTestAdmin(db);
  expect(await openArticleTotals(db)).toEqual({ articles: 0, claims: 0, settled: 0, suggested: 0 });
  const article = async (title: string) => (await createArticle(db, { title, byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: "abcdefghij", authorId: admin.id })).id;
  const [open, published, spiked] = [await article("Open"), await article("Published"), await article("Spiked"), await article("Empty")];
  const base: NewClaim = { articleId: open, start: 0, end: 1, exact: "a", prefix: "", suffix: "", kind: "other", claimant: null, score: 1, checkworthy: true, reasons: [], origin: "manual", status: "open", createdById: null };
  await insertClaims(db, [
    base,
    { ...base, status: "approved" },
    { ...base, status: "dismissed" },
    { ...base, status: "proposed" },
    // A suggestion below the finder's operating point: to curate, but not one of the claims.
    { ...base, status: "proposed", checkworthy: false },
    { ...base, articleId: published, status: "approved" },
    { ...base, articleId: spiked, status: "proposed" },
  ]);
  await db.update(articles).set({ status: "published" }).where(eq(articles.id, published));
  await db.update(articles).set({ status: "spiked" }).where(eq(articles.id, spiked));
  expect(await openArticleTotals(db)).toEqual({ articles: 2, claims: 4, settled: 2, suggested: 2 });
  // The same sums as the Dashboard made from every article in progress.
  const listed = await listArticles(db, { viewerId: admin.id, all: true, status: "open" });
  expect([listed.length, listed.reduce((n, a) => n + a.claimCount, 0), listed.reduce((n, a) => n + a.settledCount, 0), listed.reduce((n, a) => n + a.suggestedCount, 0)]).toEqual([2, 4, 2, 2]);
});

test("articles by deadline: nearest first, none last, the most recently changed first among equals; limited", async () => {
  const db = await createTestDatabase();
  const admin = await createTestAdmin(db);
  const made: Record<string, string> = {};
  for (const [title, deadline] of [["Undated", null], ["Late", new Date("2026-03-02T10:00:00Z")], ["Soon", new Date("2026-03-01T10:00:00Z")], ["Also late", new Date("2026-03-02T10:00:00Z")]] as const) {
    made[title] = (await createArticle(db, { title, byline: "", sourceUrl: null, deadline, bodyJson: "{}", bodyText: "x", authorId: admin.id })).id;
  }
  await db.update(articles).set({ updatedAt: new Date("2026-01-01T00:00:00Z") }).where(eq(articles.id, made.Late));
  await db.update(articles).set({ updatedAt: new Date("2026-01-02T00:00:00Z") }).where(eq(articles.id, made["Also late"]));
  const titles = async (limit?: number) => (await listArticles(db, { viewerId: admin.id, all: true, status: "open", order: "deadline", limit })).map((a) => a.title);
  expect(await titles()).toEqual(["Soon", "Also late", "Late", "Undated"]);
  expect(await titles(2)).toEqual(["Soon", "Also late"]);
});
