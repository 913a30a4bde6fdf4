import { and, asc, eq, inArray, ne, or, sql } from "drizzle-orm";
import { shorten } from "@/lib/text/shorten";
import { alias } from "drizzle-orm/sqlite-core";
import { nextStatus } from "@/lib/workflow/transitions";
import type { ClaimStatus } from "@/lib/workflow/statuses";
import type { Database, DbOrTx } from "../index";
import type { MoreTimeRequest } from "@/lib/workflow/more-time";
import { articles, assignments, auditEvents, claims, evidenceItems, users, verdictScale, verdicts } from "../schema";
import { writeTransaction } from "./write-transaction";
import { recordAuditEvent } from "./audit";
import { getClaim, updateClaimIfVersion } from "./claims";
import { insertComment } from "./comments";
import { notify } from "./notifications";
import { getWorkingVerdict, tokenMatches, type VerdictToken, type VerdictView } from "./verdicts";
import { insertionOrder } from "./insertion-order";
import { orderOf, type SortKey } from "./keyset";
import { getActiveAssignment } from "./assignments";
import { userNameOr } from "./users";
import { assignmentIsActive } from "./conditions";

export type DecideResult =
  /** `replayed`: the same decision had already been made (a request sent twice); nothing was written this time. */
  | { ok: true; claimStatus: ClaimStatus; claimText: string; articleId: string; reviewerId: string; replayed: boolean }
  | { ok: false; reason: "not_found" | "own_verdict" | "bad_state" }
  | { ok: false; reason: "conflict"; current: VerdictView | null; claimStatus: ClaimStatus };

export type WithdrawResult =
  /** `replayed`: this reviewer had just taken it back (a request sent twice); nothing was written this time. */
  | { ok: true; articleId: string; replayed: boolean }
  | { ok: false; reason: "not_found" | "not_yours" | "bad_state" }
  | { ok: false; reason: "conflict"; current: VerdictView | null; claimStatus: ClaimStatus };

/**
 * The reviewer takes their submitted verdict back before anyone decided it
 * (submitted too early, a better source turned up): the version goes back to a
 * draft they can edit, the claim back in review and off the editors' sign-off
 * list. Only the holder who wrote it, and only while it is still submitted.
 */
export async function withdrawVerdict(db: Database, params: { claimId: string; actorId: string; expected: VerdictToken }): Promise<WithdrawResult> {
  return writeTransaction(db, async (tx) => {
    const claim = await getClaim(tx, params.claimId);
    if (!claim) return { ok: false, reason: "not_found" } as const;
    const working = await getWorkingVerdict(tx, claim.id);
    const holding = await getActiveAssignment(tx, claim.id);
    if (!tokenMatches(working, params.expected)) {
      // The same Take back arriving again finds the draft it made: done, not a conflict.
      if (working && holding?.reviewerId === params.actorId && isWithdrawReplay(working, params)) return { ok: true, articleId: claim.articleId, replayed: true } as const;
      return { ok: false, reason: "conflict", current: working, claimStatus: claim.status } as const;
    }
    if (!working || working.reviewerId !== params.actorId || holding?.reviewerId !== params.actorId) return { ok: false, reason: "not_yours" } as const;
    const next = nextStatus(claim.status, "withdraw");
    if (!next || working.state !== "submitted") return { ok: false, reason: "bad_state" } as const;
    const now = new Date();
    await tx
      .update(verdicts)
      .set({ state: "draft", submittedAt: null, updatedAt: now, version: working.version + 1 })
      .where(and(eq(verdicts.id, working.id), eq(verdicts.version, working.version)));
    const updated = await updateClaimIfVersion(tx, { claimId: claim.id, expectedVersion: claim.version, patch: { status: next } });
    if (!updated) throw new Error("claim changed inside its own transaction");
    await recordAuditEvent(tx, {
      actorId: params.actorId,
      entityType: "verdict",
      entityId: working.id,
      articleId: claim.articleId,
      action: "verdict.withdrawn",
      before: { status: claim.status, state: "submitted", number: working.number },
      after: { status: next, state: "draft", number: working.number },
    });
    return { ok: true, articleId: claim.articleId, replayed: false } as const;
  });
}

/**
 * Whether the working verdict is the submitted version this Take back named, made
 * a draft again by its own reviewer and not edited since. Only a withdrawal turns
 * a submitted version into a draft of the next version number.
 */
function isWithdrawReplay(working: VerdictView, params: { actorId: string; expected: VerdictToken }): boolean {
  return working.id === params.expected.verdictId && working.version === (params.expected.version ?? 0) + 1 && working.state === "draft" && working.reviewerId === params.actorId;
}

/**
 * Sign-off: approve a submitted verdict or return it to the reviewer with a
 * comment. The two-person rule lives here, so no caller can skip it: whoever
 * wrote the verdict version may not decide it. Approval is final: the version
 * is approved, earlier approved versions become superseded. A return puts the
 * comment on the claim's thread and the verdict back in the reviewer's hands.
 */
export async function decideVerdict(
  db: Database,
  params: { claimId: string; actorId: string; expected: VerdictToken; decision: "approve" | "return"; comment: string },
): Promise<DecideResult> {
  return writeTransaction(db, async (tx) => {
    const claim = await getClaim(tx, params.claimId);
    if (!claim) return { ok: false, reason: "not_found" } as const;
    const working = await getWorkingVerdict(tx, claim.id);
    if (!tokenMatches(working, params.expected)) {
      // This decision arriving again (its answer lost, the browser sending it again) finds itself made: done, not a conflict.
      if (working && isDecisionReplay(working, params)) return { ok: true, claimStatus: claim.status, claimText: claim.text, articleId: claim.articleId, reviewerId: working.reviewerId, replayed: true } as const;
      return { ok: false, reason: "conflict", current: working, claimStatus: claim.status } as const;
    }
    if (!working) return { ok: false, reason: "bad_state" } as const;
    if (working.reviewerId === params.actorId) return { ok: false, reason: "own_verdict" } as const;
    const next = nextStatus(claim.status, params.decision);
    if (!next || working.state !== "submitted") return { ok: false, reason: "bad_state" } as const;

    const now = new Date();
    const approving = params.decision === "approve";
    // What the scale calls this verdict now is what was approved: kept with the version (verdicts.approvedLabel).
    const [rated] = approving && working.verdictKey
      ? await tx.select({ label: verdictScale.label, ratingValue: verdictScale.ratingValue }).from(verdictScale).where(eq(verdictScale.key, working.verdictKey))
      : [];
    if (approving) {
      await tx
        .update(verdicts)
        .set({ state: "superseded", updatedAt: now })
        .where(and(eq(verdicts.claimId, claim.id), eq(verdicts.state, "approved"), ne(verdicts.id, working.id)));
    }
    await tx
      .update(verdicts)
      .set({
        state: approving ? "approved" : "returned",
        approverId: params.actorId,
        decidedAt: now,
        returnComment: approving ? null : params.comment,
        approvedLabel: rated?.label ?? null,
        approvedRating: rated?.ratingValue ?? null,
        updatedAt: now,
        version: working.version + 1,
      })
      .where(and(eq(verdicts.id, working.id), eq(verdicts.version, working.version)));
    const updated = await updateClaimIfVersion(tx, {
      claimId: claim.id,
      expectedVersion: claim.version,
      patch: approving ? { status: next, decidedById: params.actorId, decidedAt: now } : { status: next },
    });
    if (!updated) throw new Error("claim changed inside its own transaction");
    const [actor] = await tx.select({ name: users.name }).from(users).where(eq(users.id, params.actorId));
    await recordAuditEvent(tx, {
      actorId: params.actorId,
      entityType: "verdict",
      entityId: working.id,
      articleId: claim.articleId,
      action: approving ? "verdict.approved" : "verdict.returned",
      before: { status: claim.status, state: "submitted", number: working.number },
      after: { status: next, state: approving ? "approved" : "returned", number: working.number, ...(approving ? {} : { comment: params.comment }) },
    });
    if (!approving && params.comment.trim()) {
      await insertComment(tx, { claimId: claim.id, authorId: params.actorId, authorName: actor?.name ?? "", body: params.comment, articleId: claim.articleId });
    }
    await notify(tx, {
      userIds: [working.reviewerId],
      kind: approving ? "approved" : "returned",
      message: approving
        ? `${actor?.name ?? "An editor"} approved your verdict: ${claim.text}`
        : `${actor?.name ?? "An editor"} returned your verdict (“${shorten(params.comment, 140)}”): ${shorten(claim.text, 140)}`,
      link: `/claims/${claim.id}`,
    });
    return { ok: true, claimStatus: next, claimText: claim.text, articleId: claim.articleId, reviewerId: working.reviewerId, replayed: false } as const;
  });
}

/** Whether the working verdict is the one this decision was about, just decided so by this editor (with this comment, for a return). */
function isDecisionReplay(working: VerdictView, params: { actorId: string; expected: VerdictToken; decision: "approve" | "return"; comment: string }): boolean {
  return (
    working.id === params.expected.verdictId &&
    working.version === (params.expected.version ?? 0) + 1 &&
    working.approverId === params.actorId &&
    (params.decision === "approve" ? working.state === "approved" : working.state === "returned" && working.returnComment === params.comment)
  );
}

/**
 * Reopens an approved claim for a change ("revise"). The approved version stays
 * approved until a new version is approved in its place; the next save by the
 * claim's holder starts that new version.
 */
export async function reviseApprovedClaim(
  db: Database,
  params: { claimId: string; actorId: string; expectedVersion: number; reason: string },
): Promise<{ ok: true; holderId: string | null; claimText: string; articleId: string } | { ok: false; reason: "not_found" | "bad_state" | "conflict" }> {
  return writeTransaction(db, async (tx) => {
    const claim = await getClaim(tx, params.claimId);
    if (!claim) return { ok: false, reason: "not_found" } as const;
    const next = nextStatus(claim.status, "revise");
    if (!next) return { ok: false, reason: "bad_state" } as const;
    const updated = await updateClaimIfVersion(tx, { claimId: claim.id, expectedVersion: params.expectedVersion, patch: { status: next } });
    if (!updated) return { ok: false, reason: "conflict" } as const;
    await recordAuditEvent(tx, {
      actorId: params.actorId,
      entityType: "claim",
      entityId: claim.id,
      articleId: claim.articleId,
      action: "claim.reopened",
      before: { status: claim.status },
      after: { status: next, reason: params.reason },
    });
    // Its holder works on the new version: they are told why it came back.
    const holding = await getActiveAssignment(tx, claim.id);
    const holderId = holding && holding.reviewerId !== params.actorId ? holding.reviewerId : null;
    if (holderId) {
      await notify(tx, {
        userIds: [holderId],
        kind: "reopened",
        message: `${await userNameOr(tx, params.actorId, "An editor")} reopened your approved verdict for a new version (“${shorten(params.reason, 140)}”): ${shorten(claim.text, 140)}`,
        link: `/claims/${claim.id}`,
      });
    }
    return { ok: true, holderId, claimText: claim.text, articleId: claim.articleId } as const;
  });
}

const assigners = alias(users, "assigners");

/**
 * Everything the claim page shows above the form: the claim, its article (title,
 * deadline, text for the paragraph) and who holds it. Undefined when missing.
 */
export async function getClaimForReview(db: DbOrTx, claimId: string) {
  const [row] = await db
    .select({ claim: claims, article: { id: articles.id, title: articles.title, deadline: articles.deadline, bodyText: articles.bodyText, status: articles.status } })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(eq(claims.id, claimId))
    .limit(1);
  if (!row) return undefined;
  const [holder] = await db
    .select({
      reviewerId: assignments.reviewerId,
      reviewerName: users.name,
      assignedById: assignments.assignedById,
      assignedByName: assigners.name,
      dueAt: assignments.dueAt,
      priority: assignments.priority,
      note: assignments.note,
      createdAt: assignments.createdAt,
      moreTimeUntil: assignments.moreTimeUntil,
      moreTimeReason: assignments.moreTimeReason,
      moreTimeAskedAt: assignments.moreTimeAskedAt,
    })
    .from(assignments)
    .innerJoin(users, eq(users.id, assignments.reviewerId))
    .innerJoin(assigners, eq(assigners.id, assignments.assignedById))
    .where(and(eq(assignments.claimId, claimId), assignmentIsActive))
    .limit(1);
  if (!holder) return { ...row, assignment: null };
  const { moreTimeUntil, moreTimeReason, moreTimeAskedAt, ...assignment } = holder;
  const moreTime: MoreTimeRequest | null = moreTimeUntil && moreTimeAskedAt ? { until: moreTimeUntil, reason: moreTimeReason ?? "", askedAt: moreTimeAskedAt } : null;
  return { ...row, assignment: { ...assignment, moreTime } };
}

/**
 * The paragraph around a claim, split into the text before, the claim and after,
 * so the page can show the claim in context. Paragraphs are separated by a blank
 * line (lib/articles/doc-text.ts); offsets outside the text give the claim alone.
 */
export function claimParagraph(bodyText: string, start: number, end: number): { before: string; claim: string; after: string } {
  if (start < 0 || end > bodyText.length || start > end) return { before: "", claim: bodyText.slice(start, end), after: "" };
  const from = bodyText.lastIndexOf("\n\n", start - 1);
  const to = bodyText.indexOf("\n\n", end);
  const paragraphStart = from === -1 ? 0 : from + 2;
  const paragraphEnd = to === -1 ? bodyText.length : to;
  return {
    before: bodyText.slice(paragraphStart, start),
    claim: bodyText.slice(start, end),
    after: bodyText.slice(end, Math.max(end, paragraphEnd)),
  };
}

/**
 * Whether a person may open a claim: those who see every article (editors,
 * admins) always; anyone else only while they hold the claim's active assignment.
 */
export async function canViewClaim(db: DbOrTx, params: { claimId: string; userId: string; seesAll: boolean }): Promise<boolean> {
  if (params.seesAll) return true;
  const [row] = await db
    .select({ id: assignments.id })
    .from(assignments)
    .where(and(eq(assignments.claimId, params.claimId), eq(assignments.reviewerId, params.userId), assignmentIsActive))
    .limit(1);
  return Boolean(row);
}

export type HistoryEvent = {
  id: string;
  action: string;
  actorName: string | null;
  createdAt: Date;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

/** A HistoryEvent's columns, from audit_events left-joined to users (the actor). */
export const HISTORY_EVENT_COLUMNS = {
  id: auditEvents.id,
  action: auditEvents.action,
  actorName: users.name,
  createdAt: auditEvents.createdAt,
  before: auditEvents.before,
  after: auditEvents.after,
};

/**
 * A claim's history, oldest first: events about the claim itself and about each
 * of its verdict versions. Served by the (entity type, entity id) index.
 */
export async function listClaimHistory(db: DbOrTx, claimId: string): Promise<HistoryEvent[]> {
  const verdictIds = (await db.select({ id: verdicts.id }).from(verdicts).where(eq(verdicts.claimId, claimId))).map((v) => v.id);
  const aboutClaim = and(eq(auditEvents.entityType, "claim"), eq(auditEvents.entityId, claimId));
  const aboutVerdicts = verdictIds.length ? and(eq(auditEvents.entityType, "verdict"), inArray(auditEvents.entityId, verdictIds)) : undefined;
  return db
    .select(HISTORY_EVENT_COLUMNS)
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(aboutVerdicts ? or(aboutClaim, aboutVerdicts) : aboutClaim)
    .orderBy(asc(auditEvents.createdAt), asc(insertionOrder(auditEvents)));
}

export type SignOffItem = {
  claimId: string;
  claimText: string;
  articleId: string;
  articleTitle: string;
  authorId: string;
  authorName: string;
  submittedAt: Date | null;
  /** The verdict as the scale names it now, and its colour; null when none was chosen or the scale no longer lists it. */
  verdictLabel: string | null;
  verdictColor: string | null;
  /** The scale says this verdict needs a correction: listed first, it is the one to decide before the story runs. */
  needsCorrection: boolean;
  evidenceCount: number;
};

/** Verdicts waiting for sign-off (none of a spiked article: it will not run), as the list and "Next to sign off" read them. */
export const awaitingSignOff = and(eq(verdicts.state, "submitted"), eq(claims.status, "submitted"), ne(articles.status, "spiked"));

/**
 * The sign-off list's order: verdicts the scale says need a correction first
 * (the one that changes the story is decided first), then longest waiting
 * first (a verdict without a submission time, which none should be, first, as
 * asc() put nulls), then the claim.
 */
export const SIGN_OFF_KEYS: readonly SortKey[] = [
  { key: sql`(case when ${verdictScale.needsCorrection} = 'yes' then 0 else 1 end)` },
  { key: sql`coalesce(${verdicts.submittedAt}, 0)` },
  { key: sql`${claims.id}`, desc: true },
];

/**
 * Verdicts waiting for sign-off with who wrote them, what they say and on how
 * many sources: those needing a correction first, then longest waiting first.
 * At most `limit` of them (countAwaitingSignOff says how many in all).
 */
export async function listAwaitingSignOff(db: DbOrTx, params: { limit?: number } = {}): Promise<SignOffItem[]> {
  const query = db
    .select({
      claimId: claims.id,
      claimText: claims.text,
      articleId: articles.id,
      articleTitle: articles.title,
      authorId: verdicts.reviewerId,
      authorName: users.name,
      submittedAt: verdicts.submittedAt,
      verdictLabel: verdictScale.label,
      verdictColor: verdictScale.color,
      needsCorrection: sql<boolean>`(${verdictScale.needsCorrection} = 'yes')`.mapWith(Boolean),
      evidenceCount: sql<number>`(select count(*) from ${evidenceItems} e where e.verdict_id = ${verdicts.id})`.mapWith(Number),
    })
    .from(verdicts)
    .innerJoin(claims, eq(claims.id, verdicts.claimId))
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .innerJoin(users, eq(users.id, verdicts.reviewerId))
    .leftJoin(verdictScale, eq(verdictScale.key, verdicts.verdictKey))
    .where(awaitingSignOff)
    .orderBy(...orderOf(SIGN_OFF_KEYS));
  return params.limit === undefined ? query : query.limit(params.limit);
}

/** How many verdicts are waiting for sign-off: the whole of listAwaitingSignOff, without reading it. */
export async function countAwaitingSignOff(db: DbOrTx): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(verdicts)
    .innerJoin(claims, eq(claims.id, verdicts.claimId))
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(awaitingSignOff);
  return row?.n ?? 0;
}
