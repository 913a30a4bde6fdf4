import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { plainTextToDoc } from "@/lib/articles/doc-text";
import { proposeClaims } from "@/lib/articles/proposals";
import type { Database } from "../index";
import { claims, verdicts } from "../schema";
import { createTestDatabase } from "../testing";
import { listAuditForEntity } from "./audit";
import { createArticle, getArticle } from "./articles";
import { listClaimsForArticle } from "./claims";
import { acceptAllSuggested, decideClaim, markClaim, respanClaim } from "./curation";
import { createFirstAdministrator } from "./users";
import { listWorkspaceClaims, markArticlePublished, replaceSuggestions, saveArticle } from "./workspace";

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
  await replaceSuggestions(db, { articleId, proposals: proposeClaims(text, existing), actorId: editorId });
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

  test("accept all suggested takes those at the operating point", async () => {
    const found = await findClaims();
    const n = await acceptAllSuggested(db, { articleId, actorId: editorId });
    expect(n).toBe(found.filter((c) => c.checkworthy).length);
    const after = await listClaimsForArticle(db, articleId);
    expect(after.filter((c) => c.status === "open")).toHaveLength(n);
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

  test("mark a selection as a claim, then merge it with a neighbour", async () => {
    const article = await getArticle(db, articleId);
    const start = TEXT.indexOf("Harbourton's population");
    const marked = await markClaim(db, { articleId, expectedArticleVersion: article!.version, start: start - 2, end: start + 40, actorId: editorId });
    expect(marked.ok && marked.claim.exact).toBe(TEXT.slice(start, start + 40));
    const bad = await markClaim(db, { articleId, expectedArticleVersion: article!.version, start: 5, end: 5, actorId: editorId });
    expect(bad).toEqual({ ok: false, reason: "bad_span" });
    if (!marked.ok) return;
    const second = await markClaim(db, { articleId, expectedArticleVersion: article!.version, start: start + 41, end: TEXT.length, actorId: editorId });
    if (!second.ok) throw new Error("setup");
    const merged = await respanClaim(db, { claimId: marked.claim.id, expectedVersion: marked.claim.version, start: 0, end: 0, mergeWithId: second.claim.id, actorId: editorId });
    expect(merged.ok && merged.claim.exact).toBe(TEXT.slice(start));
    const after = await listClaimsForArticle(db, articleId);
    expect(after.find((c) => c.id === second.claim.id)).toMatchObject({ status: "dismissed", dismissReason: "duplicate" });
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
});
