import { and, asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { CommentView } from "@/lib/workflow/comment-view";
import { findMentions } from "@/lib/workflow/mentions";
import { doneUnderKey, rememberKey } from "./request-keys";
import { commentMessage, mentionMessage } from "@/lib/notifications/comment-messages";
import type { Database, DbOrTx } from "../index";
import { claims, comments, users } from "../schema";
import { getActiveAssignment } from "./assignments";
import { writeTransaction } from "./write-transaction";
import { recordAuditEvent } from "./audit";
import { notify } from "./notifications";
import { insertionOrder } from "./insertion-order";

export type { CommentView };

const removers = alias(users, "removers");

/** A claim's comments, oldest first, with their authors' names. */
export async function listComments(db: DbOrTx, claimId: string): Promise<CommentView[]> {
  return db
    .select({
      id: comments.id,
      body: comments.body,
      authorId: comments.authorId,
      authorName: users.name,
      createdAt: comments.createdAt,
      mentions: comments.mentions,
      editedAt: comments.editedAt,
      removedAt: comments.removedAt,
      removedByName: removers.name,
      version: comments.version,
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .leftJoin(removers, eq(removers.id, comments.removedById))
    .where(eq(comments.claimId, claimId))
    .orderBy(asc(comments.createdAt), asc(insertionOrder(comments)));
}

/**
 * The people who may read a claim and so may be notified about it: active editors
 * and admins, and the person holding the claim. A mention of anyone else is kept
 * in the text but notifies nobody, so a notification never leaks a claim.
 */
export async function claimAudience(db: DbOrTx, claimId: string) {
  return (await audienceAndAssignment(db, claimId)).people;
}

/**
 * The people a comment @mentions who were not told, because they may not read
 * the claim (a reviewer who does not hold it) or are deactivated, so the writer
 * learns that their question reached nobody. Names, in order of first mention.
 */
export async function unreachedMentions(db: DbOrTx, params: { claimId: string; body: string }): Promise<{ name: string; deactivated: boolean }[]> {
  if (!params.body.includes("@")) return [];
  const everyone = await db.select({ id: users.id, name: users.name, email: users.email, active: users.active }).from(users);
  const mentioned = findMentions(params.body, everyone);
  if (mentioned.length === 0) return [];
  const audience = new Set((await claimAudience(db, params.claimId)).map((person) => person.id));
  const byId = new Map(everyone.map((person) => [person.id, person]));
  return mentioned.filter((id) => !audience.has(id)).map((id) => ({ name: byId.get(id)?.name ?? "", deactivated: byId.get(id)?.active === false }));
}

export async function audienceAndAssignment(db: DbOrTx, claimId: string) {
  const assignment = await getActiveAssignment(db, claimId);
  const people = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(eq(users.active, true));
  return { assignment, people: people.filter((person) => person.role !== "reviewer" || person.id === assignment?.reviewerId) };
}

/** The claim's words, for a notification that names the claim. */
export async function claimWords(db: DbOrTx, claimId: string): Promise<string> {
  const [claim] = await db.select({ text: claims.text }).from(claims).where(eq(claims.id, claimId)).limit(1);
  return claim?.text ?? "";
}

/**
 * Inserts a comment inside the caller's transaction, notifying the people it
 * mentions (except the author) who may read the claim. Used by `addComment` and
 * by "Return to reviewer", whose comment joins the same thread. With
 * `tellAssigned`, the person holding the claim and the editor who assigned it
 * hear of the comment too, named or not (a return tells them in its own words).
 */
export async function insertComment(
  tx: DbOrTx,
  params: { claimId: string; authorId: string; body: string; authorName: string; articleId: string; tellAssigned?: boolean },
): Promise<CommentView> {
  const { assignment, people: audience } = await audienceAndAssignment(tx, params.claimId);
  const mentioned = findMentions(params.body, audience);
  const [row] = await tx
    .insert(comments)
    .values({ claimId: params.claimId, authorId: params.authorId, body: params.body, mentions: mentioned })
    .returning();
  // The claim's words go into the notifications: read once, and only when someone is told.
  let claimText: string | undefined;
  const words = async () => (claimText ??= await claimWords(tx, params.claimId));
  const toMention = mentioned.filter((id) => id !== params.authorId);
  if (toMention.length > 0) {
    await notify(tx, {
      userIds: toMention,
      kind: "mention",
      message: mentionMessage(params.authorName, await words(), params.body),
      link: `/claims/${params.claimId}#comment-${row.id}`,
    });
  }
  if (params.tellAssigned && assignment) {
    // Each once, never the author, not twice for someone also mentioned, and only someone who may still read the claim.
    const told = new Set([params.authorId, ...mentioned]);
    for (const [userId, relation] of [[assignment.reviewerId, "you hold"], [assignment.assignedById, "you assigned"]] as const) {
      if (!userId || told.has(userId) || !audience.some((person) => person.id === userId)) continue;
      told.add(userId);
      await notify(tx, {
        userIds: [userId],
        kind: "comment",
        message: commentMessage(params.authorName, relation, await words(), params.body),
        link: `/claims/${params.claimId}#comment-${row.id}`,
      });
    }
  }
  await recordAuditEvent(tx, {
    actorId: params.authorId,
    entityType: "claim",
    entityId: params.claimId,
    articleId: params.articleId,
    action: "claim.commented",
    after: { comment: params.body, mentions: mentioned.length },
  });
  return { ...row, authorName: params.authorName, mentions: mentioned, removedByName: null };
}

/** Adds a comment to a claim; @mentions of people who may read the claim notify them, and so does any comment its holder and assigner. */
export async function addComment(
  db: Database,
  params: { claimId: string; authorId: string; body: string; requestKey?: string },
): Promise<(CommentView & { replayed: boolean }) | null> {
  return writeTransaction(db, async (tx) => {
    const [claim] = await tx.select({ articleId: claims.articleId }).from(claims).where(eq(claims.id, params.claimId)).limit(1);
    const [author] = await tx.select({ name: users.name }).from(users).where(and(eq(users.id, params.authorId))).limit(1);
    if (!claim || !author) return null;
    // The same comment arriving twice (see request_keys): the one it added, told to nobody again.
    const request = params.requestKey ? { key: params.requestKey, userId: params.authorId, kind: "comment" as const } : null;
    const done = request ? await doneUnderKey(tx, request) : null;
    if (done) {
      const [row] = await tx.select().from(comments).where(and(eq(comments.id, done), eq(comments.claimId, params.claimId))).limit(1);
      if (row) return { ...row, authorName: author.name, mentions: row.mentions ?? [], removedByName: null, replayed: true };
    }
    const added = await insertComment(tx, { claimId: params.claimId, authorId: params.authorId, body: params.body, authorName: author.name, articleId: claim.articleId, tellAssigned: true });
    if (request) await rememberKey(tx, { ...request, resultId: added.id });
    return { ...added, replayed: false };
  });
}
