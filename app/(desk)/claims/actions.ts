"use server";

import { after } from "next/server";
import { z } from "zod";
import { getDb } from "@/db";
import { assignClaims, autoAssignArticle, planArticleAutoAssign, unassignClaim, type AssignedClaim } from "@/db/queries/assignments";
import { getClaim } from "@/db/queries/claims";
import { addComment, unreachedMentions } from "@/db/queries/comments";
import { getDeskTimeZone } from "@/db/queries/settings";
import { listMailablePeople, listPeopleByIds } from "@/db/queries/users";
import { listed } from "@/lib/audit/activity";
import { canViewClaim, decideVerdict, reviseApprovedClaim, withdrawVerdict } from "@/db/queries/review";
import { authedAction, type ActionResult } from "@/lib/auth/guards";
import { shortened } from "@/lib/mail/notice-email";
import { shorten } from "@/lib/text/shorten";
import { mailAssignments } from "@/lib/mail/notify-assignments";
import { can } from "@/lib/workflow/permissions";
import { autoAssignShares, autoAssignSplit } from "@/lib/workflow/auto-assign";
import {
  CONFLICT_MESSAGE,
  assignSchema,
  autoAssignSchema,
  autoAssignPreviewSchema,
  claimRefSchema,
  commentSchema,
  decisionSchema,
  reopenSchema,
  returnSchema,
  verdictDraftSchema,
} from "@/components/review/schemas";
import { refreshClaimPages } from "./refresh";
import { mentionNotice, noticeLater } from "./notice-later";
import { saveVerdictForm, type ConflictResult, type VerdictSaveResult } from "./verdict-save";

/** Sends assignment e-mails after the response, so a slow mail server never slows the editor. */
function mailLater(assigned: AssignedClaim[], terms: { assignerName: string; dueAt: Date | null; priority: string; note: string }) {
  if (assigned.length === 0) return;
  after(async () => {
    const db = getDb();
    const wanting = new Set((await listMailablePeople(db, assigned.map((item) => item.reviewer.id), "assignments")).map((person) => person.id));
    await mailAssignments(assigned.filter((item) => wanting.has(item.reviewer.id)), { ...terms, timeZone: await getDeskTimeZone(db) });
  });
}

const SKIP_REASONS = { not_found: "no longer exists", bad_state: "cannot be assigned in its current state", conflict: "changed since you opened it", spiked: "belongs to a spiked article" };

/** A skipped claim by its words, so the editor knows which one ("“Fares rose 8%…” changed since you opened it."). */
async function claimNamed(claimId: string): Promise<string> {
  const claim = await getClaim(getDb(), claimId);
  return claim ? `“${shorten(claim.text, 60)}”` : "One claim";
}

const assign = authedAction("claims.assign", assignSchema, async (input, user) => {
  const dueAt = input.dueAt ? new Date(input.dueAt) : null;
  const result = await assignClaims(getDb(), { ...input, dueAt, actorId: user.id });
  if (!result.ok) return { ok: false, error: "Claims go to active reviewers, and that person is not one (deactivated, not a reviewer, or gone). Choose someone else.", fieldErrors: { reviewerId: "Choose an active reviewer." } };
  mailLater(result.assigned, { assignerName: user.name, dueAt, priority: input.priority, note: input.note });
  for (const item of result.assigned) refreshClaimPages(item.claimId, item.articleId);
  const name = result.assigned[0]?.reviewer.name;
  // Assigned again to their holder on the same terms: nothing changed, and the message says so.
  // The same request arriving twice is the assignment done, and says so.
  const changed = result.assigned.filter((item) => !item.unchanged || item.replayed).length;
  const kept = result.assigned.length - changed;
  const message = [
    changed ? `Assigned ${changed} ${changed === 1 ? "claim" : "claims"} to ${name}.` : "",
    kept ? `${name} already ${kept === 1 ? "holds 1 claim" : `holds ${kept} claims`} of these on these terms: nothing changed there.` : "",
    ...(await Promise.all(result.skipped.map(async (s) => `${await claimNamed(s.claimId)} ${SKIP_REASONS[s.reason]}.`))),
    result.skipped.some((s) => s.reason === "conflict") ? "The page now shows where each claim stands." : "",
  ].filter(Boolean).join(" ");
  if (result.assigned.length === 0) return { ok: false, error: message || "Nothing was assigned.", conflict: result.skipped.some((s) => s.reason === "conflict") };
  return { ok: true, data: { assigned: result.assigned.length, skipped: result.skipped.length }, message };
});

/** Assigns (or reassigns) the selected claims to one person with due time, priority and note. */
export async function assignClaimsAction(raw: unknown): Promise<ActionResult<{ assigned: number; skipped: number }>> {
  return assign(raw);
}

const NOTHING_TO_AUTO_ASSIGN = "Nothing to auto-assign: every claim has someone, or no reviewer is available (each is away or deactivated).";

const previewAutoAssign = authedAction("claims.assign", autoAssignPreviewSchema, async ({ articleId }): Promise<ActionResult<{ total: number; split: string }>> => {
  const plan = await planArticleAutoAssign(getDb(), { articleId });
  if (plan.length === 0) return { ok: false, error: NOTHING_TO_AUTO_ASSIGN };
  return { ok: true, data: { total: plan.length, split: autoAssignSplit(autoAssignShares(plan)) } };
});

/** What Auto-assign would do now ("Raj 9, Rosa 9, Rita 8"), for the editor to confirm; nothing is written. */
export async function previewAutoAssignAction(raw: unknown): Promise<ActionResult<{ total: number; split: string }>> {
  return previewAutoAssign(raw);
}

const autoAssign = authedAction("claims.assign", autoAssignSchema, async (input, user) => {
  const dueAt = input.dueAt ? new Date(input.dueAt) : null;
  const { assigned } = await autoAssignArticle(getDb(), { ...input, dueAt, actorId: user.id });
  if (assigned.length === 0) return { ok: false, error: NOTHING_TO_AUTO_ASSIGN };
  mailLater(assigned, { assignerName: user.name, dueAt, priority: input.priority, note: input.note });
  for (const item of assigned) refreshClaimPages(item.claimId, item.articleId);
  // The split written, which is the desk's state now and may differ from the preview the editor confirmed.
  const split = autoAssignSplit(autoAssignShares(assigned.map((a) => ({ reviewerId: a.reviewer.id, reviewerName: a.reviewer.name }))));
  return { ok: true, data: { assigned: assigned.length, split }, message: `Auto-assigned ${assigned.length} ${assigned.length === 1 ? "claim" : "claims"}: ${split}.` };
});

/** Spreads the article's unassigned claims over active reviewers by open workload, as the desk stands when it runs. */
export async function autoAssignAction(raw: unknown): Promise<ActionResult<{ assigned: number; split: string }>> {
  return autoAssign(raw);
}

const unassign = authedAction("claims.assign", claimRefSchema, async (input, user) => {
  const result = await unassignClaim(getDb(), { ...input, actorId: user.id });
  if (!result.ok) return { ok: false, error: result.reason === "conflict" ? CONFLICT_MESSAGE : "This claim is not assigned to anyone.", conflict: result.reason === "conflict" };
  const claim = await getClaim(getDb(), input.claimId);
  refreshClaimPages(input.claimId, claim?.articleId);
  return { ok: true, data: null, message: "The claim is back in the open pool." };
});

/** Takes a claim off its reviewer's queue. */
export async function unassignClaimAction(raw: unknown): Promise<ActionResult> {
  return unassign(raw);
}

export type DecisionResult = ActionResult | ConflictResult;

// Drafts (the autosave and "Save draft") go through PUT /api/claims/:id/verdict.
const submitVerdict = authedAction("verdicts.record", verdictDraftSchema, async (input, user) => (await saveVerdictForm(input, user, true)).result);

/** Saves and hands the verdict to the editors for sign-off. */
export async function submitVerdictAction(raw: unknown): Promise<VerdictSaveResult> {
  return submitVerdict(raw);
}

const WITHDRAW_REFUSED = {
  not_found: "This claim no longer exists.",
  not_yours: "Only the reviewer who submitted this verdict, while they hold the claim, can take it back.",
  bad_state: "This verdict is no longer waiting for sign-off: an editor has decided it.",
} as const;

const withdraw = authedAction("verdicts.record", decisionSchema.pick({ claimId: true, expected: true }), async (input, user): Promise<DecisionResult> => {
  const result = await withdrawVerdict(getDb(), { ...input, actorId: user.id });
  if (result.ok) {
    refreshClaimPages(input.claimId, result.articleId);
    return { ok: true, data: null, message: "Taken back: the verdict is a draft again, off the editors' list." };
  }
  if (result.reason === "conflict") return { ok: false, error: CONFLICT_MESSAGE, conflict: true, current: result.current, claimStatus: result.claimStatus };
  return { ok: false, error: WITHDRAW_REFUSED[result.reason] };
});

/** The reviewer takes a submitted verdict back to edit it, before anyone decided it. */
export async function withdrawVerdictAction(raw: unknown): Promise<DecisionResult> {
  return withdraw(raw);
}

function decide(decision: "approve" | "return") {
  return async (input: z.infer<typeof decisionSchema>, user: { id: string; name: string }): Promise<DecisionResult> => {
    const result = await decideVerdict(getDb(), { ...input, actorId: user.id, decision });
    if (result.ok) {
      refreshClaimPages(input.claimId, result.articleId);
      if (decision === "return" && !result.replayed) {
        noticeLater([result.reviewerId], "assignments", {
          subject: `Returned to you: ${shortened(result.claimText, 60)}`,
          paragraphs: [`${user.name} returned your verdict on “${shortened(result.claimText, 200)}”.`, `Their comment: “${input.comment}”`],
          path: `/claims/${input.claimId}`,
          linkLabel: "Open the claim",
        });
      }
      return { ok: true, data: null, message: decision === "approve" ? "Approved." : "Returned to the reviewer." };
    }
    if (result.reason === "conflict") return { ok: false, error: CONFLICT_MESSAGE, conflict: true, current: result.current, claimStatus: result.claimStatus };
    if (result.reason === "own_verdict") return { ok: false, error: "You wrote this verdict, so another editor must sign it off." };
    if (result.reason === "bad_state") return { ok: false, error: "This verdict is not waiting for sign-off." };
    return { ok: false, error: "This claim no longer exists." };
  };
}

const approve = authedAction("verdicts.approve", decisionSchema, decide("approve"));
const returnVerdict = authedAction("verdicts.approve", returnSchema, decide("return"));

/** Approves a submitted verdict; refused to its author (two-person rule). */
export async function approveVerdictAction(raw: unknown): Promise<DecisionResult> {
  return approve(raw);
}

/** Returns a submitted verdict to its reviewer with a comment; refused to its author. */
export async function returnVerdictAction(raw: unknown): Promise<DecisionResult> {
  return returnVerdict(raw);
}

const reopen = authedAction("verdicts.revise", reopenSchema, async (input, user) => {
  const result = await reviseApprovedClaim(getDb(), { ...input, actorId: user.id });
  if (!result.ok) return { ok: false, error: result.reason === "conflict" ? CONFLICT_MESSAGE : "Only an approved claim can be reopened.", conflict: result.reason === "conflict" };
  if (result.holderId) {
    noticeLater([result.holderId], "assignments", {
      subject: `Reopened: ${shortened(result.claimText, 60)}`,
      paragraphs: [`${user.name} reopened your approved verdict on “${shortened(result.claimText, 200)}” for a new version.`, `Their reason: “${shortened(input.reason, 500)}”`],
      path: `/claims/${input.claimId}`,
      linkLabel: "Open the claim",
    });
  }
  refreshClaimPages(input.claimId, result.articleId);
  return { ok: true, data: null, message: "Reopened. The approved verdict stays until a new version is approved." };
});

/** Reopens an approved claim so its verdict can be changed as a new version. */
export async function reopenClaimAction(raw: unknown): Promise<ActionResult> {
  return reopen(raw);
}

const comment = authedAction("comments.write", commentSchema, async (input, user) => {
  const db = getDb();
  if (!(await canViewClaim(db, { claimId: input.claimId, userId: user.id, seesAll: can(user.role, "articles.view_all") }))) {
    return { ok: false, error: "You can comment only on claims you can open." };
  }
  const added = await addComment(db, { claimId: input.claimId, authorId: user.id, body: input.body, requestKey: input.requestKey });
  if (!added) return { ok: false, error: "This claim no longer exists." };
  if (!added.replayed) noticeLater(added.mentions.filter((id) => id !== user.id), "mentions", mentionNotice(user.name, input.body, input.claimId, added.id));
  refreshClaimPages(input.claimId);
  if (!can(user.role, "articles.view_all")) {
    // A reviewer is told only whom the comment reached. Being told who was *not*
    // reached would tell them who else is on the desk ("@rosa" is someone, "@xyz"
    // is not), and whose account is deactivated: either way, missing from this line.
    const told = await listPeopleByIds(db, added.mentions.filter((id) => id !== user.id));
    return { ok: true, data: null, message: ["Comment added.", ...(told.length ? [`${listed(told.map((person) => person.name))} ${told.length === 1 ? "was" : "were"} notified.`] : [])].join(" ") };
  }
  const unreached = await unreachedMentions(db, { claimId: input.claimId, body: input.body });
  return { ok: true, data: null, message: ["Comment added.", ...unreached.map(notReachedLine)].join(" ") };
});

/** Why someone @mentioned was not told: the writer believes they were asked. */
function notReachedLine({ name, deactivated }: { name: string; deactivated: boolean }): string {
  return deactivated ? `${name} was not notified: their account is deactivated.` : `${name} was not notified: they cannot see this claim.`;
}

/** Adds a comment; @mentions notify the people mentioned who may read the claim. */
export async function addCommentAction(raw: unknown): Promise<ActionResult> {
  return comment(raw);
}
