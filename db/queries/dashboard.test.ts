import { eq } from "drizzle-orm";
import { expect, test } from "vitest";
import { articles } from "../schema";
import { createTestAdmin, createTestDatabase } from "../testing";
import { createArticle } from "./articles";
import { insertClaims, type NewClaim } from "./claims";
import { deskCounts } from "./dashboard";

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
});
