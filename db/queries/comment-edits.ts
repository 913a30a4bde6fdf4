import { and, eq } from "drizzle-orm";
import { findMentions } from "@/lib/workflow/mentions";
import { mentionMessage } from "@/lib/notifications/comment-messages";
import type { Database, DbOrTx } from "../index";
import { claims, comments, notifications, users } from "../schema";
import { audienceAndAssignment, claimWords, listComments, type CommentView } from "./comments";
import { writeTransaction } from "./write-transaction";
import { recordAuditEvent } from "./audit";
import { notify } from "./notifications";

/** Why a comment was not changed; a conflict carries the comment as it is now. */
export type CommentChangeRefusal =
  | { ok: false; reason: "not_found" | "not_author" | "removed" }
  | { ok: false; reason: "conflict"; current: CommentView | null };

export type CommentChangeResult = { ok: true; comment: CommentView; newlyMentioned: string[] } | CommentChangeRefusal;

type ChangeParams = { commentId: string; claimId: string; actorId: string; expectedVersion: number };

type Found = { comment: typeof comments.$inferSelect; articleId: string; authorName: string };

async function findComment(tx: DbOrTx, commentId: string): Promise<Found | null> {
  const [row] = await tx
    .select({ comment: comments, articleId: claims.articleId, authorName: users.name })
    .from(comments)
    .innerJoin(claims, eq(claims.id, comments.claimId))
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(eq(comments.id, commentId))
    .limit(1);
  return row ?? null;
}

async function currentComment(tx: DbOrTx, found: Found): Promise<CommentView | null> {
  return (await listComments(tx, found.comment.claimId)).find((c) => c.id === found.comment.id) ?? null;
}

/**
 * Checks a change to a comment: it exists, is still there, is the actor's own
 * (or the actor may remove anyone's) and is at the version their screen showed.
 * The caller has checked that the actor may open `claimId`; a comment on another
 * claim is not found.
 */
async function checkChange(tx: DbOrTx, params: ChangeParams, anyAuthor: boolean) {
  const { commentId, claimId, actorId, expectedVersion } = params;
  const found = await findComment(tx, commentId);
  if (!found || found.comment.claimId !== claimId) return { refused: { ok: false, reason: "not_found" } as const };
  if (found.comment.authorId !== actorId && !anyAuthor) return { refused: { ok: false, reason: "not_author" } as const };
  if (found.comment.removedAt) return { refused: { ok: false, reason: "removed" } as const };
  if (found.comment.version !== expectedVersion) return { refused: { ok: false, reason: "conflict", current: await currentComment(tx, found) } as const };
  return { found };
}

/**
 * Rewrites a comment's text, by its author only, over the version they saw. The
 * claim's history keeps the wording before and after. Someone the new text
 * mentions who was not mentioned before is notified, once, as a new comment
 * would; people already mentioned are not told again.
 */
export async function editComment(
  db: Database,
  params: ChangeParams & { body: string },
): Promise<CommentChangeResult> {
  return writeTransaction(db, async (tx) => {
    const checked = await checkChange(tx, params, false);
    if (checked.refused) return checked.refused;
    const { comment, articleId, authorName } = checked.found;
    const { people } = await audienceAndAssignment(tx, comment.claimId);
    const mentioned = findMentions(params.body, people);
    const [updated] = await tx
      .update(comments)
      .set({ body: params.body, mentions: mentioned, editedAt: new Date(), version: comment.version + 1 })
      .where(and(eq(comments.id, comment.id), eq(comments.version, comment.version)))
      .returning({ id: comments.id });
    if (!updated) return { ok: false, reason: "conflict", current: await currentComment(tx, checked.found) } as const;
    const newlyMentioned = mentioned.filter((id) => id !== params.actorId && !comment.mentions.includes(id));
    await notify(tx, {
      userIds: newlyMentioned,
      kind: "mention",
      message: mentionMessage(authorName, await claimWords(tx, comment.claimId), params.body),
      link: `/claims/${comment.claimId}#comment-${comment.id}`,
    });
    await recordAuditEvent(tx, {
      actorId: params.actorId,
      entityType: "claim",
      entityId: comment.claimId,
      articleId,
      action: "claim.comment_edited",
      before: { comment: comment.body },
      after: { comment: params.body, mentions: mentioned.length },
    });
    const current = await currentComment(tx, checked.found);
    if (!current) throw new Error("comment vanished inside its own transaction");
    return { ok: true, comment: current, newlyMentioned };
  });
}

/**
 * Removes a comment from the thread: its author may, and so may an administrator
 * (`anyAuthor`), for a comment that should not stand. The row stays, without its
 * text or mentions, so the thread shows that something was removed and by whom;
 * the claim's history keeps what it said, as an audit trail must, while the
 * notifications that quoted it stop quoting it.
 */
export async function removeComment(
  db: Database,
  params: ChangeParams & { anyAuthor: boolean },
): Promise<CommentChangeResult> {
  return writeTransaction(db, async (tx) => {
    const checked = await checkChange(tx, params, params.anyAuthor);
    if (checked.refused) return checked.refused;
    const { comment, articleId } = checked.found;
    const [updated] = await tx
      .update(comments)
      .set({ body: "", mentions: [], removedAt: new Date(), removedById: params.actorId, version: comment.version + 1 })
      .where(and(eq(comments.id, comment.id), eq(comments.version, comment.version)))
      .returning({ id: comments.id });
    if (!updated) return { ok: false, reason: "conflict", current: await currentComment(tx, checked.found) } as const;
    // The bell quoted the comment to the people it told; a removed comment is not quoted on.
    await tx
      .update(notifications)
      .set({ message: `${checked.found.authorName}'s comment on a claim was removed.` })
      .where(eq(notifications.link, `/claims/${comment.claimId}#comment-${comment.id}`));
    await recordAuditEvent(tx, {
      actorId: params.actorId,
      entityType: "claim",
      entityId: comment.claimId,
      articleId,
      action: "claim.comment_removed",
      before: { comment: comment.body },
      after: { author: checked.found.authorName },
    });
    const current = await currentComment(tx, checked.found);
    if (!current) throw new Error("comment vanished inside its own transaction");
    return { ok: true, comment: current, newlyMentioned: [] };
  });
}
