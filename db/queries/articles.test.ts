import { expect, test } from "vitest";
import { createTestAdmin, createTestDatabase } from "../testing";
import { createArticle, listArticles } from "./articles";
import { insertClaims, type NewClaim } from "./claims";
import { getArticleReadiness } from "./workspace";
import { createUser } from "./users";
import { assignments } from "../schema";

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
