import { inArray } from "drizzle-orm";
import { expect, test } from "vitest";
import { parseDeskTsv } from "@/lib/claims/datasets";
import { claims } from "../schema";
import { createTestAdmin, createTestDatabase } from "../testing";
import { createArticle } from "./articles";
import { insertClaims, type NewClaim } from "./claims";
import { decideClaim } from "./curation";
import { countDeskDecisions, decisionsToTsv, listDeskDecisions } from "./decisions";

test("accepted claims are 1, dismissals as opinion are 0, duplicates and open suggestions are left out; the TSV trains", async () => {
  const db = await createTestDatabase();
  const admin = { user: await createTestAdmin(db) };
  const text = "A rose 5%.\n\nB said \"hi\"\tthere.\n\nC is great.\n\nD again.";
  const { id: articleId } = await createArticle(db, { title: "t", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: text, authorId: admin.user.id });
  const base: Omit<NewClaim, "start" | "end" | "exact"> = { articleId, prefix: "", suffix: "", kind: "other", claimant: null, score: 0.5, checkworthy: true, reasons: [], origin: "suggested", status: "proposed", createdById: null };
  const [a, b, c] = await insertClaims(db, [
    { ...base, start: 0, end: 10, exact: "A rose 5%." },
    { ...base, start: 12, end: 29, exact: 'B said "hi"\tthere.' },
    { ...base, start: 31, end: 42, exact: "C is great." },
    { ...base, start: 44, end: 52, exact: "D again." },
  ]);
  await decideClaim(db, { claimId: a.id, expectedVersion: 1, decision: "accept", actorId: admin.user.id });
  await decideClaim(db, { claimId: b.id, expectedVersion: 1, decision: "dismiss", reason: "duplicate", actorId: admin.user.id });
  await decideClaim(db, { claimId: c.id, expectedVersion: 1, decision: "dismiss", reason: "opinion", actorId: admin.user.id });
  const decisions = await listDeskDecisions(db);
  expect(decisions.map((d) => [d.text, d.label])).toEqual([["A rose 5%.", 1], ["C is great.", 0]]);
  expect(await countDeskDecisions(db)).toEqual({ accepted: 1, dismissed: 1 });
  expect(parseDeskTsv(decisionsToTsv(decisions))).toEqual([{ text: "A rose 5%.", label: 1 }, { text: "C is great.", label: 0 }]);
});

test("the newest n decisions are the last n of them all, oldest first; a desk with fewer gets every one, in the same order", async () => {
  const db = await createTestDatabase();
  const admin = (await createTestAdmin(db)).id;
  const sentences = ["One rose 1%.", "Two rose 2%.", "Three is great.", "Four rose 4%.", "Five is lovely."];
  const text = sentences.join("\n\n");
  const base: Omit<NewClaim, "start" | "end" | "exact" | "articleId"> = { prefix: "", suffix: "", kind: "other", claimant: null, score: 0.5, checkworthy: true, reasons: [], origin: "suggested", status: "proposed", createdById: null };
  const made: string[] = [];
  for (const title of ["first", "second", "third"]) {
    const { id: articleId } = await createArticle(db, { title, byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: text, authorId: admin });
    let start = 0;
    const rows = sentences.map((exact) => {
      const row = { ...base, articleId, start, end: start + exact.length, exact: `${exact} (${title})` };
      start += exact.length + 2;
      return row;
    });
    for (const [i, claim] of (await insertClaims(db, rows)).entries()) {
      const opinion = i % 2 === 0 && i > 0;
      await decideClaim(db, opinion ? { claimId: claim.id, expectedVersion: 1, decision: "dismiss", reason: "opinion", actorId: admin } : { claimId: claim.id, expectedVersion: 1, decision: "accept", actorId: admin });
      made.push(claim.id);
    }
  }
  // Claims of one article share a moment, and the third article's were found before the second's: the order is by time, then article and place.
  const at = (iso: string) => new Date(iso);
  await db.update(claims).set({ createdAt: at("2026-01-01T09:00:00Z") }).where(inArray(claims.id, made.slice(0, 5)));
  await db.update(claims).set({ createdAt: at("2026-01-03T09:00:00Z") }).where(inArray(claims.id, made.slice(5, 10)));
  await db.update(claims).set({ createdAt: at("2026-01-02T09:00:00Z") }).where(inArray(claims.id, made.slice(10, 15)));

  const all = await listDeskDecisions(db);
  expect(all).toHaveLength(15);
  expect(all.slice(0, 5).map((d) => d.text)).toEqual(sentences.map((s) => `${s} (first)`));
  expect(all.at(-1)).toEqual({ id: made[9], text: "Five is lovely. (second)", label: 0 });
  expect(all.filter((d) => d.label === 0)).toHaveLength(6);
  for (const n of [15, 16, 20_000]) expect(await listDeskDecisions(db, { newest: n })).toEqual(all);
  expect(await listDeskDecisions(db, { newest: 7 })).toEqual(all.slice(-7));
  expect((await listDeskDecisions(db, { newest: 7 })).map((d) => d.text)).toEqual([...["Four rose 4%.", "Five is lovely."].map((s) => `${s} (third)`), ...sentences.map((s) => `${s} (second)`)]);
  expect(await listDeskDecisions(db, { newest: 1 })).toEqual([all[14]]);
});
