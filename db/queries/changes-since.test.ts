import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import type { Database } from "../index";
import { claims } from "../schema";
import { createTestDatabase, createTestPeople } from "../testing";
import { createArticle, getArticle } from "./articles";
import { spikeArticle } from "./spike";
import { saveArticle } from "./workspace";
import { assignClaims } from "./assignments";
import { insertClaims } from "./claims";
import { articleHistoryMark, articleNewsSince, claimChangesSince, claimHistoryMark } from "./changes-since";
import { addComment } from "./comments";
import { saveVerdict } from "./verdicts";

let db: Database;
let ids: Record<"admin" | "Rosa" | "Edna" | "Eve", string>;
let claimId: string;
let otherClaimId: string;

beforeEach(async () => {
  db = await createTestDatabase();
  ids = await createTestPeople(db, { Rosa: "reviewer", Edna: "editor", Eve: "editor" });
  const text = "Rents doubled in ten years. Bus fares rose 12 percent.";
  const article = await createArticle(db, { title: "Rents", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: text, authorId: ids.Edna });
  const claim = (exact: string) => ({
    articleId: article.id, start: text.indexOf(exact), end: text.indexOf(exact) + exact.length, exact, prefix: "", suffix: "",
    kind: "statistic" as const, claimant: null, score: 0.9, checkworthy: true, reasons: [], origin: "manual" as const, status: "open" as const, createdById: ids.Edna,
  });
  const [first, second] = await insertClaims(db, [claim("Rents doubled in ten years."), claim("Bus fares rose 12 percent.")]);
  claimId = first.id;
  otherClaimId = second.id;
  await assignClaims(db, { claimIds: [claimId, otherClaimId], reviewerId: ids.Rosa, actorId: ids.Edna, dueAt: null, priority: "normal", note: "" });
});

describe("what happened to a claim after a page showed it", () => {
  test("the events after the mark, oldest first, without the viewer's own or another claim's; the mark moves past them all", async () => {
    const mark = await claimHistoryMark(db, claimId);
    expect(mark).toBeGreaterThan(0);
    expect(await claimChangesSince(db, { claimId, since: mark, viewerId: ids.Eve })).toEqual({ mark, changes: [], more: false });

    await addComment(db, { claimId, authorId: ids.Edna, body: "Check table 4." });
    await addComment(db, { claimId: otherClaimId, authorId: ids.Edna, body: "Not this one." });
    await saveVerdict(db, { claimId, actorId: ids.Rosa, expected: { verdictId: null, version: null }, content: { verdictKey: "accurate", rationale: "Table 4.", evidence: [] }, submit: false });
    await addComment(db, { claimId, authorId: ids.Eve, body: "My own note." });

    const seen = await claimChangesSince(db, { claimId, since: mark, viewerId: ids.Eve });
    expect(seen.changes.map((change) => [change.actorName, change.action])).toEqual([
      ["Edna", "claim.commented"],
      ["Rosa", "verdict.draft_saved"],
    ]);
    expect(seen.mark).toBe(await claimHistoryMark(db, claimId));
    expect(seen.mark).toBeGreaterThan(mark);
    // Asked again from the new mark: nothing new.
    expect(await claimChangesSince(db, { claimId, since: seen.mark, viewerId: ids.Eve })).toEqual({ mark: seen.mark, changes: [], more: false });
  });

  test("the claim's article spiked or restored is news about the claim", async () => {
    const mark = await claimHistoryMark(db, claimId);
    const [row] = await db.select({ articleId: claims.articleId }).from(claims).where(eq(claims.id, claimId));
    const article = await getArticle(db, row.articleId);
    expect(await spikeArticle(db, { articleId: row.articleId, expectedVersion: article!.version, reason: "Story dropped", actorId: ids.Edna })).toMatchObject({ ok: true });
    const seen = await claimChangesSince(db, { claimId, since: mark, viewerId: ids.Eve });
    expect(seen.changes.map((change) => change.action)).toContain("article.spiked");
    // Another article's fate is not this claim's news.
    const other = await createArticle(db, { title: "Other", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: "x", authorId: ids.Edna });
    expect(await spikeArticle(db, { articleId: other.id, expectedVersion: (await getArticle(db, other.id))!.version, reason: "", actorId: ids.Edna })).toMatchObject({ ok: true });
    expect((await claimChangesSince(db, { claimId, since: seen.mark, viewerId: ids.Eve })).changes).toEqual([]);
  });

  test("past twenty changes the list stops and says there were more", async () => {
    const mark = await claimHistoryMark(db, claimId);
    for (let i = 0; i < 21; i++) await addComment(db, { claimId, authorId: ids.Edna, body: `Note ${i}` });
    const seen = await claimChangesSince(db, { claimId, since: mark, viewerId: ids.Eve });
    expect(seen.changes).toHaveLength(20);
    expect(seen.more).toBe(true);
    expect(seen.mark).toBe(await claimHistoryMark(db, claimId));
  });

  test("a claim with no history has mark 0, and a mark from the future stays put", async () => {
    const [lone] = await insertClaims(db, [{
      articleId: (await createArticle(db, { title: "B", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: "Taxes fell.", authorId: ids.Edna })).id,
      start: 0, end: 11, exact: "Taxes fell.", prefix: "", suffix: "", kind: "statistic", claimant: null, score: 0.5, checkworthy: true, reasons: [], origin: "manual", status: "open", createdById: ids.Edna,
    }]);
    expect(await claimHistoryMark(db, lone.id)).toBe(0);
    expect(await claimChangesSince(db, { claimId: lone.id, since: 10_000, viewerId: ids.Eve })).toEqual({ mark: 10_000, changes: [], more: false });
  });
});

describe("what happened to an article after a page showed it", () => {
  test("another person's change to its claims is news; the viewer's own is not; the mark moves past both", async () => {
    const articleId = (await db.select({ id: claims.articleId }).from(claims).where(eq(claims.id, claimId)))[0].id;
    const mark = await articleHistoryMark(db, articleId);
    expect(mark).toBeGreaterThan(0);
    expect(await articleNewsSince(db, { articleId, since: mark, viewerId: ids.Edna })).toEqual({ mark, news: false });

    await addComment(db, { claimId, authorId: ids.Edna, body: "Mine." });
    const own = await articleNewsSince(db, { articleId, since: mark, viewerId: ids.Edna });
    expect(own.news).toBe(false);
    expect(own.mark).toBeGreaterThan(mark);

    await saveVerdict(db, { claimId: otherClaimId, actorId: ids.Rosa, expected: { verdictId: null, version: null }, content: { verdictKey: "accurate", rationale: "Fare table.", evidence: [] }, submit: false });
    const theirs = await articleNewsSince(db, { articleId, since: own.mark, viewerId: ids.Edna });
    expect(theirs).toEqual({ mark: await articleHistoryMark(db, articleId), news: true });

    // The viewer's own save of the text, made in another tab, is news to this one.
    const article = (await getArticle(db, articleId))!;
    const text = `${article.bodyText} More.`;
    expect(await saveArticle(db, { articleId, expectedVersion: article.version, title: article.title, byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: text, actorId: ids.Edna })).toMatchObject({ ok: true });
    expect((await articleNewsSince(db, { articleId, since: theirs.mark, viewerId: ids.Edna })).news).toBe(true);
  });
});
