import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { collectText, compareCorrections, renderCorrectionsLog, type ExportCorrection } from "@/lib/export";
import { parseCsv } from "@/lib/export/test-support/parse-csv";
import type { InArgs } from "@libsql/client";
import { createDatabase, openClient, type Database } from "../index";
import { migrateDatabase } from "../migrate";
import { articles, corrections } from "../schema";
import { createTestDatabase } from "../testing";
import {
  correctionsLogCountQuery,
  correctionsLogPageQuery,
  countCorrectionsLog,
  iterateCorrectionsLog,
  listArticlesWithCorrections,
  listCorrectionsLog,
  type CorrectionsLogFilter,
} from "./corrections-log";
import { HOSTILE, seedArticle, seedPeople } from "./corrections.fixtures";

let db: Database;
let articleA: string;
let articleB: string;

const day = (d: string) => new Date(`2025-03-${d}Z`);

beforeEach(async () => {
  db = await createTestDatabase();
  const people = await seedPeople(db);
  articleA = (await seedArticle(db, people.editor.id, ["One."], "Alpha")).articleId;
  articleB = (await seedArticle(db, people.editor.id, ["Two."], "Beta")).articleId;
  const base = { originalText: HOSTILE, correctedText: "Fixed, \"quoted\".", note: HOSTILE, createdById: people.editor.id, updatedAt: new Date() };
  // Effective dates: published_at when set, else created_at. "k-b" and "k-a"
  // share one instant, so the id decides; "k-late" was created early but
  // published late and must sort by its publication.
  await db.insert(corrections).values([
    { ...base, id: "k-b", articleId: articleA, type: "correction", status: "draft", createdAt: day("02T09:00:00") },
    { ...base, id: "k-a", articleId: articleB, type: "clarification", status: "approved", createdAt: day("02T09:00:00") },
    { ...base, id: "k-late", articleId: articleA, type: "correction", status: "published", createdAt: day("01T08:00:00"), publishedAt: day("05T12:00:00") },
    { ...base, id: "k-first", articleId: articleB, type: "update", status: "published", createdAt: day("01T07:00:00"), publishedAt: day("01T09:00:00") },
    { ...base, id: "k-out", articleId: articleA, type: "correction", status: "draft", createdAt: day("20T09:00:00") },
  ]);
});

const range: CorrectionsLogFilter = { from: day("01T00:00:00"), to: day("10T23:59:59.999") };

async function ids(filter: CorrectionsLogFilter, pageSize?: number) {
  const out: ExportCorrection[] = [];
  for await (const c of iterateCorrectionsLog(db, filter, { pageSize })) out.push(c);
  return out;
}

describe("corrections log", () => {
  test.each([1, 2, 3, 1000])("streams in export order across pages of %i", async (pageSize) => {
    const rows = await ids(range, pageSize);
    expect(rows.map((r) => r.id)).toEqual(["k-first", "k-a", "k-b", "k-late"]);
    expect([...rows].sort(compareCorrections)).toEqual(rows);
    expect(rows[0]).toMatchObject({ publishedAt: "2025-03-01T09:00:00.000Z", createdAt: "2025-03-01T07:00:00.000Z", article: { title: "Beta" } });
  });

  test.each([
    [{ articleId: "A" }, ["k-b", "k-late"]],
    [{ type: "clarification" }, ["k-a"]],
    [{ status: "published" }, ["k-first", "k-late"]],
    [{ articleId: "A", status: "draft" }, ["k-b"]],
  ] as const)("filters %j", async (extra, expected) => {
    const filter = { ...range, ...extra, articleId: "articleId" in extra ? articleA : undefined };
    expect((await ids(filter)).map((r) => r.id)).toEqual(expected);
  });

  test("a spiked article's corrections leave the log, and come back with it", async () => {
    await db.update(articles).set({ status: "spiked" }).where(eq(articles.id, articleA));
    expect((await ids(range)).map((r) => r.id)).toEqual(["k-first", "k-a"]);
    expect((await listCorrectionsLog(db, range, { limit: 10 })).entries.map((e) => e.id)).toEqual(["k-a", "k-first"]);
    expect((await listArticlesWithCorrections(db)).map((a) => a.id)).toEqual([articleB]);
    await db.update(articles).set({ status: "draft" }).where(eq(articles.id, articleA));
    expect((await ids(range)).map((r) => r.id)).toEqual(["k-first", "k-a", "k-b", "k-late"]);
  });

  test("both ends of the range are inclusive", async () => {
    const exact = { from: day("02T09:00:00"), to: day("05T12:00:00") };
    expect((await ids(exact)).map((r) => r.id)).toEqual(["k-a", "k-b", "k-late"]);
  });

  test("the page lists newest first with a limit", async () => {
    const { entries, more } = await listCorrectionsLog(db, range, { limit: 3 });
    expect(entries.map((e) => e.id)).toEqual(["k-late", "k-b", "k-a"]);
    expect(more).toBe(true);
    expect(entries[0]).toMatchObject({ articleTitle: "Alpha", createdByName: "Ed Editor", version: 1 });
    expect((await listArticlesWithCorrections(db)).map((a) => [a.id, a.title])).toEqual([[articleA, "Alpha"], [articleB, "Beta"]]);
  });

  test("the streamed log feeds every text format, hostile text intact", async () => {
    const input = { newsroom: { name: "Ledger", url: "https://ledger.example" }, range: { from: range.from.toISOString(), to: range.to.toISOString() }, generatedAt: "2025-03-11T00:00:00.000Z", timeZone: "UTC" };
    const rendered = await renderCorrectionsLog("csv", { ...input, corrections: iterateCorrectionsLog(db, range, { pageSize: 2 }) });
    const csv = parseCsv(await collectText(rendered.body as AsyncIterable<string>));
    expect(csv).toHaveLength(5);
    expect(csv.slice(1).every((row) => row.includes(HOSTILE))).toBe(true);
    const json = JSON.parse(await collectText((await renderCorrectionsLog("json", { ...input, corrections: iterateCorrectionsLog(db, range) })).body as AsyncIterable<string>));
    expect(json.count).toBe(4);
  });

  test("an empty range gives an empty but valid file", async () => {
    const empty = { from: day("11T00:00:00"), to: day("12T00:00:00") };
    expect(await ids(empty)).toEqual([]);
    const rendered = await renderCorrectionsLog("json", {
      newsroom: { name: "Ledger", url: "https://ledger.example" },
      range: { from: empty.from.toISOString(), to: empty.to.toISOString() },
      timeZone: "UTC",
      generatedAt: "2025-03-12T00:00:00.000Z",
      corrections: iterateCorrectionsLog(db, empty),
    });
    expect(JSON.parse(await collectText(rendered.body as AsyncIterable<string>))).toMatchObject({ corrections: [], count: 0 });
  });

  test("pages through the whole range newest first, and counts it", async () => {
    const pages = [];
    for (const offset of [0, 2, 4]) pages.push((await listCorrectionsLog(db, range, { limit: 2, offset })).entries.map((e) => e.id));
    expect(pages).toEqual([["k-late", "k-b"], ["k-a", "k-first"], []]);
    expect(await countCorrectionsLog(db, range)).toBe(4);
    expect(await countCorrectionsLog(db, { ...range, articleId: articleA })).toBe(2);
    expect(await countCorrectionsLog(db, { ...range, status: "draft" })).toBe(1);
    expect(await countCorrectionsLog(db, { from: day("11T00:00:00"), to: day("31T00:00:00") })).toBe(1);
    await db.update(articles).set({ status: "spiked" }).where(eq(articles.id, articleA));
    expect(await countCorrectionsLog(db, range)).toBe(2);
  });

  test("the article filter offers the articles with corrections in the range, with their dates, and the one chosen", async () => {
    const early = { from: day("01T00:00:00"), to: day("01T23:59:59.999") };
    // Only Beta's "k-first" falls on the 1st ("k-late" was created then but is filed under its publication).
    expect(await listArticlesWithCorrections(db, early)).toEqual([{ id: articleB, title: "Beta", date: expect.any(Date), corrections: 1 }]);
    expect((await listArticlesWithCorrections(db, range)).map((a) => [a.title, a.corrections])).toEqual([["Alpha", 2], ["Beta", 2]]);
    expect((await listArticlesWithCorrections(db, { ...early, include: articleA })).map((a) => [a.title, a.corrections])).toEqual([["Alpha", 0], ["Beta", 1]]);
    expect(await listArticlesWithCorrections(db, { from: day("25T00:00:00"), to: day("26T00:00:00"), include: "no-such-article" })).toEqual([]);
  });
});

test("the log's page and its count read the range on the effective-date index, not every correction", async () => {
  const client = openClient(":memory:");
  const plain = createDatabase(client);
  await migrateDatabase(plain);
  const plan = async (query: { toSQL(): { sql: string; params: unknown[] } }) => {
    const { sql, params } = query.toSQL();
    const result = await client.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args: params as InArgs });
    return result.rows.map((row) => String(row.detail)).join("\n");
  };
  const month = { from: day("01T00:00:00"), to: day("31T00:00:00") };
  for (const detail of [await plan(correctionsLogPageQuery(plain, month, 51, 50)), await plan(correctionsLogCountQuery(plain, month))]) {
    expect(detail).toMatch(/SEARCH corrections USING INDEX corrections_effective_idx/);
    expect(detail).not.toMatch(/SCAN corrections|TEMP B-TREE/);
  }
  // One article's corrections are fewer still: its own index.
  expect(await plan(correctionsLogCountQuery(plain, { ...month, articleId: "a" }))).toMatch(/corrections_article_idx/);
});
