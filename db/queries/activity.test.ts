import type { InArgs } from "@libsql/client";
import { expect, test } from "vitest";
import { KIND_ENTITY_TYPES, kindsFor } from "@/lib/audit/activity";
import { createDatabase, openClient } from "../index";
import { migrateDatabase } from "../migrate";
import { createTestAdmin, createTestDatabase } from "../testing";
import { activityQuery, iterateActivity, listActivity } from "./activity";
import { createArticle } from "./articles";
import { assignClaims } from "./assignments";
import { insertClaims } from "./claims";
import { decideClaim } from "./curation";
import { createUser } from "./users";
import { saveVerdict } from "./verdicts";

const everything = kindsFor("admin").flatMap((kind) => KIND_ENTITY_TYPES[kind]);

/** An article with one claim, accepted, assigned to a reviewer who saves two drafts and submits. */
async function deskWithHistory() {
  const db = await createTestDatabase();
  const admin = await createTestAdmin(db);
  const created = await createUser(db, { name: "Rita", email: "rita@example.org", role: "reviewer", passwordHash: "x", actorId: admin.id });
  if (!created.ok) throw new Error("no reviewer");
  const rita = created.user;
  const bodyText = "The bridge will cost $48.5 million, the council said.";
  const article = await createArticle(db, { title: "Bridge vote", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText, authorId: admin.id });
  const [claim] = await insertClaims(db, [
    { articleId: article.id, start: 0, end: bodyText.length, exact: bodyText, prefix: "", suffix: "", kind: "statistic", claimant: null, score: 0.9, checkworthy: true, reasons: [], origin: "suggested", status: "proposed", createdById: null },
  ]);
  await decideClaim(db, { claimId: claim.id, expectedVersion: claim.version, decision: "accept", actorId: admin.id });
  await assignClaims(db, { claimIds: [claim.id], reviewerId: rita.id, actorId: admin.id, dueAt: null, priority: "normal", note: "Budget papers" });
  const content = { verdictKey: "accurate", rationale: "", evidence: [] };
  let expected: { verdictId: string | null; version: number | null } = { verdictId: null, version: null };
  for (const submit of [false, false, true]) {
    const saved = await saveVerdict(db, { claimId: claim.id, actorId: rita.id, expected, content: { ...content, rationale: `Draft ${Math.random()}` }, submit });
    if (!saved.ok) throw new Error(`save failed: ${saved.reason}`);
    expected = { verdictId: saved.verdict.id, version: saved.verdict.version };
  }
  return { db, admin, rita, article, claim };
}

test("the trail newest first, each event with its claim and article; drafts only when asked", async () => {
  const { db, article, claim } = await deskWithHistory();
  const { rows, more } = await listActivity(db, { entityTypes: everything });
  expect(more).toBe(false);
  expect(rows.map((r) => r.action)).toEqual(["verdict.submitted", "claim.assigned", "claim.accepted", "article.created", "user.created", "user.created"]);
  const submitted = rows[0];
  expect(submitted).toMatchObject({ actorName: "Rita", claimId: claim.id, claimText: claim.exact, articleId: article.id, articleTitle: "Bridge vote" });
  expect(rows[3]).toMatchObject({ action: "article.created", articleId: article.id, claimId: null });
  expect(rows[4]).toMatchObject({ action: "user.created", subjectName: "Rita", articleId: null });
  expect(rows[5]).toMatchObject({ action: "user.created", subjectName: "Ada" });

  const withDrafts = await listActivity(db, { entityTypes: everything, includeDrafts: true });
  expect(withDrafts.rows.filter((r) => r.action === "verdict.draft_saved")).toHaveLength(2);
});

test("filters by kind, person and time, and pages by cursor without losing or repeating a row", async () => {
  const { db, admin, rita } = await deskWithHistory();
  const verdictsOnly = await listActivity(db, { entityTypes: KIND_ENTITY_TYPES.verdicts, includeDrafts: true });
  expect(verdictsOnly.rows.every((r) => r.entityType === "verdict")).toBe(true);
  expect(verdictsOnly.rows).toHaveLength(3);
  // Editors do not see people and access.
  const editorKinds = kindsFor("editor").flatMap((kind) => KIND_ENTITY_TYPES[kind]);
  expect((await listActivity(db, { entityTypes: editorKinds })).rows.some((r) => r.entityType === "user")).toBe(false);

  const ritas = await listActivity(db, { entityTypes: everything, actorId: rita.id, includeDrafts: true });
  expect(ritas.rows.map((r) => r.action)).toEqual(["verdict.submitted", "verdict.draft_saved", "verdict.draft_saved"]);
  const admins = await listActivity(db, { entityTypes: everything, actorId: admin.id });
  expect(admins.rows.every((r) => r.actorName === "Ada")).toBe(true);

  expect((await listActivity(db, { entityTypes: everything, until: new Date(Date.now() - 60_000) })).rows).toEqual([]);
  expect((await listActivity(db, { entityTypes: everything, from: new Date(Date.now() - 60_000) })).rows).toHaveLength(6);

  // Two at a time, all events (drafts too): the pages join up to the whole trail.
  const all = (await listActivity(db, { entityTypes: everything, includeDrafts: true })).rows.map((r) => r.id);
  const paged: string[] = [];
  let page = await listActivity(db, { entityTypes: everything, includeDrafts: true, limit: 2 });
  paged.push(...page.rows.map((r) => r.id));
  while (page.more) {
    page = await listActivity(db, { entityTypes: everything, includeDrafts: true, limit: 2, before: page.rows.at(-1)!.cursor });
    paged.push(...page.rows.map((r) => r.id));
  }
  expect(paged).toEqual(all);
  expect(all).toHaveLength(8);
  // The export's iterator reads the same pages.
  const iterated: string[] = [];
  for await (const row of iterateActivity(db, { entityTypes: everything, includeDrafts: true }, 3)) iterated.push(row.id);
  expect(iterated).toEqual(all);
});

test("the page walks the time index newest first (or the person's), never gathering every event of a kind to sort", async () => {
  const client = openClient(":memory:");
  const db = createDatabase(client);
  await migrateDatabase(db);
  const plan = async (filter: Parameters<typeof activityQuery>[1]) => {
    const query = activityQuery(db, filter, 51).toSQL();
    const result = await client.execute({ sql: `EXPLAIN QUERY PLAN ${query.sql}`, args: query.params as InArgs });
    return result.rows.map((row) => String(row.detail)).join("\n");
  };
  const newest = await plan({ entityTypes: everything });
  expect(newest).toMatch(/audit_events USING INDEX audit_created_idx/);
  expect(newest).not.toMatch(/TEMP B-TREE/);
  expect(await plan({ entityTypes: KIND_ENTITY_TYPES.verdicts })).toMatch(/audit_events USING INDEX audit_created_idx/);
  expect(await plan({ entityTypes: everything, before: { at: Date.now(), seq: 10 } })).toMatch(/audit_created_idx \(created_at<\?\)/);
  const person = await plan({ entityTypes: everything, actorId: "someone" });
  expect(person).toMatch(/audit_actor_idx \(actor_id=\?\)/);
  expect(person).not.toMatch(/TEMP B-TREE/);
});
