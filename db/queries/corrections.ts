import { and, asc, desc, eq, ne, sql } from "drizzle-orm";
import { correctionGaps, type CorrectionGaps } from "@/lib/corrections";
import type { CorrectionStatus, CorrectionType } from "@/lib/workflow/statuses";
import type { Database, DbOrTx } from "../index";
import { articles, claims, corrections, verdictScale, verdicts } from "../schema";
import { recordAuditEvent } from "./audit";
import { doneUnderKey, rememberKey } from "./request-keys";
import { WRITE } from "./write-transaction";

export type CorrectionRow = typeof corrections.$inferSelect;

/**
 * Which status a correction may move to from each status. Forward one step at a
 * time (draft → approved → published), and an approved correction can go back to
 * draft; a published one stays published, because readers have seen it — later
 * fixes are edits to its text, which the audit trail records.
 */
export const CORRECTION_TRANSITIONS: Readonly<Record<CorrectionStatus, readonly CorrectionStatus[]>> = {
  draft: ["approved"],
  approved: ["draft", "published"],
  published: [],
};

export type NewCorrection = {
  articleId: string;
  claimId: string | null;
  type: CorrectionType;
  originalText: string;
  correctedText: string;
  note: string;
  actorId: string;
};

/**
 * Creates a draft correction and audits it, in one transaction. With a
 * `requestKey` the form sent before (its answer lost), the draft that try made.
 */
export async function createCorrection(db: Database, input: NewCorrection & { requestKey?: string }): Promise<CorrectionRow> {
  return db.transaction(async (tx) => {
    const request = input.requestKey ? { key: input.requestKey, userId: input.actorId, kind: "correction" as const } : null;
    const done = request ? await doneUnderKey(tx, request) : null;
    const earlier = done ? await getCorrection(tx, done) : undefined;
    if (earlier) return earlier;
    const [row] = await tx
      .insert(corrections)
      .values({
        articleId: input.articleId,
        claimId: input.claimId,
        type: input.type,
        originalText: input.originalText,
        correctedText: input.correctedText,
        note: input.note,
        createdById: input.actorId,
        updatedAt: new Date(),
      })
      .returning();
    await recordAuditEvent(tx, {
      actorId: input.actorId,
      entityType: "correction",
      entityId: row.id,
      articleId: row.articleId,
      action: "correction.created",
      after: { type: row.type, status: row.status, claimId: row.claimId, note: row.note },
    });
    if (request) await rememberKey(tx, { ...request, resultId: row.id });
    return row;
  }, WRITE);
}

export async function getCorrection(db: DbOrTx, id: string): Promise<CorrectionRow | undefined> {
  const [row] = await db.select().from(corrections).where(eq(corrections.id, id)).limit(1);
  return row;
}

export type CorrectionPatch = Partial<Pick<CorrectionRow, "type" | "originalText" | "correctedText" | "note" | "status">>;

export type UpdateCorrectionResult =
  | { ok: true; correction: CorrectionRow }
  | { ok: false; reason: "not_found" | "conflict" | "invalid_transition" | "claim_dismissed" | "verdict_not_approved"; current?: CorrectionRow }
  | { ok: false; reason: "incomplete"; gaps: CorrectionGaps; current: CorrectionRow };

/**
 * Edits a correction and/or moves its status, optimistically: it succeeds only if
 * nobody saved the correction since `expectedVersion` was read. Approving records
 * the approver; publishing stamps the time. One audit event per save names the
 * action (`correction.updated`, `.approved`, `.published`, `.reopened`) with the
 * fields that changed before and after. A correction that would be approved or
 * published (or stay so) without the text readers need is refused as
 * "incomplete", with a message per missing field; drafts may be incomplete.
 */
export async function updateCorrection(
  db: Database,
  params: { correctionId: string; expectedVersion: number; actorId: string; patch: CorrectionPatch; now?: Date },
): Promise<UpdateCorrectionResult> {
  return db.transaction(async (tx) => {
    const current = await getCorrection(tx, params.correctionId);
    if (!current) return { ok: false, reason: "not_found" };
    if (current.version !== params.expectedVersion) return { ok: false, reason: "conflict", current };
    const nextStatus = params.patch.status ?? current.status;
    if (nextStatus !== current.status && !CORRECTION_TRANSITIONS[current.status].includes(nextStatus)) {
      return { ok: false, reason: "invalid_transition", current };
    }
    // A correction of a claim the desk has since dismissed (its sentence cut, or not a
    // fact after all) corrects nothing: it may be kept as a draft or discarded, not sent on.
    if (nextStatus !== current.status && (nextStatus === "approved" || nextStatus === "published") && current.claimId) {
      const [claim] = await tx.select({ status: claims.status }).from(claims).where(eq(claims.id, current.claimId)).limit(1);
      if (claim?.status === "dismissed") return { ok: false, reason: "claim_dismissed", current };
      // Two people decide that a claim was wrong before readers are told so: the
      // verdict's sign-off comes first. (A reopened claim's approved verdict still stands.)
      const [approved] = await tx
        .select({ id: verdicts.id })
        .from(verdicts)
        .where(and(eq(verdicts.claimId, current.claimId), eq(verdicts.state, "approved")))
        .limit(1);
      if (!approved) return { ok: false, reason: "verdict_not_approved", current };
    }
    // Checked here, not only in the form, so no caller can approve or publish an empty correction.
    const { patch } = params;
    const content = { type: patch.type ?? current.type, correctedText: patch.correctedText ?? current.correctedText, note: patch.note ?? current.note };
    const gaps = correctionGaps(content, current.status, nextStatus);
    if (Object.keys(gaps).length > 0) return { ok: false, reason: "incomplete", gaps, current };
    const now = params.now ?? new Date();
    const set: Partial<CorrectionRow> = { ...params.patch, updatedAt: now };
    // Readers saw the published wording: a change to it is dated, and the log and exports say so.
    const reworded = (["type", "originalText", "correctedText", "note"] as const).some((key) => patch[key] !== undefined && patch[key] !== current[key]);
    if (current.status === "published" && nextStatus === "published" && reworded) set.amendedAt = now;
    if (nextStatus !== current.status) {
      if (nextStatus === "approved") set.approvedById = params.actorId;
      if (nextStatus === "published") set.publishedAt = now;
      if (nextStatus === "draft") set.approvedById = null;
    }
    const [row] = await tx
      .update(corrections)
      .set({ ...set, version: sql`${corrections.version} + 1` })
      .where(and(eq(corrections.id, current.id), eq(corrections.version, params.expectedVersion)))
      .returning();
    // Between the read and the write another connection may have saved: the
    // version condition is the final word.
    if (!row) return { ok: false, reason: "conflict", current: (await getCorrection(tx, current.id)) ?? current };
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const key of ["type", "originalText", "correctedText", "note", "status", "publishedAt"] as const) {
      if (String(current[key]) !== String(row[key])) {
        before[key] = current[key];
        after[key] = row[key];
      }
    }
    const action =
      nextStatus === current.status ? "correction.updated" : nextStatus === "draft" ? "correction.reopened" : `correction.${nextStatus}`;
    await recordAuditEvent(tx, { actorId: params.actorId, entityType: "correction", entityId: row.id, articleId: row.articleId, action, before, after });
    return { ok: true, correction: row };
  }, WRITE);
}

export type DiscardCorrectionResult =
  | { ok: true; discarded: CorrectionRow }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "conflict" | "published"; current: CorrectionRow };

/**
 * Discards an unpublished correction (a draft, or an approved one that has not
 * run), so a correction drafted by mistake stops holding the article back.
 *
 * The row is deleted rather than marked withdrawn. Readers never saw it, so the
 * newsroom's corrections log, the memo and every export should not list it, and
 * readiness should not count it: with the row gone, each of those is right
 * without learning a new status. What it said is not lost: the append-only audit
 * trail keeps a `correction.discarded` event with the whole correction as it was
 * (type, status, texts, note, claim, who drafted and approved it). A published
 * correction is refused, because readers have seen it; a newsroom answers it
 * with a new correction. Optimistic like every edit: a stale `expectedVersion`
 * is a conflict, so nobody discards wording they have not seen.
 */
export async function discardCorrection(
  db: Database,
  params: { correctionId: string; expectedVersion: number; actorId: string },
): Promise<DiscardCorrectionResult> {
  return db.transaction(async (tx) => {
    const current = await getCorrection(tx, params.correctionId);
    if (!current) return { ok: false, reason: "not_found" };
    if (current.status === "published") return { ok: false, reason: "published", current };
    if (current.version !== params.expectedVersion) return { ok: false, reason: "conflict", current };
    const [gone] = await tx
      .delete(corrections)
      .where(and(eq(corrections.id, current.id), eq(corrections.version, params.expectedVersion), ne(corrections.status, "published")))
      .returning();
    if (!gone) {
      const now = await getCorrection(tx, current.id);
      if (!now) return { ok: false, reason: "not_found" };
      return { ok: false, reason: now.status === "published" ? "published" : "conflict", current: now };
    }
    await recordAuditEvent(tx, {
      actorId: params.actorId,
      entityType: "correction",
      entityId: gone.id,
      articleId: gone.articleId,
      action: "correction.discarded",
      before: {
        type: gone.type,
        status: gone.status,
        claimId: gone.claimId,
        originalText: gone.originalText,
        correctedText: gone.correctedText,
        note: gone.note,
        createdById: gone.createdById,
        approvedById: gone.approvedById,
        createdAt: gone.createdAt,
        version: gone.version,
      },
      after: { status: "discarded" },
    });
    return { ok: true, discarded: gone };
  }, WRITE);
}

/** Corrections already written for a claim, newest first (the claim page lists them). */
export async function listCorrectionsForClaim(db: DbOrTx, claimId: string): Promise<CorrectionRow[]> {
  return db.select().from(corrections).where(eq(corrections.claimId, claimId)).orderBy(desc(corrections.createdAt), asc(corrections.id));
}

export type CorrectionDraftSource = {
  claim: { id: string; articleId: string; exact: string; text: string; status: string };
  article: { id: string; title: string };
  /** The claim's approved verdict key, or null when it has none yet. */
  approvedVerdictKey: string | null;
  /** The label it was approved under (kept with it), which a later rename of the scale does not change. */
  approvedLabel: string | null;
  existing: CorrectionRow[];
};

/**
 * What the "new correction" page needs for a claim: its anchored text, its
 * article, the verdict it was approved with (the newest approved version), and
 * the corrections it already has. Undefined when the claim does not exist.
 */
export async function getCorrectionDraftSource(db: DbOrTx, claimId: string): Promise<CorrectionDraftSource | undefined> {
  const [row] = await db
    .select({
      id: claims.id,
      articleId: claims.articleId,
      exact: claims.exact,
      text: claims.text,
      status: claims.status,
      articleTitle: articles.title,
    })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(eq(claims.id, claimId))
    .limit(1);
  if (!row) return undefined;
  const [verdict] = await db
    .select({ key: verdicts.verdictKey, label: verdicts.approvedLabel })
    .from(verdicts)
    .where(and(eq(verdicts.claimId, claimId), eq(verdicts.state, "approved")))
    .orderBy(desc(verdicts.number))
    .limit(1);
  const { articleTitle, ...claim } = row;
  return {
    claim,
    article: { id: row.articleId, title: articleTitle },
    approvedVerdictKey: verdict?.key ?? null,
    approvedLabel: verdict?.label ?? null,
    existing: await listCorrectionsForClaim(db, claimId),
  };
}

/** How many corrections of an article are not yet published (readiness: "no correction pending"). */
/**
 * The article's approved claims whose verdict needs a correction (the scale says
 * "yes": Misleading, Inaccurate) and that have none written, drafted or
 * published, with the label they were approved under. Readiness lists them: the
 * copy must be fixed (which sends the claim back for checking) or corrected.
 */
export async function listCorrectionsMissing(db: DbOrTx, articleId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ claimId: claims.id, label: sql<string>`coalesce(${verdicts.approvedLabel}, ${verdictScale.label})` })
    .from(verdicts)
    .innerJoin(claims, eq(claims.id, verdicts.claimId))
    .innerJoin(verdictScale, eq(verdictScale.key, verdicts.verdictKey))
    .where(
      and(
        eq(claims.articleId, articleId),
        eq(claims.status, "approved"),
        eq(verdicts.state, "approved"),
        eq(verdictScale.needsCorrection, "yes"),
        sql`not exists (select 1 from ${corrections} where ${corrections.claimId} = ${claims.id})`,
      ),
    );
  return new Map(rows.map((row) => [row.claimId, row.label]));
}

export async function countPendingCorrections(db: DbOrTx, articleId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(corrections)
    .where(and(eq(corrections.articleId, articleId), ne(corrections.status, "published")));
  return row?.n ?? 0;
}
