import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { plainTextToDoc } from "@/lib/articles/doc-text";
import { proposeClaims } from "@/lib/articles/proposals";
import type { Database } from "../index";
import { claims, verdicts } from "../schema";
import { createTestDatabase } from "../testing";
import { listAuditForEntity, recordAuditEvent } from "./audit";
import { createArticle, getArticle, listArticles } from "./articles";
import { getClaim, listClaimsForArticle } from "./claims";
import { acceptAllSuggested } from "./accept-all";
import { decideClaim, markClaim, respanClaim } from "./curation";
import { assignClaims } from "./assignments";
import { listNotifications } from "./notifications";
import { createFirstAdministrator, createUser } from "./users";
import { getArticleReadiness, listWorkspaceClaims, markArticlePublished, publishArticleIfReady, replaceSuggestions, saveArticle } from "./workspace";

const TEXT = [
  "The bridge will cost $48.5 million, according to the council's own estimate.",
  "Traffic on the Mill Street bridge has risen by 38 percent in five years, the regional transport agency said.",
  "Harbourton's population passed 60,000 last year, the census office said.",
].join("\n\n");

let db: Database;
let editorId: string;
let articleId: string;

beforeEach(async () => {
  db = await createTestDatabase();
  const admin = await createFirstAdministrator(db, { name: "Ada", email: "ada@example.org", passwordHash: "x" });
  if (!admin.ok) throw new Error("setup");
  editorId = admin.user.id;
  ({ id: articleId } = await createArticle(db, {
    title: "Bridge",
    byline: "",
    sourceUrl: null,
    deadline: null,
    bodyJson: JSON.stringify(plainTextToDoc(TEXT)),
    bodyText: TEXT,
    authorId: editorId,
  }));
});

async function findClaims(text = TEXT) {
  const existing = await listClaimsForArticle(db, articleId);
  const article = await getArticle(db, articleId);
  await replaceSuggestions(db, { articleId, revision: article!.revisionNumber, proposals: proposeClaims(text, existing), actorId: editorId });
  return listClaimsForArticle(db, articleId);
}

async function save(text: string) {
  const article = await getArticle(db, articleId);
  return saveArticle(db, {
    articleId,
    expectedVersion: article!.version,
    title: "Bridge",
    byline: "",
    sourceUrl: null,
    deadline: null,
    bodyJson: JSON.stringify(plainTextToDoc(text)),
    bodyText: text,
    actorId: editorId,
  });
}

test("suggestions found on a revision someone has since saved over are not stored: their offsets point into the old text (ops QA)", async () => {
  const read = await getArticle(db, articleId);
  const proposals = proposeClaims(read!.bodyText, []);
  expect(proposals.length).toBeGreaterThan(0);
  // A colleague saves a new first paragraph while the finder runs on the text it read.
  await save(`Editor's note: this story was updated on Tuesday.\n\n${TEXT}`);
  expect(await replaceSuggestions(db, { articleId, revision: read!.revisionNumber, proposals, actorId: editorId })).toBeNull();
  expect(await listClaimsForArticle(db, articleId)).toEqual([]);
  // On the text as saved now, the run is stored, every suggestion on its own words.
  const now = await getArticle(db, articleId);
  expect(await replaceSuggestions(db, { articleId, revision: now!.revisionNumber, proposals: proposeClaims(now!.bodyText, []), actorId: editorId })).toBeGreaterThan(0);
  for (const claim of await listClaimsForArticle(db, articleId)) expect(now!.bodyText.slice(claim.start, claim.end)).toBe(claim.text);
});

describe("workspace", () => {
  test("find, accept, dismiss, and find again without duplicates or resurrections", async () => {
    const found = await findClaims();
    expect(found.length).toBeGreaterThanOrEqual(3);
    const [first, second] = found;
    expect(await decideClaim(db, { claimId: first.id, expectedVersion: first.version, decision: "accept", actorId: editorId })).toMatchObject({ ok: true });
    expect(await decideClaim(db, { claimId: second.id, expectedVersion: second.version, decision: "dismiss", reason: "opinion", actorId: editorId })).toMatchObject({ ok: true });
    // A stale version is a conflict, not an overwrite.
    expect(await decideClaim(db, { claimId: first.id, expectedVersion: first.version, decision: "dismiss", actorId: editorId })).toEqual({ ok: false, reason: "conflict" });

    const again = await findClaims();
    expect(again.filter((c) => c.exact === first.exact)).toHaveLength(1);
    expect(again.filter((c) => c.exact === second.exact).map((c) => c.status)).toEqual(["dismissed"]);
    expect(again.length).toBe(found.length);
  });

  test("Undo after a dismissal puts a suggestion back among the suggestions and an accepted claim back in the open pool", async () => {
    const [suggestion, accepted] = await findClaims();
    const opened = await decideClaim(db, { claimId: accepted.id, expectedVersion: accepted.version, decision: "accept", actorId: editorId });
    if (!opened.ok) throw new Error("setup");
    const dismissedSuggestion = await decideClaim(db, { claimId: suggestion.id, expectedVersion: suggestion.version, decision: "dismiss", reason: "opinion", actorId: editorId });
    const dismissedClaim = await decideClaim(db, { claimId: accepted.id, expectedVersion: opened.claim.version, decision: "dismiss", reason: "duplicate", actorId: editorId });
    if (!dismissedSuggestion.ok || !dismissedClaim.ok) throw new Error("setup");

    expect(await decideClaim(db, { claimId: suggestion.id, expectedVersion: suggestion.version, decision: "undo_dismiss", actorId: editorId })).toEqual({ ok: false, reason: "conflict" });
    expect(await decideClaim(db, { claimId: suggestion.id, expectedVersion: dismissedSuggestion.claim.version, decision: "undo_dismiss", actorId: editorId })).toMatchObject({ ok: true, claim: { status: "proposed", dismissReason: null } });
    expect(await decideClaim(db, { claimId: accepted.id, expectedVersion: dismissedClaim.claim.version, decision: "undo_dismiss", actorId: editorId })).toMatchObject({ ok: true, claim: { status: "open" } });
    expect((await listAuditForEntity(db, { entityType: "claim", entityId: suggestion.id })).at(-1)).toMatchObject({ action: "claim.restored", before: { status: "dismissed" }, after: { status: "proposed" } });
  });

  test("accept all suggested takes those at the operating point", async () => {
    const found = await findClaims();
    const accepted = await acceptAllSuggested(db, { articleId, actorId: editorId });
    expect(accepted.map((c) => c.claimId).sort()).toEqual(found.filter((c) => c.checkworthy).map((c) => c.id).sort());
    const after = await listClaimsForArticle(db, articleId);
    expect(after.filter((c) => c.status === "open")).toHaveLength(accepted.length);
  });

  test("saving re-anchors: moved, stale after a verdict (with audit), revision kept, conflict on an old version", async () => {
    const [budget, traffic] = await findClaims();
    await decideClaim(db, { claimId: budget.id, expectedVersion: budget.version, decision: "accept", actorId: editorId });
    await db.insert(verdicts).values({ claimId: traffic.id, number: 1, verdictKey: "accurate", state: "approved", reviewerId: editorId, updatedAt: new Date() });
    await db.update(claims).set({ status: "approved" }).where(eq(claims.id, traffic.id));

    const edited = `A new opening paragraph.\n\n${TEXT.replace("38 percent", "31 percent")}`;
    const result = await save(edited);
    expect(result).toMatchObject({ ok: true, revision: 2, stale: 1 });
    const rows = await listClaimsForArticle(db, articleId);
    const movedBudget = rows.find((c) => c.id === budget.id)!;
    expect(edited.slice(movedBudget.start, movedBudget.end)).toBe(movedBudget.exact);
    expect(movedBudget.anchorState).toBe("moved");
    const staleTraffic = rows.find((c) => c.id === traffic.id)!;
    expect(staleTraffic).toMatchObject({ status: "stale", anchorState: "stale" });
    const shown = await listWorkspaceClaims(db, { articleId });
    expect(shown.find((c) => c.id === traffic.id)).toMatchObject({ verdictKey: "accurate", verdictLabel: "Accurate", assigneeName: null });
    expect(await listWorkspaceClaims(db, { articleId, onlyAssignedTo: "someone-else" })).toEqual([]);
    const trail = await listAuditForEntity(db, { entityType: "claim", entityId: traffic.id });
    expect(trail.at(-1)).toMatchObject({ action: "claim.stale" });
    expect(JSON.stringify(trail.at(-1)?.after)).toContain("31 percent");

    const article = await getArticle(db, articleId);
    const conflict = await saveArticle(db, { articleId, expectedVersion: article!.version - 1, title: "x", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: "x", actorId: editorId });
    expect(conflict).toEqual({ ok: false, reason: "conflict" });
  });

  test("the holder hears when their claim's words change, go stale under a verdict, or leave the text; the editor who saved does not", async () => {
    const [budget, traffic, census] = await findClaims();
    const rita = await createUser(db, { name: "Rita", email: "rita@example.org", role: "reviewer", passwordHash: "h", actorId: editorId });
    if (!rita.ok) throw new Error("setup");
    for (const claim of [budget, traffic, census]) await decideClaim(db, { claimId: claim.id, expectedVersion: claim.version, decision: "accept", actorId: editorId });
    await assignClaims(db, { claimIds: [budget.id, traffic.id, census.id], reviewerId: rita.user.id, actorId: editorId, dueAt: null, priority: "normal", note: "" });
    await db.insert(verdicts).values({ claimId: traffic.id, number: 1, verdictKey: "accurate", state: "approved", reviewerId: rita.user.id, updatedAt: new Date() });
    await db.update(claims).set({ status: "approved" }).where(eq(claims.id, traffic.id));

    const edited = TEXT.replace("$48.5 million", "$49 million").replace("38 percent", "31 percent").replace(/\n\nHarbourton's population[^\n]*/, "");
    expect(await save(edited)).toMatchObject({ ok: true, stale: 1, orphaned: 1 });
    const told = (await listNotifications(db, { userId: rita.user.id })).filter((n) => n.kind === "claim_changed").map((n) => [n.message.split(":")[0], n.link]);
    expect(told.sort()).toEqual([
      ["A claim you hold is no longer in the article's text", `/claims/${census.id}`],
      ["The words of a claim you checked changed in the article; check it again", `/claims/${traffic.id}`],
      ["The words of a claim you hold changed in the article", `/claims/${budget.id}`],
    ].sort());
    expect((await listAuditForEntity(db, { entityType: "claim", entityId: budget.id })).at(-1)).toMatchObject({ action: "claim.reworded", after: { text: expect.stringContaining("$49 million") } });
    expect(await listNotifications(db, { userId: editorId })).toEqual([]);
  });

  test("a typo undone: a stale claim whose words are put back to those its approved verdict ruled on is approved again, and its holder told", async () => {
    const [, traffic] = await findClaims();
    const rita = await createUser(db, { name: "Rita", email: "rita@example.org", role: "reviewer", passwordHash: "h", actorId: editorId });
    if (!rita.ok) throw new Error("setup");
    await decideClaim(db, { claimId: traffic.id, expectedVersion: traffic.version, decision: "accept", actorId: editorId });
    await assignClaims(db, { claimIds: [traffic.id], reviewerId: rita.user.id, actorId: editorId, dueAt: null, priority: "normal", note: "" });
    await db.insert(verdicts).values({ claimId: traffic.id, number: 1, verdictKey: "accurate", state: "approved", claimText: traffic.exact, reviewerId: rita.user.id, updatedAt: new Date() });
    await db.update(claims).set({ status: "approved" }).where(eq(claims.id, traffic.id));

    expect(await save(TEXT.replace("38 percent", "83 percent"))).toMatchObject({ ok: true, stale: 1, restored: 0 });
    expect((await getClaim(db, traffic.id))?.status).toBe("stale");
    expect(await save(TEXT)).toMatchObject({ ok: true, stale: 0, restored: 1 });
    expect(await getClaim(db, traffic.id)).toMatchObject({ status: "approved", anchorState: "anchored", text: traffic.exact });
    expect((await listAuditForEntity(db, { entityType: "claim", entityId: traffic.id })).at(-1)).toMatchObject({ action: "claim.words_restored", after: { status: "approved" } });
    const told = (await listNotifications(db, { userId: rita.user.id })).filter((n) => n.kind === "claim_changed").map((n) => n.message.split(":")[0]);
    expect(told).toContain("The words of a claim you were to check again are back to those you checked, so its approved verdict stands; nothing to check");

    // Once someone has begun a new version, putting the words back does not undo their work.
    expect(await save(TEXT.replace("38 percent", "83 percent"))).toMatchObject({ stale: 1 });
    await db.insert(verdicts).values({ claimId: traffic.id, number: 2, verdictKey: "inaccurate", state: "draft", claimText: "x", reviewerId: rita.user.id, updatedAt: new Date() });
    expect(await save(TEXT)).toMatchObject({ ok: true, restored: 0 });
    expect((await getClaim(db, traffic.id))?.status).toBe("stale");
  });

  test("a claim lost mid-check is dismissed in one step: the check ends and its holder is told; one still in the text is not", async () => {
    const [budget, , census] = await findClaims();
    const rita = await createUser(db, { name: "Rita", email: "rita@example.org", role: "reviewer", passwordHash: "h", actorId: editorId });
    if (!rita.ok) throw new Error("setup");
    for (const claim of [budget, census]) await decideClaim(db, { claimId: claim.id, expectedVersion: claim.version, decision: "accept", actorId: editorId });
    await assignClaims(db, { claimIds: [budget.id, census.id], reviewerId: rita.user.id, actorId: editorId, dueAt: null, priority: "normal", note: "" });
    await db.insert(verdicts).values({ claimId: census.id, number: 1, verdictKey: "accurate", state: "submitted", reviewerId: rita.user.id, updatedAt: new Date() });
    await db.update(claims).set({ status: "submitted" }).where(eq(claims.id, census.id));
    await save(TEXT.replace(/\n\nHarbourton's population[^\n]*/, ""));

    const byId = async (id: string) => (await listClaimsForArticle(db, articleId)).find((c) => c.id === id)!;
    const held = await byId(budget.id);
    expect(await decideClaim(db, { claimId: held.id, expectedVersion: held.version, decision: "dismiss", reason: "other", actorId: editorId })).toEqual({ ok: false, reason: "not_allowed" });

    const lost = await byId(census.id);
    expect(lost).toMatchObject({ status: "submitted", anchorState: "orphaned" });
    expect(await decideClaim(db, { claimId: lost.id, expectedVersion: lost.version, decision: "dismiss", reason: "other", note: "Cut from the story", actorId: editorId })).toMatchObject({ ok: true, claim: { status: "dismissed" } });
    expect((await listWorkspaceClaims(db, { articleId })).find((c) => c.id === census.id)).toMatchObject({ status: "dismissed", assigneeName: null });
    const told = (await listNotifications(db, { userId: rita.user.id })).filter((n) => n.kind === "unassigned").map((n) => n.message);
    expect(told).toEqual(["A claim on “Bridge” was dismissed: its words are no longer in the article. You need not check it."]);
    expect((await listAuditForEntity(db, { entityType: "claim", entityId: census.id })).at(-1)).toMatchObject({
      action: "claim.dismissed",
      before: { status: "submitted", reviewer: "Rita" },
      after: { status: "dismissed", reason: "other", note: "Cut from the story", reviewer: null },
    });
    expect((await getArticleReadiness(db, articleId))?.blockers.join(" ")).not.toContain("Harbourton");
  });

  test("mark a selection as a claim, then merge it with a neighbour", async () => {
    const article = await getArticle(db, articleId);
    const start = TEXT.indexOf("Harbourton's population");
    const marked = await markClaim(db, { articleId, expectedArticleVersion: article!.version, start: start - 2, end: start + 40, actorId: editorId });
    expect(marked.ok && marked.claim.exact).toBe(TEXT.slice(start, start + 40));
    const bad = await markClaim(db, { articleId, expectedArticleVersion: article!.version, start: 5, end: 5, actorId: editorId });
    expect(bad).toEqual({ ok: false, reason: "bad_span" });
    // Offsets taken on another version of the text: refused as the article having changed.
    const outdated = await markClaim(db, { articleId, expectedArticleVersion: article!.version - 1, start, end: start + 40, actorId: editorId });
    expect(outdated).toEqual({ ok: false, reason: "article_changed" });
    if (!marked.ok) return;
    const second = await markClaim(db, { articleId, expectedArticleVersion: article!.version, start: start + 41, end: TEXT.length, actorId: editorId });
    if (!second.ok) throw new Error("setup");
    const merged = await respanClaim(db, { claimId: marked.claim.id, expectedVersion: marked.claim.version, expectedArticleVersion: article!.version, start: 0, end: 0, mergeWithId: second.claim.id, actorId: editorId });
    expect(merged.ok && merged.claim.exact).toBe(TEXT.slice(start));
    const after = await listClaimsForArticle(db, articleId);
    expect(after.find((c) => c.id === second.claim.id)).toMatchObject({ status: "dismissed", dismissReason: "duplicate" });
  });
});

describe("why a hand-marked or moved claim is checkable", () => {
  test("a marked passage gives the claim finder's reasons; moved, it gives the new words' and its new sentence's source", async () => {
    const article = await getArticle(db, articleId);
    const start = TEXT.indexOf("Traffic on the Mill Street");
    const end = TEXT.indexOf(" the regional transport agency said.") + " the regional transport agency said.".length;
    const marked = await markClaim(db, { articleId, expectedArticleVersion: article!.version, start, end, actorId: editorId });
    if (!marked.ok) throw new Error("setup");
    expect(marked.claim.reasons.join(" ")).toMatch(/38 percent/);
    expect(marked.claim.claimant).toMatch(/regional transport agency/);

    // Moved onto the population sentence's figure alone: its reasons, and the source its sentence names.
    const population = TEXT.indexOf("Harbourton's population passed 60,000 last year");
    const moved = await respanClaim(db, { claimId: marked.claim.id, expectedVersion: marked.claim.version, expectedArticleVersion: article!.version, start: population, end: population + "Harbourton's population passed 60,000 last year".length, actorId: editorId });
    if (!moved.ok) throw new Error("moved");
    expect(moved.claim.reasons.join(" ")).toMatch(/60,000/);
    expect(moved.claim.reasons.join(" ")).not.toMatch(/38 percent/);
    expect(moved.claim.claimant).toBe("the census office");
  });
});

describe("moving a claim to a selection", () => {
  test("offsets from an editor opened before someone else's save are refused, not applied to the newer text", async () => {
    const [claim] = await findClaims();
    const before = await getArticle(db, articleId);
    expect(await save(`A new opening sentence.\n\n${TEXT}`)).toMatchObject({ ok: true });
    const [moved] = (await listClaimsForArticle(db, articleId)).filter((c) => c.id === claim.id);
    const start = TEXT.indexOf("Traffic on the Mill Street bridge");
    expect(await respanClaim(db, { claimId: claim.id, expectedVersion: moved.version, expectedArticleVersion: before!.version, start, end: start + 20, actorId: editorId })).toEqual({ ok: false, reason: "article_changed" });
    expect((await listClaimsForArticle(db, articleId)).find((c) => c.id === claim.id)?.exact).toBe(moved.exact);
  });
});

describe("marking a passage that is already a claim", () => {
  const mark = async (start: number, end: number) =>
    markClaim(db, { articleId, expectedArticleVersion: (await getArticle(db, articleId))!.version, start, end, actorId: editorId });
  const start = TEXT.indexOf("Harbourton's population");
  const end = TEXT.length;

  test("pressing Mark as claim twice makes one claim; the second press is refused", async () => {
    expect(await mark(start, end)).toMatchObject({ ok: true, outcome: "marked" });
    expect(await mark(start, end)).toEqual({ ok: false, reason: "duplicate" });
    // A sloppier selection of the same words is the same passage.
    expect(await mark(start - 2, end)).toEqual({ ok: false, reason: "duplicate" });
    expect((await listClaimsForArticle(db, articleId)).filter((c) => c.start === start)).toHaveLength(1);
    // A passage inside it is a different claim.
    expect(await mark(start, start + 22)).toMatchObject({ ok: true, outcome: "marked" });
  });

  test("a claim further along the workflow is refused too", async () => {
    const marked = await mark(start, end);
    if (!marked.ok) throw new Error("setup");
    await db.update(claims).set({ status: "approved" }).where(eq(claims.id, marked.claim.id));
    expect(await mark(start, end)).toEqual({ ok: false, reason: "duplicate" });
  });

  test("a suggestion on that passage is accepted, not doubled", async () => {
    const suggestion = (await findClaims()).find((c) => c.status === "proposed")!;
    const result = await mark(suggestion.start, suggestion.end);
    expect(result).toMatchObject({ ok: true, outcome: "accepted", claim: { id: suggestion.id, status: "open", origin: "suggested" } });
    expect((await listClaimsForArticle(db, articleId)).filter((c) => c.start === suggestion.start && c.end === suggestion.end)).toHaveLength(1);
  });

  test("a dismissed claim on that passage is restored with its history", async () => {
    const marked = await mark(start, end);
    if (!marked.ok) throw new Error("setup");
    await decideClaim(db, { claimId: marked.claim.id, expectedVersion: marked.claim.version, decision: "dismiss", reason: "opinion", actorId: editorId });
    const again = await mark(start, end);
    expect(again).toMatchObject({ ok: true, outcome: "restored", claim: { id: marked.claim.id, status: "open", dismissReason: null } });
    expect((await listClaimsForArticle(db, articleId)).filter((c) => c.start === start)).toHaveLength(1);
    const trail = await listAuditForEntity(db, { entityType: "claim", entityId: marked.claim.id });
    expect(trail.map((e) => e.action)).toEqual(["claim.marked", "claim.dismissed", "claim.restored"]);
    expect(await mark(start, end)).toEqual({ ok: false, reason: "duplicate" });
  });
});

describe("publishing", () => {
  test("marks the article published at its version, audited; an old version is a conflict", async () => {
    const article = await getArticle(db, articleId);
    expect(await markArticlePublished(db, { articleId, expectedVersion: article!.version + 5, actorId: editorId })).toEqual({ ok: false, reason: "conflict" });
    expect(await markArticlePublished(db, { articleId, expectedVersion: article!.version, actorId: editorId })).toEqual({ ok: true });
    expect((await getArticle(db, articleId))?.status).toBe("published");
    const trail = await listAuditForEntity(db, { entityType: "article", entityId: articleId });
    expect(trail.at(-1)).toMatchObject({ action: "article.published", after: { status: "published" } });
  });

  /** Settles every suggestion that counts, so only the coverage gate can stand in the way. */
  async function dismissSuggestions() {
    for (const claim of await listClaimsForArticle(db, articleId)) {
      if (claim.status !== "proposed") continue;
      await decideClaim(db, { claimId: claim.id, expectedVersion: claim.version, decision: "dismiss", reason: "not_checkable", actorId: editorId });
    }
  }
  const publishNow = async () => publishArticleIfReady(db, { articleId, expectedVersion: (await getArticle(db, articleId))!.version, actorId: editorId });
  const statusInList = async () => (await listArticles(db, { viewerId: editorId, all: true })).find((a) => a.id === articleId)?.status;

  test("coverage gate: an article nobody looked for claims in is not published", async () => {
    expect(await getArticleReadiness(db, articleId)).toMatchObject({ settled: 0, total: 0, ready: false, blockers: ["Find claims has not been run"], groups: [{ key: "search" }], pendingCorrections: 0 });
    expect(await publishNow()).toEqual({ ok: false, reason: "not_ready", blockers: ["Find claims has not been run"] });
    expect((await getArticle(db, articleId))?.status).toBe("draft");

    await findClaims();
    await dismissSuggestions();
    expect(await getArticleReadiness(db, articleId)).toMatchObject({ ready: true, blockers: [] });
    expect(await statusInList()).toBe("ready");
    expect(await publishNow()).toEqual({ ok: true });
    expect((await getArticle(db, articleId))?.status).toBe("published");
  });

  test("coverage gate: a claim marked by hand covers the text it was marked on, not words added later", async () => {
    const article = await getArticle(db, articleId);
    const start = TEXT.indexOf("Traffic");
    const marked = await markClaim(db, { articleId, expectedArticleVersion: article!.version, start, end: start + 40, actorId: editorId });
    if (!marked.ok) throw new Error("setup: mark");
    const [claim] = (await listClaimsForArticle(db, articleId)).filter((c) => c.origin === "manual");
    await decideClaim(db, { claimId: claim.id, expectedVersion: claim.version, decision: "dismiss", reason: "other", actorId: editorId });
    expect(await getArticleReadiness(db, articleId)).toMatchObject({ ready: true });
    expect(await statusInList()).toBe("ready");

    // New words after the marking: nobody has looked at them.
    await new Promise((resolve) => setTimeout(resolve, 5)); // the revision must be later than the mark, to the millisecond
    await save(`${TEXT}\n\nThe minister said 5,000 jobs will be lost.`);
    expect((await getArticleReadiness(db, articleId)).blockers).toEqual(["Find claims has not been run"]);
    expect(await statusInList()).not.toBe("ready");
    expect(await publishNow()).toMatchObject({ ok: false, reason: "not_ready" });
  });

  test("coverage gate: a run covers the text it read; a new title keeps it, new words undo it", async () => {
    await findClaims();
    await dismissSuggestions();
    await save(TEXT); // a save that changes nothing in the text (the title, say)
    expect(await getArticleReadiness(db, articleId)).toMatchObject({ ready: true });

    await save(`${TEXT}

The mayor said rents doubled.`);
    const readiness = await getArticleReadiness(db, articleId);
    expect(readiness.blockers[0]).toBe("Find claims has not been run since the text changed");
    expect(await statusInList()).not.toBe("ready");
    expect(await publishNow()).toMatchObject({ ok: false, reason: "not_ready" });

    // The finder ran on the old text while someone saved new words: that run covers the old text only.
    const latest = await getArticle(db, articleId);
    await replaceSuggestions(db, { articleId, revision: latest!.revisionNumber - 1, proposals: [], actorId: editorId });
    expect((await getArticleReadiness(db, articleId)).blockers[0]).toBe("Find claims has not been run since the text changed");
    await findClaims(latest!.bodyText);
    expect((await getArticleReadiness(db, articleId)).blockers).not.toContain("Find claims has not been run since the text changed");
  });

  test("coverage gate: runs recorded before the gate count for the text saved before them", async () => {
    await recordAuditEvent(db, { actorId: editorId, entityType: "article", entityId: articleId, articleId, action: "claims.found", after: { suggestions: 0 } });
    expect((await getArticleReadiness(db, articleId)).ready).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await save(`${TEXT}

The mayor said rents doubled.`);
    expect((await getArticleReadiness(db, articleId)).blockers).toEqual(["Find claims has not been run since the text changed"]);
  });

  test("coverage gate: a claim an editor marked shows someone looked", async () => {
    const article = await getArticle(db, articleId);
    const marked = await markClaim(db, { articleId, expectedArticleVersion: article!.version, start: 0, end: TEXT.indexOf("\n"), actorId: editorId });
    if (!marked.ok) throw new Error("setup");
    await decideClaim(db, { claimId: marked.claim.id, expectedVersion: marked.claim.version, decision: "dismiss", reason: "not_checkable", actorId: editorId });
    expect(await getArticleReadiness(db, articleId)).toMatchObject({ settled: 1, total: 1, ready: true });
    expect(await statusInList()).toBe("ready");
    expect(await publishNow()).toEqual({ ok: true });
  });

  test("publishing when ready still refuses a stale screen and a spiked article", async () => {
    await findClaims();
    await dismissSuggestions();
    const article = await getArticle(db, articleId);
    expect(await publishArticleIfReady(db, { articleId, expectedVersion: article!.version + 1, actorId: editorId })).toEqual({ ok: false, reason: "conflict" });
    expect(await publishArticleIfReady(db, { articleId: crypto.randomUUID(), expectedVersion: 1, actorId: editorId })).toEqual({ ok: false, reason: "missing" });
  });
});

test("an article save arriving twice (its answer lost, the browser sending it again) is the save done, not 'saved elsewhere'; other words or another person's save still conflict (ops QA)", async () => {
  const colleague = await createUser(db, { name: "Eli", email: "eli@example.org", role: "editor", passwordHash: "x", actorId: editorId });
  if (!colleague.ok) throw new Error("setup");
  const read = await getArticle(db, articleId);
  const text = `${TEXT}\n\nThe council will vote in May.`;
  const request = (actorId: string, bodyText = text) => ({
    articleId, expectedVersion: read!.version, title: "Bridge", byline: "", sourceUrl: null, deadline: null,
    bodyJson: JSON.stringify(plainTextToDoc(bodyText)), bodyText, actorId,
  });
  const first = await saveArticle(db, request(editorId));
  expect(first).toMatchObject({ ok: true, revision: 2 });
  expect(await saveArticle(db, request(editorId))).toEqual({ ok: true, version: read!.version + 1, revision: 2, stale: 0, orphaned: 0, moved: 0, restored: 0 });
  expect(await saveArticle(db, request(editorId, `${TEXT}\n\nSomething else.`))).toEqual({ ok: false, reason: "conflict" });
  expect(await saveArticle(db, request(colleague.user.id))).toEqual({ ok: false, reason: "conflict" });
});
