import { beforeEach, describe, expect, test } from "vitest";
import { eq, inArray } from "drizzle-orm";
import type { Database } from "../index";
import { claims } from "../schema";
import { createTestDatabase } from "../testing";
import { listAuditForEntity } from "./audit";
import { countPendingCorrections, createCorrection, discardCorrection, getCorrection, getCorrectionDraftSource, updateCorrection } from "./corrections";
import { iterateCorrectionsLog, listArticlesWithCorrections, listCorrectionsLog } from "./corrections-log";
import { buildMemoInput } from "./memo";
import { getArticleReadiness } from "./workspace";
import { HOSTILE, seedArticle, seedPeople, seedVerdict } from "./corrections.fixtures";

let db: Database;
let people: Awaited<ReturnType<typeof seedPeople>>;
beforeEach(async () => {
  db = await createTestDatabase();
  people = await seedPeople(db);
});

/** A draft correction of a claim whose verdict (Inaccurate) is signed off, only submitted, or (null) for the test to seed. */
async function draft({ verdict = "approved" }: { verdict?: "approved" | "submitted" | null } = {}) {
  const { articleId, claims } = await seedArticle(db, people.editor.id, ["The city has 169 schools.", HOSTILE]);
  if (verdict) await seedVerdict(db, { claimId: claims[0].id, number: 1, key: "inaccurate", state: verdict, reviewerId: people.reviewer.id, approverId: verdict === "approved" ? people.editor.id : null });
  const correction = await createCorrection(db, {
    articleId,
    claimId: claims[0].id,
    type: "correction",
    originalText: claims[0].exact,
    correctedText: "The city has 196 schools.",
    note: "An earlier version of this article misstated the city has 169 schools. It is 196.",
    actorId: people.editor.id,
  });
  return { articleId, claims, correction };
}

describe("corrections", () => {
  test("a correction of a claim whose verdict is not signed off yet may be drafted, not approved or published", async () => {
    const { correction } = await draft({ verdict: "submitted" });
    for (const status of ["approved", "published"] as const) {
      expect(await updateCorrection(db, { correctionId: correction.id, expectedVersion: 1, actorId: people.admin.id, patch: { status } })).toMatchObject({ ok: false, reason: status === "approved" ? "verdict_not_approved" : "invalid_transition" });
    }
    expect(await updateCorrection(db, { correctionId: correction.id, expectedVersion: 1, actorId: people.editor.id, patch: { note: "Still drafting." } })).toMatchObject({ ok: true });
    expect((await getCorrection(db, correction.id))?.status).toBe("draft");
  });

  test("a draft is edited, approved and published, each step audited", async () => {
    const { correction } = await draft();
    expect(correction).toMatchObject({ status: "draft", version: 1, publishedAt: null });

    const edited = await updateCorrection(db, { correctionId: correction.id, expectedVersion: 1, actorId: people.editor.id, patch: { note: HOSTILE } });
    expect(edited.ok && edited.correction).toMatchObject({ note: HOSTILE, version: 2 });

    const approved = await updateCorrection(db, { correctionId: correction.id, expectedVersion: 2, actorId: people.admin.id, patch: { status: "approved" } });
    expect(approved.ok && approved.correction).toMatchObject({ status: "approved", approvedById: people.admin.id });

    const at = new Date("2025-03-04T09:30:00Z");
    const published = await updateCorrection(db, { correctionId: correction.id, expectedVersion: 3, actorId: people.editor.id, patch: { status: "published" }, now: at });
    expect(published.ok && published.correction).toMatchObject({ status: "published", publishedAt: at, version: 4 });

    const trail = await listAuditForEntity(db, { entityType: "correction", entityId: correction.id });
    expect(trail.map((e) => e.action)).toEqual(["correction.created", "correction.updated", "correction.approved", "correction.published"]);
    expect(trail[1]).toMatchObject({ after: { note: HOSTILE }, actorName: "Ed Editor" });
    expect(published.ok && published.correction.amendedAt).toBeNull();
  });

  test("a published correction reworded is dated as amended; saved unchanged, it is not", async () => {
    const { correction } = await draft();
    await updateCorrection(db, { correctionId: correction.id, expectedVersion: 1, actorId: people.admin.id, patch: { status: "approved" } });
    await updateCorrection(db, { correctionId: correction.id, expectedVersion: 2, actorId: people.admin.id, patch: { status: "published" } });
    const same = await updateCorrection(db, { correctionId: correction.id, expectedVersion: 3, actorId: people.editor.id, patch: { note: correction.note, type: correction.type } });
    expect(same.ok && same.correction.amendedAt).toBeNull();
    const at = new Date("2025-03-05T08:00:00Z");
    const reworded = await updateCorrection(db, { correctionId: correction.id, expectedVersion: 4, actorId: people.editor.id, patch: { note: "An earlier version misstated the number of schools. There are 196." }, now: at });
    expect(reworded.ok && reworded.correction).toMatchObject({ amendedAt: at, status: "published" });
    const [logged] = (await listCorrectionsLog(db, { from: new Date(0), to: new Date("9999-01-01") })).entries;
    expect(logged).toMatchObject({ amendedAt: at });
    const memo = await buildMemoInput(db, { articleId: correction.articleId, generatedAt: new Date() });
    expect(memo?.corrections[0]).toMatchObject({ amendedAt: at.toISOString() });
  });

  test("a stale version is a conflict and changes nothing", async () => {
    const { correction } = await draft();
    await updateCorrection(db, { correctionId: correction.id, expectedVersion: 1, actorId: people.editor.id, patch: { note: "first" } });
    const stale = await updateCorrection(db, { correctionId: correction.id, expectedVersion: 1, actorId: people.admin.id, patch: { note: "second" } });
    expect(stale).toMatchObject({ ok: false, reason: "conflict", current: { note: "first", version: 2 } });
  });

  test.each([
    ["draft", "published"],
    ["published", "draft"],
  ] as const)("%s → %s is refused", async (from, to) => {
    const { correction } = await draft();
    let version = 1;
    for (const step of from === "published" ? (["approved", "published"] as const) : []) {
      const r = await updateCorrection(db, { correctionId: correction.id, expectedVersion: version, actorId: people.editor.id, patch: { status: step } });
      if (!r.ok) throw new Error("setup");
      version = r.correction.version;
    }
    const result = await updateCorrection(db, { correctionId: correction.id, expectedVersion: version, actorId: people.editor.id, patch: { status: to } });
    expect(result).toMatchObject({ ok: false, reason: "invalid_transition" });
  });

  test("an approved correction can go back to draft, dropping its approver", async () => {
    const { correction } = await draft();
    await updateCorrection(db, { correctionId: correction.id, expectedVersion: 1, actorId: people.admin.id, patch: { status: "approved" } });
    const back = await updateCorrection(db, { correctionId: correction.id, expectedVersion: 2, actorId: people.editor.id, patch: { status: "draft" } });
    expect(back.ok && back.correction).toMatchObject({ status: "draft", approvedById: null });
    expect(await countPendingCorrections(db, correction.articleId)).toBe(1);
  });

  test("blank corrected text may be saved in a draft but is refused on approving, and changes nothing", async () => {
    const { correction } = await draft();
    const saved = await updateCorrection(db, { correctionId: correction.id, expectedVersion: 1, actorId: people.editor.id, patch: { correctedText: "   " } });
    expect(saved.ok && saved.correction).toMatchObject({ status: "draft", correctedText: "   ", version: 2 });

    const refused = await updateCorrection(db, { correctionId: correction.id, expectedVersion: 2, actorId: people.admin.id, patch: { status: "approved" } });
    expect(refused).toMatchObject({ ok: false, reason: "incomplete", gaps: { correctedText: "Write the corrected text before approving." } });
    // Blanked in the same save as the approval: refused just the same.
    const together = await updateCorrection(db, { correctionId: correction.id, expectedVersion: 2, actorId: people.admin.id, patch: { correctedText: "196", note: " \n ", status: "approved" } });
    expect(together).toMatchObject({ ok: false, reason: "incomplete", gaps: { note: "Write the note readers will see before approving." } });
    expect(await getCorrection(db, correction.id)).toMatchObject({ status: "draft", version: 2, approvedById: null });
    const trail = await listAuditForEntity(db, { entityType: "correction", entityId: correction.id });
    expect(trail.map((e) => e.action)).toEqual(["correction.created", "correction.updated"]);
  });

  test("an approved or published correction keeps its corrected text", async () => {
    const { correction } = await draft();
    await updateCorrection(db, { correctionId: correction.id, expectedVersion: 1, actorId: people.admin.id, patch: { status: "approved" } });
    const blanked = await updateCorrection(db, { correctionId: correction.id, expectedVersion: 2, actorId: people.editor.id, patch: { correctedText: "" } });
    expect(blanked).toMatchObject({ ok: false, reason: "incomplete", gaps: { correctedText: "Write the corrected text: an approved correction needs it." } });
    // Back to draft is always allowed, blank or not.
    const reopened = await updateCorrection(db, { correctionId: correction.id, expectedVersion: 2, actorId: people.editor.id, patch: { correctedText: "", status: "draft" } });
    expect(reopened.ok && reopened.correction).toMatchObject({ status: "draft", correctedText: "" });
    await updateCorrection(db, { correctionId: correction.id, expectedVersion: 3, actorId: people.admin.id, patch: { correctedText: "196", status: "approved" } });
    const published = await updateCorrection(db, { correctionId: correction.id, expectedVersion: 4, actorId: people.admin.id, patch: { status: "published" } });
    expect(published.ok).toBe(true);
    const unpublishedText = await updateCorrection(db, { correctionId: correction.id, expectedVersion: 5, actorId: people.editor.id, patch: { correctedText: " " } });
    expect(unpublishedText).toMatchObject({ ok: false, reason: "incomplete", gaps: { correctedText: "Write the corrected text: a published correction needs it." } });
    // Turned into an editor's note, it may be published without corrected text.
    const note = await updateCorrection(db, { correctionId: correction.id, expectedVersion: 5, actorId: people.editor.id, patch: { type: "editors_note", correctedText: "" } });
    expect(note.ok && note.correction).toMatchObject({ status: "published", type: "editors_note", correctedText: "" });
  });

  test("the draft source gives the anchored text and the newest approved verdict", async () => {
    const { claims } = await draft({ verdict: null });
    await seedVerdict(db, { claimId: claims[0].id, number: 1, key: "mixed", state: "superseded", reviewerId: people.reviewer.id });
    await seedVerdict(db, { claimId: claims[0].id, number: 2, key: "inaccurate", state: "approved", reviewerId: people.reviewer.id, approverId: people.editor.id });
    await seedVerdict(db, { claimId: claims[0].id, number: 3, key: "accurate", state: "draft", reviewerId: people.reviewer.id });
    const source = await getCorrectionDraftSource(db, claims[0].id);
    expect(source).toMatchObject({ claim: { exact: "The city has 169 schools." }, article: { title: "City budget" }, approvedVerdictKey: "inaccurate" });
    expect(source?.existing).toHaveLength(1);
    expect(await getCorrectionDraftSource(db, "missing")).toBeUndefined();
    expect((await getCorrectionDraftSource(db, claims[1].id))?.approvedVerdictKey).toBeNull();
  });

  describe("discarding", () => {
    const everything = { from: new Date(0), to: new Date("9999-01-01") };

    test("a draft drafted by mistake is discarded: it stops blocking readiness and leaves the log, memo and exports", async () => {
      const { articleId, claims, correction } = await draft();
      expect(await countPendingCorrections(db, articleId)).toBe(1);
      expect((await getArticleReadiness(db, articleId)).blockers).toContain("1 correction is not yet published");

      const result = await discardCorrection(db, { correctionId: correction.id, expectedVersion: 1, actorId: people.admin.id });
      expect(result).toMatchObject({ ok: true, discarded: { id: correction.id, status: "draft" } });

      expect(await getCorrection(db, correction.id)).toBeUndefined();
      expect(await countPendingCorrections(db, articleId)).toBe(0);
      expect((await getArticleReadiness(db, articleId)).blockers).not.toContain("1 correction is not yet published");
      expect((await listCorrectionsLog(db, everything)).entries).toEqual([]);
      const exported = [];
      for await (const c of iterateCorrectionsLog(db, everything)) exported.push(c);
      expect(exported).toEqual([]);
      expect(await listArticlesWithCorrections(db)).toEqual([]);
      expect((await getCorrectionDraftSource(db, claims[0].id))?.existing).toEqual([]);
      const memo = await buildMemoInput(db, { articleId, generatedAt: new Date() });
      expect(memo?.corrections).toEqual([]);
    });

    test("the audit trail keeps what a discarded correction said, who discarded it, and the events before it", async () => {
      const { claims, correction } = await draft();
      await updateCorrection(db, { correctionId: correction.id, expectedVersion: 1, actorId: people.editor.id, patch: { note: HOSTILE } });
      await discardCorrection(db, { correctionId: correction.id, expectedVersion: 2, actorId: people.admin.id });
      const trail = await listAuditForEntity(db, { entityType: "correction", entityId: correction.id });
      expect(trail.map((e) => e.action)).toEqual(["correction.created", "correction.updated", "correction.discarded"]);
      expect(trail[2]).toMatchObject({
        actorName: "Ada Admin",
        before: { type: "correction", status: "draft", claimId: claims[0].id, originalText: "The city has 169 schools.", correctedText: "The city has 196 schools.", note: HOSTILE, version: 2 },
        after: { status: "discarded" },
      });
    });

    test("an approved correction that has not run can be discarded too", async () => {
      const { articleId, correction } = await draft();
      await updateCorrection(db, { correctionId: correction.id, expectedVersion: 1, actorId: people.admin.id, patch: { status: "approved" } });
      expect(await discardCorrection(db, { correctionId: correction.id, expectedVersion: 2, actorId: people.editor.id })).toMatchObject({ ok: true });
      expect(await countPendingCorrections(db, articleId)).toBe(0);
    });

    test("a published correction is never discarded; readers have seen it", async () => {
      const { correction } = await draft();
      await updateCorrection(db, { correctionId: correction.id, expectedVersion: 1, actorId: people.admin.id, patch: { status: "approved" } });
      await updateCorrection(db, { correctionId: correction.id, expectedVersion: 2, actorId: people.admin.id, patch: { status: "published" } });
      const refused = await discardCorrection(db, { correctionId: correction.id, expectedVersion: 3, actorId: people.editor.id });
      expect(refused).toMatchObject({ ok: false, reason: "published" });
      expect(await getCorrection(db, correction.id)).toMatchObject({ status: "published", version: 3 });
      const trail = await listAuditForEntity(db, { entityType: "correction", entityId: correction.id });
      expect(trail.map((e) => e.action)).not.toContain("correction.discarded");
    });

    test("a stale version is a conflict and keeps the correction; a missing one is not found", async () => {
      const { correction } = await draft();
      await updateCorrection(db, { correctionId: correction.id, expectedVersion: 1, actorId: people.editor.id, patch: { note: "Rewritten." } });
      const stale = await discardCorrection(db, { correctionId: correction.id, expectedVersion: 1, actorId: people.admin.id });
      expect(stale).toMatchObject({ ok: false, reason: "conflict", current: { note: "Rewritten.", version: 2 } });
      expect(await getCorrection(db, correction.id)).toBeDefined();
      await discardCorrection(db, { correctionId: correction.id, expectedVersion: 2, actorId: people.admin.id });
      expect(await discardCorrection(db, { correctionId: correction.id, expectedVersion: 2, actorId: people.admin.id })).toEqual({ ok: false, reason: "not_found" });
    });
  });
});

describe("a correction of a dismissed claim", () => {
  test("may be edited as a draft but not approved or published until the claim is restored", async () => {
    const { claims: seeded, correction } = await draft();
    await db.update(claims).set({ status: "dismissed" }).where(eq(claims.id, seeded[0].id));
    const approve = await updateCorrection(db, { correctionId: correction.id, expectedVersion: 1, actorId: people.admin.id, patch: { status: "approved" } });
    expect(approve).toMatchObject({ ok: false, reason: "claim_dismissed" });
    expect((await getCorrection(db, correction.id))?.status).toBe("draft");
    const edited = await updateCorrection(db, { correctionId: correction.id, expectedVersion: 1, actorId: people.editor.id, patch: { note: "Kept for now." } });
    expect(edited.ok).toBe(true);
    await db.update(claims).set({ status: "approved" }).where(eq(claims.id, seeded[0].id));
    expect((await updateCorrection(db, { correctionId: correction.id, expectedVersion: 2, actorId: people.admin.id, patch: { status: "approved" } })).ok).toBe(true);
  });
});

describe("readiness and the corrections approved verdicts call for", () => {
  test("an approved Inaccurate claim with no correction blocks; a draft then blocks as pending; published, the article is ready", async () => {
    const { articleId, claims: seeded } = await seedArticle(db, people.editor.id, ["The city has 169 schools.", "The mayor took office in 2022."]);
    await db.update(claims).set({ status: "approved" }).where(inArray(claims.id, seeded.map((c) => c.id)));
    await seedVerdict(db, { claimId: seeded[0].id, number: 1, key: "inaccurate", state: "approved", reviewerId: people.reviewer.id, approverId: people.editor.id });
    await seedVerdict(db, { claimId: seeded[1].id, number: 1, key: "accurate", state: "approved", reviewerId: people.reviewer.id, approverId: people.editor.id });

    const missing = (await getArticleReadiness(db, articleId)).blockers.filter((b) => b.includes("was approved as"));
    expect(missing).toEqual(["“The city has 169 schools.” was approved as Inaccurate: draft its correction, or fix the text and have it checked again"]);

    const correction = await createCorrection(db, {
      articleId, claimId: seeded[0].id, type: "correction", originalText: seeded[0].exact, correctedText: "The city has 196 schools.",
      note: "An earlier version of this article misstated the number of schools. It is 196.", actorId: people.editor.id,
    });
    const drafted = (await getArticleReadiness(db, articleId)).blockers;
    expect(drafted.some((b) => b.includes("was approved as"))).toBe(false);
    expect(drafted).toContain("1 correction is not yet published");

    await updateCorrection(db, { correctionId: correction.id, expectedVersion: 1, actorId: people.admin.id, patch: { status: "approved" } });
    await updateCorrection(db, { correctionId: correction.id, expectedVersion: 2, actorId: people.admin.id, patch: { status: "published" } });
    const after = (await getArticleReadiness(db, articleId)).blockers;
    expect(after.filter((b) => b.includes("correction"))).toEqual([]);
  });
});
