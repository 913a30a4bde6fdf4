import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import type { Database } from "../index";
import { articles, claims } from "../schema";
import { createOneClaimArticle, createTestDatabase, createTestPeople } from "../testing";
import { assignClaims, unassignClaim } from "./assignments";
import { spikeArticle } from "./spike";
import { saveVerdict, verdictSaveRefusal } from "./verdicts";

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
    expect(await save()).toEqual({ ok: false, reason: "not_assigned", spiked: false, wasHolder: true });
    await unassignClaim(db, { claimId: ids.claim, actorId: ids.Edna });
    expect(await save(ids.Sam)).toEqual({ ok: false, reason: "not_assigned", spiked: false, wasHolder: true });
  });

  test("someone who never held the claim is refused as such, not told it is no longer theirs", async () => {
    expect(await save(ids.Sam)).toEqual({ ok: false, reason: "not_assigned", spiked: false, wasHolder: false });
  });

  test("a claim whose article was spiked is refused, and says the article was spiked", async () => {
    const [article] = await db.select({ version: articles.version }).from(articles).where(eq(articles.id, ids.article));
    expect(await spikeArticle(db, { articleId: ids.article, expectedVersion: article.version, reason: "", actorId: ids.Edna })).toMatchObject({ ok: true, released: 1 });
    expect(await save()).toEqual({ ok: false, reason: "not_assigned", spiked: true, wasHolder: true });
  });
});

describe("why someone may not save a verdict at all (asked when the form's fields do not validate)", () => {
  test("the holder may; anyone else hears whether they held it; a missing claim is not found", async () => {
    expect(await verdictSaveRefusal(db, ids.claim, ids.Rosa)).toBeNull();
    expect(await verdictSaveRefusal(db, ids.claim, ids.Sam)).toEqual({ ok: false, reason: "not_assigned", spiked: false, wasHolder: false });
    expect(await verdictSaveRefusal(db, ids.claim, ids.Edna)).toEqual({ ok: false, reason: "not_assigned", spiked: false, wasHolder: false });
    expect(await verdictSaveRefusal(db, "no-such-claim", ids.Rosa)).toEqual({ ok: false, reason: "not_found" });
    await assignClaims(db, { claimIds: [ids.claim], reviewerId: ids.Sam, actorId: ids.Edna, dueAt: null, priority: "normal", note: "" });
    expect(await verdictSaveRefusal(db, ids.claim, ids.Sam)).toBeNull();
    expect(await verdictSaveRefusal(db, ids.claim, ids.Rosa)).toEqual({ ok: false, reason: "not_assigned", spiked: false, wasHolder: true });
  });

  test("after a spike, the one who held it hears that the article was spiked", async () => {
    const [article] = await db.select({ version: articles.version }).from(articles).where(eq(articles.id, ids.article));
    await spikeArticle(db, { articleId: ids.article, expectedVersion: article.version, reason: "", actorId: ids.Edna });
    expect(await verdictSaveRefusal(db, ids.claim, ids.Rosa)).toEqual({ ok: false, reason: "not_assigned", spiked: true, wasHolder: true });
  });
});

describe("the same save arriving twice (its answer lost on the way, the browser sending it again)", () => {
  const edit = { verdictKey: null, rationale: "Census table 4 says 1,204, not 1,402.", evidence: [] };

  test("a draft save sent again is the save done, not a conflict with someone else", async () => {
    const first = await save();
    if (!first.ok) throw new Error("setup");
    const expected = { verdictId: first.verdict.id, version: first.verdict.version };
    const sent = () => saveVerdict(db, { claimId: ids.claim, actorId: ids.Rosa, expected, content: edit, submit: false });
    const once = await sent();
    expect(once).toMatchObject({ ok: true });
    const again = await sent();
    expect(again).toMatchObject({ ok: true, statusChanged: false, verdict: { id: first.verdict.id, rationale: edit.rationale } });
    if (!once.ok || !again.ok) throw new Error("unreachable");
    // Nothing was written the second time: the version the form carries on from is the first answer's.
    expect(again.verdict.version).toBe(once.verdict.version);
  });

  test("the very first save, sent twice, makes one verdict", async () => {
    expect(await save()).toMatchObject({ ok: true });
    expect(await save()).toMatchObject({ ok: true, verdict: { version: 1 } });
  });

  test("a submit sent again says submitted, and submits nothing more", async () => {
    const first = await save();
    if (!first.ok) throw new Error("setup");
    const expected = { verdictId: first.verdict.id, version: first.verdict.version };
    const content = { ...edit, verdictKey: "inaccurate" };
    const submit = () => saveVerdict(db, { claimId: ids.claim, actorId: ids.Rosa, expected, content, submit: true });
    expect(await submit()).toMatchObject({ ok: true, claimStatus: "submitted", statusChanged: true });
    expect(await submit()).toMatchObject({ ok: true, claimStatus: "submitted", statusChanged: false, verdict: { state: "submitted" } });
  });

  test("different words, or a colleague's save, are still a conflict", async () => {
    const first = await save();
    if (!first.ok) throw new Error("setup");
    const expected = { verdictId: first.verdict.id, version: first.verdict.version };
    expect(await saveVerdict(db, { claimId: ids.claim, actorId: ids.Rosa, expected, content: edit, submit: false })).toMatchObject({ ok: true });
    // The same person's other window, with other words.
    expect(await saveVerdict(db, { claimId: ids.claim, actorId: ids.Rosa, expected, content: { ...edit, rationale: "Something else." }, submit: false })).toMatchObject({ ok: false, reason: "conflict" });
    // A draft save replayed after the verdict was submitted is no replay of the submit.
    const now = await saveVerdict(db, { claimId: ids.claim, actorId: ids.Rosa, expected: { verdictId: first.verdict.id, version: first.verdict.version + 1 }, content: { ...edit, verdictKey: "inaccurate" }, submit: true });
    expect(now).toMatchObject({ ok: true, claimStatus: "submitted" });
    expect(await saveVerdict(db, { claimId: ids.claim, actorId: ids.Rosa, expected, content: { ...edit, verdictKey: "inaccurate" }, submit: false })).toMatchObject({ ok: false });
  });
});

describe("the claim's words as the form showed them", () => {
  test("an older claim holding a direction control is not 'changed' by the form's cleaned copy of it; other words are", async () => {
    await db.update(claims).set({ text: "Rents rose \u202B9 percent\u202C." }).where(eq(claims.id, ids.claim));
    const saved = await saveVerdict(db, { claimId: ids.claim, actorId: ids.Rosa, expected: { verdictId: null, version: null }, content: draft, submit: false, claimText: "Rents rose 9 percent." });
    expect(saved).toMatchObject({ ok: true });
    if (!saved.ok) throw new Error("setup");
    const expected = { verdictId: saved.verdict.id, version: saved.verdict.version };
    expect(await saveVerdict(db, { claimId: ids.claim, actorId: ids.Rosa, expected, content: draft, submit: false, claimText: "Rents rose 8 percent." })).toMatchObject({ ok: false, reason: "words_changed" });
  });
});
