import { expect, test } from "vitest";
import { createTestAdmin, createTestDatabase } from "../testing";
import { eq } from "drizzle-orm";
import { createArticle, listArticles, type ArticleListFilter } from "./articles";
import { insertClaims, type NewClaim } from "./claims";
import { getArticleReadiness, replaceSuggestions } from "./workspace";
import { createUser } from "./users";
import { articles, assignments, corrections } from "../schema";

test("the articles list counts claims as the readiness panel does, and reviewers see only their articles", async () => {
  const db = await createTestDatabase();
  const admin = { user: await createTestAdmin(db) };
  const reviewer = await createUser(db, { name: "Rita", email: "rita@example.org", role: "reviewer", passwordHash: "x", actorId: admin.user.id });
  if (!reviewer.ok) throw new Error("setup");
  const { id: articleId } = await createArticle(db, { title: "Mine", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: "abcdef", authorId: admin.user.id });
  await createArticle(db, { title: "Other", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: "x", authorId: admin.user.id });
  const base: NewClaim = { articleId, start: 0, end: 3, exact: "abc", prefix: "", suffix: "", kind: "other", claimant: null, score: 1, checkworthy: true, reasons: [], origin: "manual", status: "approved", createdById: null };
  const [assigned] = await insertClaims(db, [
    { ...base, status: "assigned" },
    base,
    { ...base, status: "dismissed" },
    { ...base, status: "proposed" },
    { ...base, status: "proposed", checkworthy: false },
  ]);
  await db.insert(assignments).values({ claimId: assigned.id, reviewerId: reviewer.user.id, assignedById: admin.user.id });

  const all = await listArticles(db, { viewerId: admin.user.id, all: true });
  const mine = all.find((a) => a.title === "Mine")!;
  const readiness = await getArticleReadiness(db, articleId);
  expect([mine.settledCount, mine.claimCount]).toEqual([readiness.settled, readiness.total]);
  expect([mine.settledCount, mine.claimCount]).toEqual([2, 4]);
  expect((await listArticles(db, { viewerId: reviewer.user.id, all: false })).map((a) => a.title)).toEqual(["Mine"]);
});

test("the articles list searches titles and bylines literally, filters by status and pages", async () => {
  const db = await createTestDatabase();
  const admin = await createTestAdmin(db);
  const make = (title: string, byline = "") =>
    createArticle(db, { title, byline, sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: "x", authorId: admin.id });
  await make("Bridge vote delayed", "By Mara Okafor");
  await make("Budget grows 50% in a decade");
  await make("Budget grows 5 percent");
  await make("snake_case naming", "By Ann");
  const { id: published } = await make("Old bridge closes");
  await db.update(articles).set({ status: "published" }).where(eq(articles.id, published));
  const titles = async (filter: ArticleListFilter) => (await listArticles(db, { viewerId: admin.id, all: true, ...filter })).map((a) => a.title).sort();

  expect(await titles({ search: "BRIDGE" })).toEqual(["Bridge vote delayed", "Old bridge closes"]);
  expect(await titles({ search: "okafor" })).toEqual(["Bridge vote delayed"]);
  // % and _ are the characters themselves, not wildcards.
  expect(await titles({ search: "50%" })).toEqual(["Budget grows 50% in a decade"]);
  expect(await titles({ search: "e_c" })).toEqual(["snake_case naming"]);
  expect(await titles({ search: "'; drop table articles; --" })).toEqual([]);
  expect(await titles({ search: "bridge", status: "open" })).toEqual(["Bridge vote delayed"]);
  expect(await titles({ status: "published" })).toEqual(["Old bridge closes"]);

  const everything = await listArticles(db, { viewerId: admin.id, all: true });
  const pages = [await listArticles(db, { viewerId: admin.id, all: true, limit: 2, offset: 0 }), await listArticles(db, { viewerId: admin.id, all: true, limit: 2, offset: 2 }), await listArticles(db, { viewerId: admin.id, all: true, limit: 2, offset: 4 })];
  expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
  expect(pages.flat().map((a) => a.id)).toEqual(everything.map((a) => a.id));
});

test("the list's status is where the check stands: draft, in check, ready (nothing pending) or published", async () => {
  const db = await createTestDatabase();
  const admin = await createTestAdmin(db);
  const article = async (title: string) => (await createArticle(db, { title, byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: "abcdef", authorId: admin.id })).id;
  const claim = (articleId: string, status: NewClaim["status"], checkworthy = true): NewClaim => ({
    articleId, start: 0, end: 3, exact: "abc", prefix: "", suffix: "", kind: "other", claimant: null, score: 1, checkworthy, reasons: [], origin: "manual", status, createdById: null,
  });
  await article("Untouched");
  const suggested = await article("Suggested");
  await insertClaims(db, [claim(suggested, "proposed")]);
  const working = await article("Working");
  await insertClaims(db, [claim(working, "approved"), claim(working, "assigned")]);
  const done = await article("Done");
  await insertClaims(db, [claim(done, "approved"), claim(done, "dismissed"), claim(done, "proposed", false)]);
  const correcting = await article("Correcting");
  await insertClaims(db, [claim(correcting, "approved")]);
  await db.insert(corrections).values({ articleId: correcting, type: "correction", originalText: "a", correctedText: "b", note: "n", createdById: admin.id, updatedAt: new Date() });
  // Find claims ran and found nothing to check: ready, as its page says; never searched stays a draft.
  const empty = await article("Nothing to check");
  await replaceSuggestions(db, { articleId: empty, revision: 1, proposals: [], actorId: admin.id });
  const out = await article("Out");
  await insertClaims(db, [claim(out, "approved")]);
  await db.update(articles).set({ status: "published" }).where(eq(articles.id, out));

  const statuses = Object.fromEntries((await listArticles(db, { viewerId: admin.id, all: true })).map((a) => [a.title, a.status]));
  expect(statuses).toEqual({ Untouched: "draft", Suggested: "draft", Working: "in_check", Done: "ready", Correcting: "in_check", "Nothing to check": "ready", Out: "published" });
  const ready = await listArticles(db, { viewerId: admin.id, all: true, status: "ready" });
  expect(ready.map((a) => a.title).sort()).toEqual(["Done", "Nothing to check"]);
});
