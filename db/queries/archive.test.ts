import type { InArgs } from "@libsql/client";
import { eq } from "drizzle-orm";
import { expect, test } from "vitest";
import { allOfWords, checkedBeforeQuery } from "@/lib/archive/search-query";
import { findSimilarClaims } from "@/lib/archive/similar";
import { assignments, claims, evidenceItems, verdicts } from "../schema";
import { createDatabase, openClient } from "../index";
import { migrateDatabase } from "../migrate";
import { createTestAdmin, createTestDatabase } from "../testing";
import { checkedClaimsCountQuery, countArchive, countCheckedClaims, listCheckedClaims, listEvidenceOfVerdicts, searchArchive } from "./archive";
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
  // An ended assignment: the claim went to someone else, and Rita can no longer open it.
  await db.insert(assignments).values({ claimId: checked.id, reviewerId: rita.user.id, assignedById: admin.user.id, active: false });
  expect(await listCheckedClaims(db, { excludeArticleId: current.id, onlyReviewedBy: rita.user.id })).toEqual([]);
  await db.insert(assignments).values({ claimId: checked.id, reviewerId: rita.user.id, assignedById: admin.user.id, active: true });
  expect((await listCheckedClaims(db, { excludeArticleId: current.id, onlyReviewedBy: rita.user.id })).map((c) => c.id)).toEqual([checked.id]);
});

test("the full-text index reaches the whole archive, follows edits and deletions, and takes any typed text", async () => {
  const db = await createTestDatabase();
  const admin = await createTestAdmin(db);
  const { id: articleId } = await createArticle(db, { title: "Archive", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: "x".repeat(200), authorId: admin.id });
  const claim = (exact: string): NewClaim => ({ articleId, start: 0, end: 10, exact, prefix: "", suffix: "", kind: "statistic", claimant: null, score: 1, checkworthy: true, reasons: [], origin: "manual", status: "approved", createdById: null });
  const [bridge, schools, open] = await insertClaims(db, [
    claim("The bridge will cost $48.5 million."),
    claim("Three primary schools need new roofs."),
    { ...claim("The bridge opened in 1932."), status: "open" },
  ]);
  for (const [i, c] of [bridge, schools, open].entries()) {
    // The bridge claim is the oldest decision: a newest-first cut-off would lose it first.
    // The open claim's verdict is a draft: not signed off, not in the archive.
    const state = c === open ? "draft" : "approved";
    await db.insert(verdicts).values({ claimId: c.id, number: 1, verdictKey: "accurate", state, reviewerId: admin.id, decidedAt: new Date(Date.UTC(2020 + i, 0, 1)), updatedAt: new Date() });
  }
  const ids = async (match: string | null) => (match === null ? [] : (await listCheckedClaims(db, { match })).map((c) => c.id));

  // Candidates share any word ("new" brings the roofs); "Checked before" ranks them.
  const similar = "Officials say the new bridge costs 48.5 million";
  const candidates = await listCheckedClaims(db, { match: checkedBeforeQuery(similar) ?? "" });
  expect(candidates.map((c) => c.id).sort()).toEqual([bridge.id, schools.id].sort());
  expect(findSimilarClaims(similar, candidates).map((c) => c.id)).toEqual([bridge.id]);
  expect(await ids(allOfWords("bridg"))).toEqual([bridge.id]);
  expect(await ids(allOfWords("roofs schools"))).toEqual([schools.id]);
  expect(await ids(allOfWords("bridge roofs"))).toEqual([]);
  expect((await listCheckedClaims(db, { verdictKey: "accurate", match: allOfWords("roofs") ?? "" })).map((c) => c.id)).toEqual([schools.id]);
  expect(await listCheckedClaims(db, { verdictKey: "inaccurate" })).toEqual([]);
  // Only signed-off checks are the archive, though the index holds every claim.
  expect(await ids(allOfWords("1932"))).toEqual([]);
  // FTS5 syntax typed into the search is searched as words, not run.
  for (const typed of ['"', "roofs NOT schools", "text:bridge", "NEAR(bridge cost)", "*", "bridge)", "roofs\u0000schools", "abc\uD800", "😀 roofs"]) {
    await expect(ids(allOfWords(typed))).resolves.toBeInstanceOf(Array);
  }

  await db.update(claims).set({ text: "Four primary schools need new roofs." }).where(eq(claims.id, schools.id));
  expect(await ids(allOfWords("four roofs"))).toEqual([schools.id]);
  expect(await ids(allOfWords("three roofs"))).toEqual([]);
  await db.delete(claims).where(eq(claims.id, bridge.id));
  expect(await ids(allOfWords("bridge"))).toEqual([]);
});

test("a signed-off check stays in the archive while its claim is stale and checked again, under the words it ruled on", async () => {
  const db = await createTestDatabase();
  const admin = await createTestAdmin(db);
  const { id: articleId } = await createArticle(db, { title: "Ferries", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: "x".repeat(200), authorId: admin.id });
  const [claim] = await insertClaims(db, [
    { articleId, start: 0, end: 10, exact: "The ferry carried 3.1 million passengers.", prefix: "", suffix: "", kind: "statistic", claimant: null, score: 1, checkworthy: true, reasons: [], origin: "manual", status: "stale", createdById: null },
  ]);
  const checked = "The ferry carried 3.4 million passengers.";
  await db.insert(verdicts).values([
    { claimId: claim.id, number: 1, verdictKey: "inaccurate", state: "approved", claimText: checked, reviewerId: admin.id, decidedAt: new Date(), updatedAt: new Date() },
    { claimId: claim.id, number: 2, verdictKey: "accurate", state: "draft", reviewerId: admin.id, updatedAt: new Date() },
  ]);
  const found = await listCheckedClaims(db, { match: allOfWords("passengers") ?? "" });
  expect(found).toMatchObject([{ id: claim.id, text: checked, verdictKey: "inaccurate" }]);
  expect(await countCheckedClaims(db, { match: allOfWords("passengers") ?? "", everyMatch: true })).toBe(1);
  expect((await listCheckedClaims(db, {})).map((c) => c.id)).toEqual([claim.id]);
});

test("the evidence of earlier checks, by verdict, in each verdict's order", async () => {
  const db = await createTestDatabase();
  const admin = await createTestAdmin(db);
  const { id: articleId } = await createArticle(db, { title: "Old", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: "x".repeat(200), authorId: admin.id });
  const claim = (exact: string): NewClaim => ({ articleId, start: 0, end: 10, exact, prefix: "", suffix: "", kind: "statistic", claimant: null, score: 1, checkworthy: true, reasons: [], origin: "manual", status: "approved", createdById: null });
  const [a, b] = await insertClaims(db, [claim("Fares rose 12 percent."), claim("Fares fell.")]);
  const [va] = await db.insert(verdicts).values({ claimId: a.id, number: 1, verdictKey: "accurate", state: "approved", reviewerId: admin.id, decidedAt: new Date(), updatedAt: new Date() }).returning();
  const [vb] = await db.insert(verdicts).values({ claimId: b.id, number: 1, verdictKey: "inaccurate", state: "approved", reviewerId: admin.id, decidedAt: new Date(), updatedAt: new Date() }).returning();
  const item = (verdictId: string, url: string, position: number) => ({ verdictId, url, title: url, publisher: "", quote: "", accessedOn: "2025-03-01", archiveUrl: null, stance: "supports" as const, position });
  await db.insert(evidenceItems).values([item(va.id, "https://b.example", 1), item(va.id, "https://a.example", 0), item(vb.id, "https://c.example", 0)]);

  const found = await listEvidenceOfVerdicts(db, [va.id, vb.id]);
  expect(found.get(va.id)?.map((e) => e.url)).toEqual(["https://a.example", "https://b.example"]);
  expect(found.get(vb.id)).toEqual([{ url: "https://c.example", title: "https://c.example", publisher: "", quote: "", accessedOn: "2025-03-01", archiveUrl: null, stance: "supports" }]);
  expect((await listEvidenceOfVerdicts(db, [])).size).toBe(0);
  expect((await listCheckedClaims(db, {})).map((c) => c.verdictId).sort()).toEqual([va.id, vb.id].sort());
});

test("searchArchive: words, nothing searchable, and a reviewer's own checks", async () => {
  const db = await createTestDatabase();
  const admin = await createTestAdmin(db);
  const rita = await createUser(db, { name: "Rita", email: "rita@example.org", role: "reviewer", passwordHash: "x", actorId: admin.id });
  if (!rita.ok) throw new Error("setup");
  const { id: articleId } = await createArticle(db, { title: "Old", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: "x".repeat(200), authorId: admin.id });
  const claim = (exact: string): NewClaim => ({ articleId, start: 0, end: 10, exact, prefix: "", suffix: "", kind: "statistic", claimant: null, score: 1, checkworthy: true, reasons: [], origin: "manual", status: "approved", createdById: null });
  const [fares, roofs] = await insertClaims(db, [claim("Ferry fares rose 12 percent."), claim("Three schools need new roofs.")]);
  // Fares signed off at 23:30 on 1 March in New York (04:30 UTC on the 2nd); roofs on 10 March.
  const decided = [new Date("2025-03-02T04:30:00Z"), new Date("2025-03-10T12:00:00Z")];
  for (const [i, c] of [fares, roofs].entries()) await db.insert(verdicts).values({ claimId: c.id, number: 1, verdictKey: "accurate", state: "approved", reviewerId: admin.id, decidedAt: decided[i], updatedAt: new Date() });
  await db.insert(assignments).values({ claimId: roofs.id, reviewerId: rita.user.id, assignedById: admin.id, active: true });
  const editor = { viewerId: admin.id, seesAll: true, zone: "UTC" };

  expect((await searchArchive(db, { query: { q: "fare" }, ...editor })).rows.map((r) => r.id)).toEqual([fares.id]);
  expect((await searchArchive(db, { query: { q: "" }, ...editor })).rows).toHaveLength(2);
  expect(await searchArchive(db, { query: { q: "?!" }, ...editor })).toEqual({ rows: [], more: false });
  expect((await searchArchive(db, { query: { q: "" }, viewerId: rita.user.id, seesAll: false, zone: "UTC" })).rows.map((r) => r.id)).toEqual([roofs.id]);
  // Days are the desk's: 1 March in New York holds the fares check, in UTC it does not.
  const ids = async (query: { q: string; from?: string; to?: string }, zone: string) => (await searchArchive(db, { ...editor, query, zone })).rows.map((r) => r.id);
  expect(await ids({ q: "", from: "2025-03-01", to: "2025-03-01" }, "America/New_York")).toEqual([fares.id]);
  expect(await ids({ q: "", from: "2025-03-01", to: "2025-03-01" }, "UTC")).toEqual([]);
  expect(await ids({ q: "", from: "2025-03-05" }, "UTC")).toEqual([roofs.id]);
  expect(await ids({ q: "fare", to: "2025-03-05" }, "UTC")).toEqual([fares.id]);
});

test("the archive search lists the newest of all its matches, not of the index's best few hundred", async () => {
  const db = await createTestDatabase();
  const admin = await createTestAdmin(db);
  const { id: articleId } = await createArticle(db, { title: "Many", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: "x".repeat(200), authorId: admin.id });
  const claim = (exact: string): NewClaim => ({ articleId, start: 0, end: 10, exact, prefix: "", suffix: "", kind: "statistic", claimant: null, score: 1, checkworthy: true, reasons: [], origin: "manual", status: "approved", createdById: null });
  // 700 claims about fares; the newest decision mentions fares once in a long text, so
  // bm25 ranks it last: only a search over every match lists it first.
  const long = Array.from({ length: 60 }, (_, k) => `word${k}`).join(" ");
  const texts = Array.from({ length: 700 }, (_, i) => (i === 699 ? `Fares rose, ${long}.` : `Fares, fares: fares rose ${i}.`));
  const rows = await insertClaims(db, texts.map(claim));
  await db.insert(verdicts).values(rows.map((row, i) => ({ claimId: row.id, number: 1, verdictKey: "accurate", state: "approved" as const, reviewerId: admin.id, decidedAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000), updatedAt: new Date() })));
  const { rows: found, more } = await searchArchive(db, { query: { q: "fares" }, viewerId: admin.id, seesAll: true, zone: "UTC" });
  expect(found[0].id).toBe(rows[699].id);
  expect(found).toHaveLength(50);
  expect(more).toBe(true);
});

test("a figure finds its claims however its thousands are written, typed or stored", async () => {
  const db = await createTestDatabase();
  const admin = await createTestAdmin(db);
  const { id: articleId } = await createArticle(db, { title: "Overtime", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: "x".repeat(200), authorId: admin.id });
  const claim = (exact: string): NewClaim => ({ articleId, start: 0, end: 10, exact, prefix: "", suffix: "", kind: "statistic", claimant: null, score: 1, checkworthy: true, reasons: [], origin: "manual", status: "approved", createdById: null });
  const stored = await insertClaims(db, [
    claim("Nurses worked 3,400 hours of overtime."),
    claim("Porters worked 3400 hours of overtime."),
    claim("Cleaners worked 3 400 hours of overtime."),
    claim("Doctors worked 34,000 hours of overtime."),
    claim("Cooks worked 13,400 hours of overtime."),
  ]);
  await db.insert(verdicts).values(stored.map((row, i) => ({ claimId: row.id, number: 1, verdictKey: "accurate", state: "approved" as const, reviewerId: admin.id, decidedAt: new Date(Date.UTC(2025, 0, 1 + i)), updatedAt: new Date() })));
  const search = async (q: string) => (await searchArchive(db, { query: { q }, viewerId: admin.id, seesAll: true, zone: "UTC" })).rows.map((r) => r.text).sort();
  const threeThousandFourHundred = ["Cleaners worked 3 400 hours of overtime.", "Nurses worked 3,400 hours of overtime.", "Porters worked 3400 hours of overtime."];
  for (const typed of ["3400", "3,400", "3 400", "3400 hours", "3,400 hours", "overtime 3\u202f400"]) {
    expect(await search(typed), typed).toEqual(threeThousandFourHundred);
  }
  expect(await search("34000")).toEqual(["Doctors worked 34,000 hours of overtime."]);
  // "Checked before" asks the index the same way: every spelling is a candidate.
  const candidates = await listCheckedClaims(db, { match: checkedBeforeQuery("Midwives: 3,400") ?? "" });
  expect(candidates.map((c) => c.text).sort()).toEqual(threeThousandFourHundred);
});

test("the archive pages through every match newest first and counts them, a reviewer's only their own", async () => {
  const db = await createTestDatabase();
  const admin = await createTestAdmin(db);
  const rita = await createUser(db, { name: "Rita", email: "rita@example.org", role: "reviewer", passwordHash: "x", actorId: admin.id });
  if (!rita.ok) throw new Error("setup");
  const { id: articleId } = await createArticle(db, { title: "Year", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: "x".repeat(200), authorId: admin.id });
  const claim = (exact: string): NewClaim => ({ articleId, start: 0, end: 10, exact, prefix: "", suffix: "", kind: "statistic", claimant: null, score: 1, checkworthy: true, reasons: [], origin: "manual", status: "approved", createdById: null });
  // 108 checks about fares and 30 about roofs; Rita holds every third fares check.
  const texts = [...Array.from({ length: 108 }, (_, i) => `Ferry fares rose ${i} percent.`), ...Array.from({ length: 30 }, (_, i) => `Roofs ${i} need mending.`)];
  const rows = await insertClaims(db, texts.map(claim));
  await db.insert(verdicts).values(rows.map((row, i) => ({ claimId: row.id, number: 1, verdictKey: i % 2 ? "accurate" : "inaccurate", state: "approved" as const, reviewerId: admin.id, decidedAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000), updatedAt: new Date() })));
  const held = rows.slice(0, 108).filter((_, i) => i % 3 === 0);
  await db.insert(assignments).values(held.map((row) => ({ claimId: row.id, reviewerId: rita.user.id, assignedById: admin.id, active: true })));
  const editor = { viewerId: admin.id, seesAll: true, zone: "UTC" };
  const fares = { q: "fares" };

  expect(await countArchive(db, { ...editor, query: fares })).toBe(108);
  expect(await countArchive(db, { ...editor, query: { q: "" } })).toBe(138);
  expect(await countArchive(db, { ...editor, query: { q: "fares", verdict: "accurate" } })).toBe(54);
  expect(await countArchive(db, { ...editor, query: { q: "?!" } })).toBe(0);
  const pages = await Promise.all([1, 2, 3].map((page) => searchArchive(db, { ...editor, query: fares, page })));
  expect(pages.map((p) => [p.rows.length, p.more])).toEqual([[50, true], [50, true], [8, false]]);
  // Newest first across the pages, each check once.
  const listed = pages.flatMap((p) => p.rows.map((r) => r.id));
  expect(listed).toEqual(rows.slice(0, 108).map((r) => r.id).reverse());

  const reviewer = { viewerId: rita.user.id, seesAll: false, zone: "UTC" };
  expect(await countArchive(db, { ...reviewer, query: fares })).toBe(36);
  expect(await countArchive(db, { ...reviewer, query: { q: "" } })).toBe(36);
  expect(await countArchive(db, { ...reviewer, query: { q: "roofs" } })).toBe(0);
  const ritas = await searchArchive(db, { ...reviewer, query: { q: "" } });
  expect(ritas.rows.every((r) => held.some((h) => h.id === r.id))).toBe(true);
  expect(ritas.rows).toHaveLength(36);
});

test("the archive's count reads the matches, or the reviewer's claims, or the approved verdicts' index — never every claim", async () => {
  const client = openClient(":memory:");
  const db = createDatabase(client);
  await migrateDatabase(db);
  const plan = async (params: Parameters<typeof checkedClaimsCountQuery>[1]) => {
    const counting = await checkedClaimsCountQuery(db, params);
    if (!counting) throw new Error("no query");
    const { sql, params: args } = counting.query.toSQL();
    const result = await client.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args: args as InArgs });
    return result.rows.map((row) => String(row.detail)).join("\n");
  };
  const words = allOfWords("fares") ?? "";
  const matches = await plan({ match: words, everyMatch: true });
  expect(matches).toMatch(/SCAN claims_fts VIRTUAL TABLE/);
  expect(matches).toMatch(/SEARCH claims USING INTEGER PRIMARY KEY \(rowid=\?\)/);
  const held = await plan({ onlyReviewedBy: "rita" });
  expect(held).toMatch(/assignments_queue_idx \(reviewer_id=\? AND active=\?\)/);
  expect(held).toMatch(/SEARCH claims USING (COVERING )?INDEX sqlite_autoindex_claims_1 \(id=\?\)/);
  expect(await plan({})).toMatch(/SEARCH verdicts USING INDEX verdicts_state_decided_idx \(state=\?\)/);
  for (const detail of [matches, held, await plan({ match: words, everyMatch: true, onlyReviewedBy: "rita" })]) {
    expect(detail).not.toMatch(/SCAN claims\b(?!_fts)|claims_status_idx|verdicts_state/);
  }
});
