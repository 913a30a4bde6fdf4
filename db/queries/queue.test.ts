import { eq } from "drizzle-orm";
import { expect, test } from "vitest";
import { createTestAdmin, createTestDatabase } from "../testing";
import { articles, assignments, claims } from "../schema";
import { createArticle } from "./articles";
import { insertClaims, type NewClaim } from "./claims";
import { listQueue } from "./queue";
import { createUser } from "./users";

test("the queue lists a reviewer's active assignments and drops approved claims once their article is published", async () => {
  const db = await createTestDatabase();
  const admin = await createTestAdmin(db);
  const made = await createUser(db, { name: "Rita", email: "rita@example.org", role: "reviewer", passwordHash: "x", actorId: admin.id });
  if (!made.ok) throw new Error("setup");
  const reviewer = made.user;
  const article = (title: string) => createArticle(db, { title, byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: "abcdef", authorId: admin.id });
  const { id: live } = await article("Live");
  const { id: done } = await article("Done");
  const claim = (articleId: string, text: string, status: NewClaim["status"]): NewClaim => ({
    articleId, start: 0, end: 3, exact: text, prefix: "", suffix: "", kind: "other", claimant: null, score: 1, checkworthy: true, reasons: [], origin: "manual", status, createdById: null,
  });
  const rows = await insertClaims(db, [
    claim(live, "live approved", "approved"),
    claim(live, "live assigned", "assigned"),
    claim(done, "done approved", "approved"),
    claim(done, "done returned", "returned"),
  ]);
  for (const row of rows) await db.insert(assignments).values({ claimId: row.id, reviewerId: reviewer.id, assignedById: admin.id });
  const texts = async () => (await listQueue(db, { reviewerId: reviewer.id })).map((item) => item.claimText).sort();

  expect(await texts()).toEqual(["done approved", "done returned", "live approved", "live assigned"]);
  await db.update(articles).set({ status: "published" }).where(eq(articles.id, done));
  // Work still open on a published article stays; the finished check leaves.
  expect(await texts()).toEqual(["done returned", "live approved", "live assigned"]);
  // A claim whose words left the article says so.
  await db.update(claims).set({ anchorState: "orphaned" }).where(eq(claims.id, rows[1].id));
  expect((await listQueue(db, { reviewerId: reviewer.id })).map((item) => [item.claimText, item.lost]).sort()).toEqual([["done returned", false], ["live approved", false], ["live assigned", true]]);
});
