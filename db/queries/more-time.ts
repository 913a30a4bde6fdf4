import { and, eq } from "drizzle-orm";
import { shorten } from "@/lib/text/shorten";
import { moreTimeProblem } from "@/lib/workflow/more-time";
import { canApply } from "@/lib/workflow/transitions";
import type { Database, DbOrTx } from "../index";
import { articles, assignments, claims } from "../schema";
import { recordAuditEvent } from "./audit";
import { notify } from "./notifications";
import { userNameOr } from "./users";
import { writeTransaction } from "./write-transaction";
import { assignmentIsActive } from "./conditions";

type Refusal = "not_found" | "not_holder" | "bad_state";

export type AskMoreTimeResult =
  | { ok: true; assignedById: string; holderName: string; claimText: string; articleId: string }
  | { ok: false; reason: Refusal }
  | { ok: false; reason: "invalid"; message: string };

export type AnswerMoreTimeResult =
  | { ok: true; holderId: string; editorName: string; claimText: string; articleId: string; dueAt: Date | null }
  | { ok: false; reason: "not_found" | "bad_state" | "no_request" | "conflict" };

/** The claim, its article's state and its active assignment, read inside the write. */
async function claimWithHolder(tx: DbOrTx, claimId: string) {
  const [row] = await tx
    .select({ claim: claims, articleStatus: articles.status, assignment: assignments })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .leftJoin(assignments, and(eq(assignments.claimId, claims.id), assignmentIsActive))
    .where(eq(claims.id, claimId))
    .limit(1);
  return row;
}

/** Whether the holder is still at work on the claim: not handed over for sign-off, settled, or spiked with its article. */
const stillAtWork = (status: typeof claims.$inferSelect.status, articleStatus: string) => articleStatus !== "spiked" && canApply(status, "save_draft");

/**
 * The holder of a claim asks for more time: until when, and why. The request sits
 * on their assignment until an editor grants or declines it (a new request
 * replaces an open one); the editor who assigned the claim is told. Reassigning
 * the claim ends the assignment, and with it the request.
 */
export async function askForMoreTime(
  db: Database,
  params: { claimId: string; actorId: string; until: Date; reason: string; now?: Date },
): Promise<AskMoreTimeResult> {
  const now = params.now ?? new Date();
  return writeTransaction(db, async (tx) => {
    const row = await claimWithHolder(tx, params.claimId);
    if (!row) return { ok: false, reason: "not_found" } as const;
    const { claim, assignment } = row;
    if (assignment?.reviewerId !== params.actorId) return { ok: false, reason: "not_holder" } as const;
    if (!stillAtWork(claim.status, row.articleStatus)) return { ok: false, reason: "bad_state" } as const;
    const problem = moreTimeProblem({ until: params.until, now, currentDue: assignment.dueAt });
    if (problem) return { ok: false, reason: "invalid", message: problem } as const;

    await tx
      .update(assignments)
      .set({ moreTimeUntil: params.until, moreTimeReason: params.reason, moreTimeAskedAt: now })
      .where(eq(assignments.id, assignment.id));
    await recordAuditEvent(tx, {
      actorId: params.actorId,
      entityType: "claim",
      entityId: claim.id,
      articleId: claim.articleId,
      action: "claim.more_time_asked",
      before: { dueAt: assignment.dueAt?.toISOString() ?? null },
      after: { until: params.until.toISOString(), reason: params.reason },
    });
    const holderName = await userNameOr(tx, params.actorId, "Someone");
    if (assignment.assignedById !== params.actorId) {
      await notify(tx, {
        userIds: [assignment.assignedById],
        kind: "more_time",
        message: `${holderName} asks for more time on a claim you assigned (“${shorten(params.reason, 140)}”): ${shorten(claim.text, 140)}`,
        link: `/claims/${claim.id}`,
      });
    }
    return { ok: true, assignedById: assignment.assignedById, holderName, claimText: claim.text, articleId: claim.articleId } as const;
  });
}

/**
 * An editor grants or declines a holder's request for more time. `askedAt` names
 * the request the editor read: if the holder asked again meanwhile, nothing
 * changes and the editor sees the new request. Granting moves the due time and
 * re-arms the due reminder; either way the request is closed, the history keeps
 * it, and the holder is told (with the editor's note, if any).
 */
export async function answerMoreTime(
  db: Database,
  params: { claimId: string; actorId: string; askedAt: Date; grant: boolean; note: string },
): Promise<AnswerMoreTimeResult> {
  return writeTransaction(db, async (tx) => {
    const row = await claimWithHolder(tx, params.claimId);
    if (!row) return { ok: false, reason: "not_found" } as const;
    const { claim, assignment } = row;
    if (!assignment?.moreTimeAskedAt || !assignment.moreTimeUntil) return { ok: false, reason: "no_request" } as const;
    if (assignment.moreTimeAskedAt.getTime() !== params.askedAt.getTime()) return { ok: false, reason: "conflict" } as const;
    if (!stillAtWork(claim.status, row.articleStatus)) return { ok: false, reason: "bad_state" } as const;

    const until = assignment.moreTimeUntil;
    const dueAt = params.grant ? until : assignment.dueAt;
    await tx
      .update(assignments)
      .set({ dueAt, remindedAt: params.grant ? null : assignment.remindedAt, moreTimeUntil: null, moreTimeReason: null, moreTimeAskedAt: null })
      .where(eq(assignments.id, assignment.id));
    await recordAuditEvent(tx, {
      actorId: params.actorId,
      entityType: "claim",
      entityId: claim.id,
      articleId: claim.articleId,
      action: params.grant ? "claim.more_time_granted" : "claim.more_time_declined",
      before: { dueAt: assignment.dueAt?.toISOString() ?? null, asked: until.toISOString() },
      after: { dueAt: dueAt?.toISOString() ?? null, note: params.note },
    });
    const editorName = await userNameOr(tx, params.actorId, "Someone");
    if (assignment.reviewerId !== params.actorId) {
      const said = params.note ? ` (“${shorten(params.note, 140)}”)` : "";
      await notify(tx, {
        userIds: [assignment.reviewerId],
        kind: "more_time",
        message: params.grant
          ? `${editorName} gave you the time you asked for${said}: ${shorten(claim.text, 140)}`
          : `${editorName} could not give you more time${said}; the due time stands: ${shorten(claim.text, 140)}`,
        link: `/claims/${claim.id}`,
      });
    }
    return { ok: true, holderId: assignment.reviewerId, editorName, claimText: claim.text, articleId: claim.articleId, dueAt } as const;
  });
}
