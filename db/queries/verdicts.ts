import { and, asc, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { ClaimStatus, EvidenceStance } from "@/lib/workflow/statuses";
import { nextStatus } from "@/lib/workflow/transitions";
import { cleanText } from "@/lib/text/clean-input";
import type { Database, DbOrTx } from "../index";
import { articles, assignments, claims, evidenceItems, users, verdictScale, verdicts } from "../schema";
import { writeTransaction } from "./write-transaction";
import { recordAuditEvent } from "./audit";
import { updateClaimIfVersion } from "./claims";
import { notify } from "./notifications";
import { perTransaction, stored } from "./per-transaction";
import { assignmentIsActive } from "./conditions";

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
  /** The claim's words this version was given for (null: saved before the desk kept them). */
  claimText: string | null;
  /** The scale's label when this version was approved (null: not approved, or approved before the desk kept it). */
  approvedLabel: string | null;
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
    claimText: verdict.claimText,
    approvedLabel: verdict.approvedLabel,
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
export function tokenMatches(working: Pick<VerdictView, "id" | "version"> | null, token: VerdictToken): boolean {
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
  | { ok: true; verdict: VerdictView; claimStatus: ClaimStatus; claimVersion: number; statusChanged: boolean; articleId: string; lost: boolean }
  | { ok: false; reason: "not_assigned"; spiked: boolean; wasHolder: boolean }
  | { ok: false; reason: "not_found" | "bad_state" | "not_on_scale"; claimStatus?: ClaimStatus }
  | { ok: false; reason: "conflict"; current: VerdictView | null; claimStatus: ClaimStatus }
  | { ok: false; reason: "words_changed"; claimText: string; claimStatus: ClaimStatus };

const newer = alias(verdicts, "newer");

/** 1 when the claim's article was spiked (its claims released), else 0: read by a save and by its refusal. */
const claimArticleSpiked = sql<number>`(select ${articles.status} = 'spiked' from ${articles} where ${articles.id} = ${claims.articleId})`;

/**
 * What a verdict save reads, in one statement: the claim, its active assignment,
 * whether `verdictKey` is on the scale, and the working verdict (the highest
 * number) with its evidence folded into one JSON column. Only the columns the
 * write uses: libSQL's cost per statement grows with every column it hands back
 * (a 40-column join row costs several times a narrow one), and this runs inside
 * every save while the other writers wait.
 */
async function readForVerdictWrite(tx: DbOrTx, claimId: string, verdictKey: string | null) {
  const [row] = await selectForVerdictWrite(tx).all({ claimId, verdictKey });
  if (!row) return null;
  const { working, onScale, spiked, ...claim } = row;
  // Drizzle gives a left-joined group as null when all its columns are null; with
  // a verdict row, its NOT NULL columns (and the inner-joined reviewer) are there.
  return {
    claim: { ...claim, onScale: verdictKey === null || onScale === 1, spiked: spiked === 1 },
    working: working?.id ? ({ ...working, evidence: JSON.parse(working.evidence) } as WorkingVerdict) : null,
  };
}

const selectForVerdictWrite = perTransaction((tx) =>
  tx
    .select({
      id: claims.id,
      articleId: claims.articleId,
      status: claims.status,
      version: claims.version,
      text: claims.text,
      // Read here, not after a refusal or a save: the form says at once when the
      // claim's passage is gone from the article, or why the claim left its holder.
      anchorState: claims.anchorState,
      spiked: claimArticleSpiked,
      reviewerId: assignments.reviewerId,
      assignedById: assignments.assignedById,
      onScale: sql<number>`exists (select 1 from ${verdictScale} where ${verdictScale.key} = ${sql.placeholder("verdictKey")})`,
      working: {
        id: verdicts.id,
        number: verdicts.number,
        state: verdicts.state,
        version: verdicts.version,
        verdictKey: verdicts.verdictKey,
        rationale: verdicts.rationale,
        reviewerId: verdicts.reviewerId,
        reviewerName: users.name,
        approverId: verdicts.approverId,
        approverName: approvers.name,
        decidedAt: verdicts.decidedAt,
        returnComment: verdicts.returnComment,
        evidence: sql<string>`(select json_group_array(json_object('url', ${evidenceItems.url}, 'title', ${evidenceItems.title}, 'publisher', ${evidenceItems.publisher}, 'quote', ${evidenceItems.quote}, 'accessedOn', ${evidenceItems.accessedOn}, 'archiveUrl', ${evidenceItems.archiveUrl}, 'stance', ${evidenceItems.stance}) order by ${evidenceItems.position}, ${evidenceItems.createdAt}) from ${evidenceItems} where ${evidenceItems.verdictId} = ${verdicts.id})`,
      },
    })
    .from(claims)
    .leftJoin(assignments, and(eq(assignments.claimId, claims.id), assignmentIsActive))
    .leftJoin(verdicts, and(eq(verdicts.claimId, claims.id), eq(verdicts.number, sql`(select max(${newer.number}) from ${verdicts} ${sql.raw('"newer"')} where ${newer.claimId} = ${claims.id})`)))
    .leftJoin(users, eq(users.id, verdicts.reviewerId))
    .leftJoin(approvers, eq(approvers.id, verdicts.approverId))
    .where(eq(claims.id, sql.placeholder("claimId")))
    .limit(1)
    .prepare(),
);

/**
 * A draft edited in place, if it is still at the version read: the new version,
 * or nothing. Values go in as stored (see per-transaction.ts).
 */
const updateDraftIfVersion = perTransaction((tx) => {
  return tx
    .update(verdicts)
    .set({
      verdictKey: stored("verdictKey"),
      rationale: stored("rationale"),
      claimText: stored("claimText"),
      reviewerId: stored("reviewerId"),
      state: stored("state"),
      submittedAt: stored("submittedAt"),
      updatedAt: stored("updatedAt"),
      version: sql`${verdicts.version} + 1`,
    })
    .where(and(eq(verdicts.id, sql.placeholder("id")), eq(verdicts.version, sql.placeholder("version"))))
    .returning({ version: verdicts.version })
    .prepare();
});

/** The working verdict as a save reads it (see readForVerdictWrite). */
type WorkingVerdict = Pick<
  VerdictView,
  "id" | "number" | "state" | "version" | "verdictKey" | "rationale" | "reviewerId" | "reviewerName" | "approverId" | "approverName" | "decidedAt" | "returnComment" | "evidence"
>;

/**
 * Saves the reviewer's verdict as a draft or submits it for sign-off. Only the
 * person who holds the claim's active assignment may write, only a verdict on the
 * newsroom's scale, and only over the version their screen showed (`expected`):
 * otherwise the answer is a conflict carrying the current verdict, and nothing is
 * written. A draft is edited in place; after a return or an approval the next
 * save starts a new version, so every decided version stays as it was. The
 * writer becomes the verdict's author for the two-person rule.
 *
 * This is the autosave path, so an edit of a draft is three statements: one read,
 * the update, the audit event.
 */
export async function saveVerdict(
  db: Database,
  params: { claimId: string; actorId: string; expected: VerdictToken; content: VerdictContent; submit: boolean; claimText?: string },
): Promise<SaveVerdictResult> {
  const { verdictKey } = params.content;
  return writeTransaction(db, async (tx) => {
    const found = await readForVerdictWrite(tx, params.claimId, verdictKey);
    if (!found) return { ok: false, reason: "not_found" } as const;
    const { claim, working } = found;
    const { assignedById } = claim;
    if (claim.reviewerId !== params.actorId || !assignedById) return { ok: false, reason: "not_assigned", spiked: claim.spiked, wasHolder: await heldBefore(tx, claim.id, params.actorId) } as const;
    if (!claim.onScale) return { ok: false, reason: "not_on_scale" } as const;
    const conflict = async () => ({ ok: false, reason: "conflict", current: await getWorkingVerdict(tx, claim.id), claimStatus: claim.status }) as const;
    const evidence = params.content.evidence.map(({ url, title, publisher, quote, accessedOn, archiveUrl, stance }) => ({ url, title, publisher, quote, accessedOn, archiveUrl, stance }));
    if (!tokenMatches(working, params.expected)) {
      // The same save arriving twice (its answer was lost on the way and the browser
      // sent it again) finds its own write: that is the save done, not someone else's change.
      if (working && isReplay(working, params, evidence)) {
        const current = await getWorkingVerdict(tx, claim.id);
        if (current) return { ok: true, verdict: current, claimStatus: claim.status, claimVersion: claim.version, statusChanged: false, articleId: claim.articleId, lost: claim.anchorState === "orphaned" } as const;
      }
      return conflict();
    }
    // The words the form showed: a verdict must not be saved (and later signed
    // off) for words an edit put in the article after the reviewer read them.
    // Compared as cleaned: the form's copy comes cleaned of direction controls an
    // older claim may still hold, and that is no change of words.
    if (params.claimText !== undefined && cleanText(params.claimText) !== cleanText(claim.text)) return { ok: false, reason: "words_changed", claimText: claim.text, claimStatus: claim.status } as const;
    const next = nextStatus(claim.status, params.submit ? "submit" : "save_draft");
    if (!next) return { ok: false, reason: "bad_state", claimStatus: claim.status } as const;

    const now = new Date();
    const fields = {
      verdictKey,
      rationale: params.content.rationale,
      // The words this version rules on, kept with it for the record (see the column).
      claimText: claim.text,
      reviewerId: params.actorId,
      state: params.submit ? ("submitted" as const) : ("draft" as const),
      submittedAt: params.submit ? now : null,
      updatedAt: now,
    };
    const reviewerName = working?.reviewerId === params.actorId ? working.reviewerName : await userName(tx, params.actorId);
    let saved: VerdictView;
    if (working?.state === "draft") {
      // Edited in place: the view is what was there plus what was written, and
      // only the new version comes back from the write.
      const [updated] = await updateDraftIfVersion(tx).all({
        ...fields,
        submittedAt: fields.submittedAt?.getTime() ?? null,
        updatedAt: now.getTime(),
        id: working.id,
        version: working.version,
      });
      if (!updated) return conflict();
      // Autosave sends the same evidence again and again; rewriting identical rows
      // would only churn ids and the write lock.
      if (!sameEvidence(working.evidence, evidence)) await replaceEvidence(tx, working.id, evidence);
      saved = {
        id: working.id,
        claimId: claim.id,
        number: working.number,
        state: fields.state,
        verdictKey,
        rationale: fields.rationale,
        reviewerId: params.actorId,
        reviewerName,
        approverId: working.approverId,
        approverName: working.approverName,
        submittedAt: fields.submittedAt,
        decidedAt: working.decidedAt,
        returnComment: working.returnComment,
        claimText: claim.text,
        // A saved version is a draft or submitted: not approved, so no approved label.
        approvedLabel: null,
        updatedAt: now,
        version: updated.version,
        evidence,
      };
    } else {
      const [row] = await tx
        .insert(verdicts)
        .values({ ...fields, claimId: claim.id, number: (working?.number ?? 0) + 1 })
        .returning();
      await replaceEvidence(tx, row.id, evidence);
      saved = toView(row, reviewerName, row.approverId ? await userName(tx, row.approverId) : null, evidence);
    }

    let claimVersion = claim.version;
    if (next !== claim.status) {
      const updated = await updateClaimIfVersion(tx, { claimId: claim.id, expectedVersion: claim.version, patch: { status: next } });
      if (!updated) throw new Error("claim changed inside its own transaction");
      claimVersion = updated.version;
    }
    await recordAuditEvent(tx, {
      actorId: params.actorId,
      entityType: "verdict",
      entityId: saved.id,
      articleId: claim.articleId,
      action: params.submit ? "verdict.submitted" : "verdict.draft_saved",
      before: { status: claim.status, ...(working?.id === saved.id ? verdictSummary(working) : { number: saved.number }) },
      after: { status: next, number: saved.number, ...verdictSummary(saved) },
    });
    if (params.submit) {
      // Handed over: a request for more time still open is moot, and must not come back if the verdict is returned.
      await tx
        .update(assignments)
        .set({ moreTimeUntil: null, moreTimeReason: null, moreTimeAskedAt: null })
        .where(and(eq(assignments.claimId, claim.id), assignmentIsActive, sql`${assignments.moreTimeAskedAt} is not null`));
      await notify(tx, {
        userIds: [assignedById].filter((id) => id !== params.actorId),
        kind: "submitted",
        message: `${saved.reviewerName} submitted a verdict for sign-off: ${claim.text}`,
        link: `/claims/${claim.id}`,
      });
    }
    return { ok: true, verdict: saved, claimStatus: next, claimVersion, statusChanged: next !== claim.status, articleId: claim.articleId, lost: claim.anchorState === "orphaned" } as const;
  });
}

/**
 * Whether a save whose version is out of date is this very save again: the
 * working verdict is the saver's, in the state the save leaves it (a draft, or
 * submitted), with exactly the content sent, and it is either the version the
 * save named, edited since, or a version that save started (its first edit).
 * Anything else (a colleague's change, the same person's other text) is a conflict.
 */
function isReplay(working: WorkingVerdict, params: { actorId: string; expected: VerdictToken; content: VerdictContent; submit: boolean }, evidence: EvidenceInput[]): boolean {
  const sameVersionLine = working.id === params.expected.verdictId ? working.version > (params.expected.version ?? 0) : working.version === 1;
  return (
    sameVersionLine &&
    working.reviewerId === params.actorId &&
    working.state === (params.submit ? "submitted" : "draft") &&
    working.verdictKey === params.content.verdictKey &&
    working.rationale === params.content.rationale &&
    sameEvidence(working.evidence, evidence)
  );
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

/** Whether `userId` ever held the claim (an assignment since ended): the refusal says "no longer" only then. */
async function heldBefore(db: DbOrTx, claimId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: assignments.id })
    .from(assignments)
    .where(and(eq(assignments.claimId, claimId), eq(assignments.reviewerId, userId)))
    .limit(1);
  return Boolean(row);
}

/**
 * Why `userId` may not save a verdict on the claim at all, or null if they hold
 * it: for a save whose fields did not validate, so that someone the claim is not
 * assigned to hears that, not which fields to fix. (A valid save learns it inside
 * its write, from the same read as everything else.)
 */
export async function verdictSaveRefusal(db: DbOrTx, claimId: string, userId: string): Promise<{ ok: false; reason: "not_found" } | Extract<SaveVerdictResult, { reason: "not_assigned" }> | null> {
  const [claim] = await db
    .select({
      id: claims.id,
      spiked: claimArticleSpiked,
      reviewerId: assignments.reviewerId,
    })
    .from(claims)
    .leftJoin(assignments, and(eq(assignments.claimId, claims.id), assignmentIsActive))
    .where(eq(claims.id, claimId))
    .limit(1);
  if (!claim) return { ok: false, reason: "not_found" };
  if (claim.reviewerId === userId) return null;
  return { ok: false, reason: "not_assigned", spiked: claim.spiked === 1, wasHolder: await heldBefore(db, claimId, userId) };
}

async function userName(db: DbOrTx, id: string): Promise<string> {
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, id)).limit(1);
  if (!row) throw new Error("verdict names a user who does not exist");
  return row.name;
}

