import { beforeEach, describe, expect, test } from "vitest";
import type { Database } from "../index";
import { createTestDatabase } from "../testing";
import { createArticle } from "./articles";
import { listAuditForEntity } from "./audit";
import { getClaim, insertClaims, updateClaimIfVersion, type ClaimRow } from "./claims";
import { QUEUE_TO_DO } from "@/lib/workflow/queue-next";
import { assignClaims, autoAssignArticle, listActiveAssigneesForArticle, listReviewerWorkloads, OPEN_WORK, planArticleAutoAssign, unassignClaim } from "./assignments";
import { listNotifications } from "./notifications";
import { createFirstAdministrator, createUser, updateUser } from "./users";

let db: Database;
let editorId: string;
let articleId: string;
let claimRows: ClaimRow[];

async function person(name: string, role: "reviewer" | "editor" = "reviewer"): Promise<string> {
  const result = await createUser(db, { name, email: `${name.toLowerCase()}@desk.test`, role, passwordHash: "h", actorId: editorId });
  if (!result.ok) throw new Error("setup");
  return result.user.id;
}

const terms = () => ({ actorId: editorId, dueAt: new Date("2030-01-01T10:00:00Z"), priority: "high" as const, note: "Check the census table" });
const termsWithSeconds = () => ({ ...terms(), dueAt: new Date("2030-01-01T10:00:27.151Z") });

beforeEach(async () => {
  db = await createTestDatabase();
  const admin = await createFirstAdministrator(db, { name: "Edna Editor", email: "edna@desk.test", passwordHash: "h" });
  if (!admin.ok) throw new Error("setup");
  editorId = admin.user.id;
  const text = "Rents doubled in ten years.\n\nThe bridge opened in 1932.\n\nCrime fell 12% last year.";
  articleId = (await createArticle(db, { title: "City report", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: text, authorId: editorId })).id;
  const spans = ["Rents doubled in ten years.", "The bridge opened in 1932.", "Crime fell 12% last year."];
  claimRows = await insertClaims(
    db,
    spans.map((exact) => ({
      articleId, start: text.indexOf(exact), end: text.indexOf(exact) + exact.length, exact, prefix: "", suffix: "",
      kind: "statistic" as const, claimant: null, score: 0.9, checkworthy: true, reasons: [], origin: "manual" as const, status: "open" as const, createdById: editorId,
    })),
  );
});

describe("assign, reassign, unassign", () => {
  test("assigning a selection moves each claim, notifies once and audits each", async () => {
    const rosa = await person("Rosa");
    const result = await assignClaims(db, { ...terms(), claimIds: [claimRows[0].id, claimRows[1].id], reviewerId: rosa });
    expect(result.ok && result.assigned.map((a) => a.claimId)).toEqual([claimRows[0].id, claimRows[1].id]);
    expect((await getClaim(db, claimRows[0].id))?.status).toBe("assigned");
    const inbox = await listNotifications(db, { userId: rosa });
    expect(inbox.map((n) => n.message)).toEqual(["You were assigned 2 claims on “City report”."]);
    const trail = await listAuditForEntity(db, { entityType: "claim", entityId: claimRows[0].id });
    expect(trail.at(-1)).toMatchObject({
      action: "claim.assigned",
      actorName: "Edna Editor",
      before: { status: "open", reviewer: null },
      after: { status: "assigned", reviewer: "Rosa", priority: "high", note: "Check the census table", dueAt: "2030-01-01T10:00:00.000Z" },
    });
  });

  test("reassigning ends the old assignment and tells both people", async () => {
    const [rosa, sam] = [await person("Rosa"), await person("Sam")];
    await assignClaims(db, { ...terms(), claimIds: [claimRows[0].id], reviewerId: rosa });
    await assignClaims(db, { ...terms(), claimIds: [claimRows[0].id], reviewerId: sam });
    expect(await listActiveAssigneesForArticle(db, articleId)).toEqual(new Map([[claimRows[0].id, { id: expect.any(String), name: "Sam" }]]));
    expect((await listNotifications(db, { userId: rosa }))[0].message).toBe("A claim on “City report” was reassigned to Sam.");
    const trail = await listAuditForEntity(db, { entityType: "claim", entityId: claimRows[0].id });
    expect(trail.at(-1)).toMatchObject({ action: "claim.reassigned", before: { reviewer: "Rosa" }, after: { reviewer: "Sam" } });
  });

  test("reassigning to the holder changes the terms: they are told that, not that a new claim came", async () => {
    const rosa = await person("Rosa");
    await assignClaims(db, { ...terms(), claimIds: [claimRows[0].id], reviewerId: rosa });
    const result = await assignClaims(db, { ...terms(), dueAt: new Date("2030-01-02T10:00:00Z"), claimIds: [claimRows[0].id], reviewerId: rosa });
    expect(result.ok && result.assigned.map((a) => [a.sameHolder, a.previousReviewerId])).toEqual([[true, null]]);
    expect((await listNotifications(db, { userId: rosa })).map((n) => n.message)).toEqual([
      "The due time, priority or note changed on a claim you hold: Rents doubled in ten years.",
      "You were assigned a claim on “City report”: Rents doubled in ten years.",
    ]);
    const trail = await listAuditForEntity(db, { entityType: "claim", entityId: claimRows[0].id });
    expect(trail.at(-1)).toMatchObject({ action: "claim.reassigned", after: { changed: ["due time"] } });
  });

  test("assigned again to its holder on the same terms: nothing is written and nobody is told", async () => {
    const rosa = await person("Rosa");
    await assignClaims(db, { ...termsWithSeconds(), claimIds: [claimRows[0].id], reviewerId: rosa });
    const trail = await listAuditForEntity(db, { entityType: "claim", entityId: claimRows[0].id });
    // The form gives due times to the minute: the stored time's seconds are no change.
    const again = await assignClaims(db, { ...terms(), dueAt: new Date("2030-01-01T10:00:00Z"), claimIds: [claimRows[0].id], reviewerId: rosa });
    expect(again.ok && again.assigned.map((a) => [a.sameHolder, a.unchanged])).toEqual([[true, true]]);
    expect(await listAuditForEntity(db, { entityType: "claim", entityId: claimRows[0].id })).toHaveLength(trail.length);
    expect(await listNotifications(db, { userId: rosa })).toHaveLength(1);
  });

  test("unassigning returns the claim to the open pool", async () => {
    const rosa = await person("Rosa");
    await assignClaims(db, { ...terms(), claimIds: [claimRows[0].id], reviewerId: rosa });
    expect(await unassignClaim(db, { claimId: claimRows[0].id, actorId: editorId })).toEqual({ ok: true, replayed: false });
    expect((await getClaim(db, claimRows[0].id))?.status).toBe("open");
    expect(await listActiveAssigneesForArticle(db, articleId)).toEqual(new Map());
    expect(await unassignClaim(db, { claimId: claimRows[0].id, actorId: editorId })).toEqual({ ok: false, reason: "bad_state" });
  });

  test("the same Unassign from an opened page arriving twice is done once; another editor's is a conflict", async () => {
    const rosa = await person("Rosa");
    const edgar = await person("Edgar", "editor");
    await assignClaims(db, { ...terms(), claimIds: [claimRows[0].id], reviewerId: rosa });
    const opened = (await getClaim(db, claimRows[0].id))!.version;
    expect(await unassignClaim(db, { claimId: claimRows[0].id, actorId: editorId, expectedVersion: opened })).toEqual({ ok: true, replayed: false });
    expect(await unassignClaim(db, { claimId: claimRows[0].id, actorId: editorId, expectedVersion: opened })).toEqual({ ok: true, replayed: true });
    expect(await unassignClaim(db, { claimId: claimRows[0].id, actorId: edgar, expectedVersion: opened })).toEqual({ ok: false, reason: "conflict" });
    expect((await listAuditForEntity(db, { entityType: "claim", entityId: claimRows[0].id })).filter((e) => e.action === "claim.unassigned")).toHaveLength(1);
    expect((await listNotifications(db, { userId: rosa })).filter((n) => n.kind === "unassigned")).toHaveLength(1);
  });

  test("claims go to reviewers only: an editor or an administrator is refused, as the Assign form never offers them", async () => {
    const edwina = await person("Edwina", "editor");
    expect(await assignClaims(db, { ...terms(), claimIds: [claimRows[0].id], reviewerId: edwina })).toEqual({ ok: false, reason: "reviewer_unavailable" });
    expect(await assignClaims(db, { ...terms(), claimIds: [claimRows[0].id], reviewerId: editorId })).toEqual({ ok: false, reason: "reviewer_unavailable" });
    expect((await getClaim(db, claimRows[0].id))?.status).toBe("open");
  });

  test("a deactivated person cannot be given work; a stale screen is a conflict", async () => {
    const rosa = await person("Rosa");
    await updateUser(db, { userId: rosa, actorId: editorId, active: false });
    expect(await assignClaims(db, { ...terms(), claimIds: [claimRows[0].id], reviewerId: rosa })).toEqual({ ok: false, reason: "reviewer_unavailable" });
    const sam = await person("Sam");
    const result = await assignClaims(db, { ...terms(), claimIds: [claimRows[0].id], reviewerId: sam, expectedVersions: { [claimRows[0].id]: 99 } });
    expect(result).toEqual({ ok: true, assigned: [], skipped: [{ claimId: claimRows[0].id, reason: "conflict" }] });
    expect((await getClaim(db, claimRows[0].id))?.status).toBe("open");
  });

  test("the same Assign arriving twice (its answer lost) is the assignment done, written and notified once; other terms or another editor's are a conflict", async () => {
    const rosa = await person("Rosa");
    const edgar = await person("Edgar", "editor");
    const opened = { [claimRows[0].id]: claimRows[0].version };
    const first = await assignClaims(db, { ...terms(), claimIds: [claimRows[0].id], reviewerId: rosa, expectedVersions: opened });
    expect(first.ok && first.assigned[0]).toMatchObject({ sameHolder: false });
    const again = await assignClaims(db, { ...terms(), claimIds: [claimRows[0].id], reviewerId: rosa, expectedVersions: opened });
    expect(again).toMatchObject({ ok: true, skipped: [], assigned: [{ claimId: claimRows[0].id, unchanged: true, replayed: true }] });
    expect((await listAuditForEntity(db, { entityType: "claim", entityId: claimRows[0].id })).filter((e) => e.action === "claim.assigned")).toHaveLength(1);
    expect(await listNotifications(db, { userId: rosa })).toHaveLength(1);
    const otherTerms = await assignClaims(db, { ...terms(), note: "Another note", claimIds: [claimRows[0].id], reviewerId: rosa, expectedVersions: opened });
    expect(otherTerms).toMatchObject({ ok: true, assigned: [], skipped: [{ reason: "conflict" }] });
    const otherEditor = await assignClaims(db, { ...terms(), actorId: edgar, claimIds: [claimRows[0].id], reviewerId: rosa, expectedVersions: opened });
    expect(otherEditor).toMatchObject({ ok: true, assigned: [], skipped: [{ reason: "conflict" }] });
  });

  test("deactivating someone puts the claims they still had to work on back in the pool, audited; handed-over work stays", async () => {
    const rosa = await person("Rosa");
    await assignClaims(db, { ...terms(), claimIds: [claimRows[0].id, claimRows[1].id], reviewerId: rosa });
    // One was handed over for sign-off: that is the editors' now, not Rosa's to finish.
    const handedOver = await getClaim(db, claimRows[1].id);
    await updateClaimIfVersion(db, { claimId: claimRows[1].id, expectedVersion: handedOver?.version ?? 0, patch: { status: "submitted" } });

    const updated = await updateUser(db, { userId: rosa, actorId: editorId, active: false });
    expect(updated?.released).toBe(1);
    expect((await getClaim(db, claimRows[0].id))?.status).toBe("open");
    expect((await getClaim(db, claimRows[1].id))?.status).toBe("submitted");
    expect((await listActiveAssigneesForArticle(db, articleId)).get(claimRows[0].id)).toBeUndefined();
    const trail = await listAuditForEntity(db, { entityType: "claim", entityId: claimRows[0].id });
    expect(trail.at(-1)).toMatchObject({ action: "claim.unassigned", after: { status: "open", reviewer: null, because: "holder deactivated" } });
    // Reactivating gives nothing back, and deactivating again releases nothing more.
    expect((await updateUser(db, { userId: rosa, actorId: editorId, active: true }))?.released).toBe(0);
    expect((await updateUser(db, { userId: rosa, actorId: editorId, active: false }))?.released).toBe(0);
  });

  test("a stale claim its holder must check again is open work: counted in their load, released when they are deactivated", async () => {
    const rosa = await person("Rosa");
    await assignClaims(db, { ...terms(), claimIds: [claimRows[0].id], reviewerId: rosa });
    const held = await getClaim(db, claimRows[0].id);
    await updateClaimIfVersion(db, { claimId: claimRows[0].id, expectedVersion: held?.version ?? 0, patch: { status: "stale" } });
    expect((await listReviewerWorkloads(db)).find((w) => w.id === rosa)?.openCount).toBe(1);
    expect((await updateUser(db, { userId: rosa, actorId: editorId, active: false }))?.released).toBe(1);
    expect((await getClaim(db, claimRows[0].id))?.status).toBe("open");
    // My queue counts the same statuses as work to do.
    expect([...OPEN_WORK].sort()).toEqual([...QUEUE_TO_DO].sort());
  });

  test("claims that cannot be assigned are skipped, not half-written", async () => {
    const rosa = await person("Rosa");
    const { id: _id, text: _text, version: _v, anchorState: _a, dismissReason: _d, dismissNote: _n, decidedById: _b, decidedAt: _t, createdAt: _c, updatedAt: _u, ...base } = claimRows[0];
    const [suggested] = await insertClaims(db, [{ ...base, status: "proposed", start: 0, end: 5 }]);
    const result = await assignClaims(db, { ...terms(), claimIds: [suggested.id, "missing"], reviewerId: rosa });
    expect(result).toEqual({ ok: true, assigned: [], skipped: [{ claimId: suggested.id, reason: "bad_state" }, { claimId: "missing", reason: "not_found" }] });
  });
});

describe("auto-assign and workloads", () => {
  test("spreads unassigned claims by open workload, never to a deactivated reviewer", async () => {
    const [ada, bea, old] = [await person("Ada"), await person("Bea"), await person("Aaron")];
    await person("Evan", "editor");
    await updateUser(db, { userId: old, actorId: editorId, active: false });
    await assignClaims(db, { ...terms(), claimIds: [claimRows[0].id], reviewerId: ada });
    expect(await listReviewerWorkloads(db)).toEqual([
      { id: ada, name: "Ada", email: "ada@desk.test", openCount: 1, awayUntil: null },
      { id: bea, name: "Bea", email: "bea@desk.test", openCount: 0, awayUntil: null },
    ]);
    // The preview is the plan the write follows, and writes nothing.
    const preview = await planArticleAutoAssign(db, { articleId });
    expect(preview).toEqual([{ claimId: claimRows[1].id, reviewerId: bea, reviewerName: "Bea" }, { claimId: claimRows[2].id, reviewerId: ada, reviewerName: "Ada" }]);
    expect(await listActiveAssigneesForArticle(db, articleId)).toHaveProperty("size", 1);
    const { assigned } = await autoAssignArticle(db, { ...terms(), articleId });
    // Bea has nothing, takes the first; then both have one and Ada wins on name.
    expect(assigned.map((a) => [a.claimId, a.reviewer.name])).toEqual([[claimRows[1].id, "Bea"], [claimRows[2].id, "Ada"]]);
    expect(await planArticleAutoAssign(db, { articleId })).toEqual([]);
    expect((await autoAssignArticle(db, { ...terms(), articleId })).assigned).toEqual([]);
  });
});
