import { expect, test } from "vitest";
import { findSimilarClaims } from "@/lib/archive/similar";
import { assignments, verdicts } from "../schema";
import { createTestAdmin, createTestDatabase } from "../testing";
import { listCheckedClaims } from "./archive";
import { createArticle } from "./articles";
import { insertClaims, type NewClaim } from "./claims";
import { createUser } from "./users";

test("approved claims from other articles form the archive; a reviewer's archive is their own checks", async () => {
  const db = await createTestDatabase();
  const admin = { user: await createTestAdmin(db) };
  const rita = await createUser(db, { name: "Rita", email: "rita@example.org", role: "reviewer", passwordHash: "x", actorId: admin.user.id });
  if (!rita.ok) throw new Error("setup");
  const article = (title: string) => createArticle(db, { title, byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: "x".repeat(200), authorId: admin.user.id });
  const old = await article("Last year");
  const current = await article("Today");
  const base = (articleId: string, exact: string, status: NewClaim["status"]): NewClaim => ({ articleId, start: 0, end: 10, exact, prefix: "", suffix: "", kind: "statistic", claimant: null, score: 1, checkworthy: true, reasons: [], origin: "manual", status, createdById: null });
  const [checked, , sameArticle] = await insertClaims(db, [
    base(old.id, "Traffic on the Mill Street bridge rose 38 percent in five years.", "approved"),
    base(old.id, "Traffic on the Mill Street bridge rose 38 percent, officials said.", "open"),
    base(current.id, "Traffic on the Mill Street bridge rose 38 percent.", "approved"),
  ]);
  for (const claim of [checked, sameArticle]) {
    await db.insert(verdicts).values({ claimId: claim.id, number: 1, verdictKey: "accurate", state: "approved", reviewerId: admin.user.id, decidedAt: new Date(), updatedAt: new Date() });
  }
  const archive = await listCheckedClaims(db, { excludeArticleId: current.id });
  expect(archive.map((c) => c.id)).toEqual([checked.id]);
  expect(archive[0]).toMatchObject({ articleTitle: "Last year", verdictLabel: "Accurate", evidenceCount: 0 });
  expect(findSimilarClaims("Traffic on Mill Street bridge has risen by 38 percent", archive)[0]?.id).toBe(checked.id);

  expect(await listCheckedClaims(db, { excludeArticleId: current.id, onlyReviewedBy: rita.user.id })).toEqual([]);
  await db.insert(assignments).values({ claimId: checked.id, reviewerId: rita.user.id, assignedById: admin.user.id, active: false });
  expect((await listCheckedClaims(db, { excludeArticleId: current.id, onlyReviewedBy: rita.user.id })).map((c) => c.id)).toEqual([checked.id]);
});
