"use server";

import { getDb } from "@/db";
import { editComment, removeComment, type CommentChangeResult } from "@/db/queries/comment-edits";
import { canViewClaim } from "@/db/queries/review";
import { authedAction, type ActionResult } from "@/lib/auth/guards";
import type { PublicUser } from "@/db/queries/users";
import { can } from "@/lib/workflow/permissions";
import { commentEditSchema, commentRemoveSchema } from "@/components/review/schemas";
import { refreshClaimPages } from "./refresh";
import { mentionNotice, noticeLater } from "./notice-later";

const COMMENT_CHANGED = "This comment changed since you opened it. The thread now shows it as it is; your text is still in the box.";

const REFUSED: Record<Exclude<CommentChangeResult, { ok: true }>["reason"], string> = {
  not_found: "This comment no longer exists.",
  not_author: "Only the person who wrote a comment can change it.",
  removed: "This comment has been removed.",
  conflict: COMMENT_CHANGED,
};

function mayOpen(claimId: string, user: PublicUser): Promise<boolean> {
  return canViewClaim(getDb(), { claimId, userId: user.id, seesAll: can(user.role, "articles.view_all") });
}

/** The answer to a refused change; the claim's pages are refreshed so the thread shows what is there now. */
function refusal(result: Exclude<CommentChangeResult, { ok: true }>, claimId: string): ActionResult {
  if (result.reason !== "not_author") refreshClaimPages(claimId);
  return { ok: false, error: REFUSED[result.reason], conflict: result.reason === "conflict" };
}

const edit = authedAction("comments.write", commentEditSchema, async (input, user) => {
  if (!(await mayOpen(input.claimId, user))) return { ok: false, error: "You can comment only on claims you can open." };
  const result = await editComment(getDb(), { ...input, actorId: user.id });
  if (!result.ok) return refusal(result, input.claimId);
  noticeLater(result.newlyMentioned, "mentions", mentionNotice(user.name, input.body, input.claimId, input.commentId));
  refreshClaimPages(input.claimId);
  return { ok: true, data: null, message: "Comment updated." };
});

/** Rewrites one's own comment; someone newly @mentioned in it is told. */
export async function editCommentAction(raw: unknown): Promise<ActionResult> {
  return edit(raw);
}

const remove = authedAction("comments.write", commentRemoveSchema, async (input, user) => {
  if (!(await mayOpen(input.claimId, user))) return { ok: false, error: "You can comment only on claims you can open." };
  const result = await removeComment(getDb(), { ...input, actorId: user.id, anyAuthor: can(user.role, "comments.moderate") });
  if (!result.ok) return refusal(result, input.claimId);
  refreshClaimPages(input.claimId);
  return { ok: true, data: null, message: "Comment removed." };
});

/** Removes one's own comment (an administrator may remove anyone's); the claim's history keeps what it said. */
export async function removeCommentAction(raw: unknown): Promise<ActionResult> {
  return remove(raw);
}
