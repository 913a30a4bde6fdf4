import { and, asc, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { ClaimStatus, EvidenceStance } from "@/lib/workflow/statuses";
import { nextStatus } from "@/lib/workflow/transitions";
import type { Database, DbOrTx } from "../index";
import { assignments, claims, evidenceItems, users, verdictScale, verdicts } from "../schema";
import { writeTransaction } from "./assignments";
import { recordAuditEvent } from "./audit";
import { updateClaimIfVersion } from "./claims";
import { notify } from "./notifications";

export type VerdictState = (typeof verdicts.$inferSelect)["state"];

export type EvidenceInput = {
  url: string;
  title: string;
  publisher: string;
  quote: string;
  /** The day the source was read, YYYY-MM-DD. */
  accessedOn: string;
  archiveUrl: string | null;
  stance: EvidenceStance;
};

/** What a reviewer writes: the verdict key from the scale, the rationale, the evidence. */
export type VerdictContent = { verdictKey: string | null; rationale: string; evidence: EvidenceInput[] };

export type VerdictView = VerdictContent & {
  id: string;
  claimId: string;
  number: number;
  state: VerdictState;
  reviewerId: string;
  reviewerName: string;
  approverId: string | null;
  approverName: string | null;
  submittedAt: Date | null;
  decidedAt: Date | null;
  returnComment: string | null;
  updatedAt: Date;
  version: number;
};

/** Identifies the verdict version a screen was showing: which row, at which version. */
export type VerdictToken = { verdictId: string | null; version: number | null };

const approvers = alias(users, "approvers");

/**
 * Verdict versions of a claim, newest first, with their evidence: one statement
 * (verdict × evidence rows), since the working verdict is read inside every
 * verdict write while the other writers wait.
 */
async function loadVerdicts(db: DbOrTx, claimId: string, newestOnly: boolean): Promise<VerdictView[]> {
  const newest = db.select({ id: verdicts.id }).from(verdicts).where(eq(verdicts.claimId, claimId)).orderBy(desc(verdicts.number)).limit(1);
  const rows = await db
    .select({ verdict: verdicts, reviewerName: users.name, approverName: approvers.name, item: evidenceItems })
    .from(verdicts)
    .innerJoin(users, eq(users.id, verdicts.reviewerId))
    .leftJoin(approvers, eq(approvers.id, verdicts.approverId))
    .leftJoin(evidenceItems, eq(evidenceItems.verdictId, verdicts.id))
    .where(newestOnly ? eq(verdicts.id, newest) : eq(verdicts.claimId, claimId))
    .orderBy(desc(verdicts.number), asc(evidenceItems.position), asc(evidenceItems.createdAt));
  const found = new Map<string, { verdict: VerdictRow; reviewerName: string; approverName: string | null; evidence: EvidenceInput[] }>();
  for (const { verdict, reviewerName, approverName, item } of rows) {
    let entry = found.get(verdict.id);
    if (!entry) {
      entry = { verdict, reviewerName, approverName: approverName ?? null, evidence: [] };
      found.set(verdict.id, entry);
    }
    if (item) entry.evidence.push(item);
  }
  // A Map keeps insertion order: newest version first, as the rows came.
  return [...found.values()].map((entry) => toView(entry.verdict, entry.reviewerName, entry.approverName, entry.evidence));
}

type VerdictRow = typeof verdicts.$inferSelect;

/** One shape for a verdict wherever it comes from (a read, or the row a write returned). */
function toView(verdict: VerdictRow, reviewerName: string, approverName: string | null, evidence: EvidenceInput[]): VerdictView {
  return {
    id: verdict.id,
    claimId: verdict.claimId,
    number: verdict.number,
    state: verdict.state,
    verdictKey: verdict.verdictKey,
    rationale: verdict.rationale,
    reviewerId: verdict.reviewerId,
    reviewerName,
    approverId: verdict.approverId,
    approverName,
    submittedAt: verdict.submittedAt,
    decidedAt: verdict.decidedAt,
    returnComment: verdict.returnComment,
    updatedAt: verdict.updatedAt,
    version: verdict.version,
    evidence: evidence.map(({ url, title, publisher, quote, accessedOn, archiveUrl, stance }) => ({ url, title, publisher, quote, accessedOn, archiveUrl, stance })),
  };
}

/** The verdict being worked on or last decided for a claim (the highest number), or null. */
export async function getWorkingVerdict(db: DbOrTx, claimId: string): Promise<VerdictView | null> {
  return (await loadVerdicts(db, claimId, true))[0] ?? null;
}

/** Every verdict version of a claim, newest first, each with its evidence. */
export async function listVerdictVersions(db: DbOrTx, claimId: string): Promise<VerdictView[]> {
  return loadVerdicts(db, claimId, false);
}

/** Whether a screen's token still names the working verdict at its current version. */
export function tokenMatches(working: VerdictView | null, token: VerdictToken): boolean {
  if (!working) return token.verdictId === null;
  return working.id === token.verdictId && working.version === token.version;
}

/** Replaces a verdict version's evidence; items belong to one version only, so drafts rewrite them whole. */
export async function replaceEvidence(db: DbOrTx, verdictId: string, evidence: EvidenceInput[]): Promise<void> {
  await db.delete(evidenceItems).where(eq(evidenceItems.verdictId, verdictId));
  if (evidence.length === 0) return;
  await db.insert(evidenceItems).values(evidence.map((item, position) => ({ ...item, verdictId, position })));
}

/** A short, comparable summary of a verdict for audit before/after. */
export function verdictSummary(v: Pick<VerdictView, "state" | "verdictKey" | "rationale" | "evidence"> | null) {
  if (!v) return null;
  return { state: v.state, verdict: v.verdictKey, rationale: v.rationale, evidence: v.evidence.length };
}

export type SaveVerdictResult =
  | { ok: true; verdict: VerdictView; claimStatus: ClaimStatus; claimVersion: number; statusChanged: boolean; articleId: string }
  | { ok: false; reason: "not_found" | "not_assigned" | "bad_state"; claimStatus?: ClaimStatus }
  | { ok: false; reason: "conflict"; current: VerdictView | null; claimStatus: ClaimStatus };

/**
 * Saves the reviewer's verdict as a draft or submits it for sign-off. Only the
 * person who holds the claim's active assignment may write, and only over the
 * version their screen showed (`expected`): otherwise the answer is a conflict
 * carrying the current verdict, and nothing is written. A draft is edited in
 * place; after a return or an approval the next save starts a new version, so
 * every decided version stays as it was. The writer becomes the verdict's author
 * for the two-person rule.
 */
export async function saveVerdict(
  db: Database,
  params: { claimId: string; actorId: string; expected: VerdictToken; content: VerdictContent; submit: boolean },
): Promise<SaveVerdictResult> {
  return writeTransaction(db, async (tx) => {
    // The claim and its active assignment in one statement: every statement here
    // runs while the other writers wait, so the write path keeps them few.
    const [found] = await tx
      .select({ claim: claims, reviewerId: assignments.reviewerId, assignedById: assignments.assignedById })
      .from(claims)
      .leftJoin(assignments, and(eq(assignments.claimId, claims.id), eq(assignments.active, true)))
      .where(eq(claims.id, params.claimId))
      .limit(1);
    if (!found) return { ok: false, reason: "not_found" } as const;
    const { claim, assignedById } = found;
    if (found.reviewerId !== params.actorId || !assignedById) return { ok: false, reason: "not_assigned" } as const;
    const working = await getWorkingVerdict(tx, claim.id);
    if (!tokenMatches(working, params.expected)) return { ok: false, reason: "conflict", current: working, claimStatus: claim.status } as const;
    const next = nextStatus(claim.status, params.submit ? "submit" : "save_draft");
    if (!next) return { ok: false, reason: "bad_state", claimStatus: claim.status } as const;

    const now = new Date();
    const fields = {
      verdictKey: params.content.verdictKey,
      rationale: params.content.rationale,
      reviewerId: params.actorId,
      state: params.submit ? ("submitted" as const) : ("draft" as const),
      submittedAt: params.submit ? now : null,
      updatedAt: now,
    };
    const editsWorking = working?.state === "draft";
    let row: VerdictRow | undefined;
    if (editsWorking) {
      [row] = await tx
        .update(verdicts)
        .set({ ...fields, version: sql`${verdicts.version} + 1` })
        .where(and(eq(verdicts.id, working.id), eq(verdicts.version, working.version)))
        .returning();
      if (!row) return { ok: false, reason: "conflict", current: working, claimStatus: claim.status } as const;
    } else {
      [row] = await tx
        .insert(verdicts)
        .values({ ...fields, claimId: claim.id, number: (working?.number ?? 0) + 1 })
        .returning();
    }
    const verdictId = row.id;
    const evidence = params.content.evidence.map(({ url, title, publisher, quote, accessedOn, archiveUrl, stance }) => ({ url, title, publisher, quote, accessedOn, archiveUrl, stance }));
    // Autosave sends the same evidence again and again; rewriting identical rows
    // would only churn ids and the write lock.
    if (!(editsWorking && sameEvidence(working.evidence, evidence))) await replaceEvidence(tx, verdictId, evidence);

    let claimVersion = claim.version;
    if (next !== claim.status) {
      const updated = await updateClaimIfVersion(tx, { claimId: claim.id, expectedVersion: claim.version, patch: { status: next } });
      if (!updated) throw new Error("claim changed inside its own transaction");
      claimVersion = updated.version;
    }
    // The saved version as a read would return it, built from the row the write
    // returned instead of reading it back: the approver is untouched by a save
    // (a new version has none), and the reviewer is the writer.
    const reviewerName = working?.reviewerId === params.actorId ? working.reviewerName : await userName(tx, params.actorId);
    const approverName = editsWorking && row.approverId === working.approverId ? working.approverName : row.approverId ? await userName(tx, row.approverId) : null;
    const saved = toView(row, reviewerName, approverName, evidence);
    await recordAuditEvent(tx, {
      actorId: params.actorId,
      entityType: "verdict",
      entityId: verdictId,
      articleId: claim.articleId,
      action: params.submit ? "verdict.submitted" : "verdict.draft_saved",
      before: { status: claim.status, ...(working?.id === verdictId ? verdictSummary(working) : { number: saved.number }) },
      after: { status: next, number: saved.number, ...verdictSummary(saved) },
    });
    if (params.submit) {
      await notify(tx, {
        userIds: [assignedById].filter((id) => id !== params.actorId),
        kind: "submitted",
        message: `${saved.reviewerName} submitted a verdict for sign-off: ${claim.text}`,
        link: `/claims/${claim.id}`,
      });
    }
    return { ok: true, verdict: saved, claimStatus: next, claimVersion, statusChanged: next !== claim.status, articleId: claim.articleId } as const;
  });
}

/** Whether two evidence lists are the same items in the same order. */
function sameEvidence(a: EvidenceInput[], b: EvidenceInput[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i];
      return x.url === y.url && x.title === y.title && x.publisher === y.publisher && x.quote === y.quote && x.accessedOn === y.accessedOn && x.archiveUrl === y.archiveUrl && x.stance === y.stance;
    })
  );
}

async function userName(db: DbOrTx, id: string): Promise<string> {
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, id)).limit(1);
  if (!row) throw new Error("verdict names a user who does not exist");
  return row.name;
}

/** Whether a verdict key is on the scale (one indexed look-up, not the whole scale). */
export async function isOnVerdictScale(db: DbOrTx, key: string): Promise<boolean> {
  const [row] = await db.select({ key: verdictScale.key }).from(verdictScale).where(eq(verdictScale.key, key)).limit(1);
  return Boolean(row);
}
