import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import type { Database } from "../index";
import { articles, claims } from "../schema";
import { createOneClaimArticle, createTestDatabase, createTestPeople } from "../testing";
import { assignClaims, unassignClaim } from "./assignments";
import { spikeArticle } from "./spike";
import { saveVerdict } from "./verdicts";

let db: Database;
let ids: Record<"admin" | "Rosa" | "Sam" | "Edna", string> & { claim: string; article: string };

const draft = { verdictKey: null, rationale: "Census table 4 says otherwise.", evidence: [] };
const save = (actorId = ids.Rosa) => saveVerdict(db, { claimId: ids.claim, actorId, expected: { verdictId: null, version: null }, content: draft, submit: false });

beforeEach(async () => {
  db = await createTestDatabase();
  const people = await createTestPeople(db, { Rosa: "reviewer", Sam: "reviewer", Edna: "editor" });
  const { articleId, claimId } = await createOneClaimArticle(db, people.Edna);
  ids = { ...people, claim: claimId, article: articleId };
  await assignClaims(db, { claimIds: [claimId], reviewerId: ids.Rosa, actorId: ids.Edna, dueAt: null, priority: "normal", note: "" });
});

describe("what a verdict save tells the form about the claim", () => {
  test("a save goes through for a claim whose passage is gone from the article, and says it is lost", async () => {
    const first = await save();
    expect(first).toMatchObject({ ok: true, lost: false });
    if (!first.ok) throw new Error("setup");
    await db.update(claims).set({ anchorState: "orphaned" }).where(eq(claims.id, ids.claim));
    const expected = { verdictId: first.verdict.id, version: first.verdict.version };
    expect(await saveVerdict(db, { claimId: ids.claim, actorId: ids.Rosa, expected, content: draft, submit: false })).toMatchObject({ ok: true, lost: true });
  });

  test("a claim reassigned or unassigned is refused as no longer the saver's, not spiked", async () => {
    await assignClaims(db, { claimIds: [ids.claim], reviewerId: ids.Sam, actorId: ids.Edna, dueAt: null, priority: "normal", note: "" });
    expect(await save()).toEqual({ ok: false, reason: "not_assigned", spiked: false });
    await unassignClaim(db, { claimId: ids.claim, actorId: ids.Edna });
    expect(await save(ids.Sam)).toEqual({ ok: false, reason: "not_assigned", spiked: false });
  });

  test("a claim whose article was spiked is refused, and says the article was spiked", async () => {
    const [article] = await db.select({ version: articles.version }).from(articles).where(eq(articles.id, ids.article));
    expect(await spikeArticle(db, { articleId: ids.article, expectedVersion: article.version, reason: "", actorId: ids.Edna })).toMatchObject({ ok: true, released: 1 });
    expect(await save()).toEqual({ ok: false, reason: "not_assigned", spiked: true });
  });
});
