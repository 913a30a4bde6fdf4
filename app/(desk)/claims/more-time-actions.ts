"use server";

import { getDb } from "@/db";
import { answerMoreTime, askForMoreTime } from "@/db/queries/more-time";
import { authedAction, type ActionResult } from "@/lib/auth/guards";
import { shortened } from "@/lib/mail/notice-email";
import { formatDateTime } from "@/lib/time/format";
import { answerMoreTimeSchema, askMoreTimeSchema } from "@/components/review/schemas";
import { deskTimeZone } from "../desk-time-zone";
import { refreshClaimPages } from "./refresh";
import { noticeLater } from "./notice-later";

const ASK_REFUSED = {
  not_found: "This claim no longer exists.",
  not_holder: "This claim is no longer assigned to you.",
  bad_state: "This claim no longer needs more time: its verdict is with the editors, or the claim is settled.",
} as const;

const ANSWER_REFUSED = {
  not_found: "This claim no longer exists.",
  no_request: "This request was already answered, or the claim was reassigned.",
  conflict: "The reviewer changed their request since you opened it. Here it is as it stands now.",
  bad_state: "This claim is no longer being checked (its verdict is with the editors, or the claim is settled).",
} as const;

const ask = authedAction("claims.ask_more_time", askMoreTimeSchema, async (input, user) => {
  const until = new Date(input.until);
  const result = await askForMoreTime(getDb(), { claimId: input.claimId, actorId: user.id, until, reason: input.reason });
  if (!result.ok) {
    if (result.reason === "invalid") return { ok: false, error: result.message, fieldErrors: { until: result.message } };
    refreshClaimPages(input.claimId);
    return { ok: false, error: ASK_REFUSED[result.reason] };
  }
  if (result.assignedById !== user.id) {
    const zone = await deskTimeZone();
    noticeLater([result.assignedById], "assignments", {
      subject: `${user.name} asks for more time on a claim`,
      paragraphs: [
        `${user.name} asks for more time on a claim you assigned: “${shortened(result.claimText, 300)}”`,
        `Until ${formatDateTime(until, zone)}. Their reason: “${shortened(input.reason, 500)}”`,
        "Any editor can grant or decline it on the claim's page.",
      ],
      path: `/claims/${input.claimId}`,
      linkLabel: "Answer on the claim",
    });
  }
  refreshClaimPages(input.claimId, result.articleId);
  return { ok: true, data: null, message: "Asked. The editor who assigned it has been told." };
});

const answer = authedAction("claims.assign", answerMoreTimeSchema, async (input, user) => {
  const result = await answerMoreTime(getDb(), { claimId: input.claimId, actorId: user.id, askedAt: new Date(input.askedAt), grant: input.grant, note: input.note });
  refreshClaimPages(input.claimId, result.ok ? result.articleId : undefined);
  if (!result.ok) return { ok: false, error: ANSWER_REFUSED[result.reason], conflict: result.reason === "conflict" };
  if (result.holderId !== user.id) {
    const zone = await deskTimeZone();
    const due = result.dueAt ? formatDateTime(result.dueAt, zone) : "no due time";
    noticeLater([result.holderId], "assignments", {
      subject: input.grant ? `${user.name} gave you more time` : `${user.name} could not give you more time`,
      paragraphs: [
        `${input.grant ? "You have more time for" : "The due time stands for"} “${shortened(result.claimText, 300)}”: now due ${due}.`,
        ...(input.note ? [`${user.name} says: “${shortened(input.note, 500)}”`] : []),
      ],
      path: `/claims/${input.claimId}`,
      linkLabel: "Open the claim",
    });
  }
  return { ok: true, data: null, message: input.grant ? "Granted: the claim is now due at the time asked for." : "Declined: the due time stands. The reviewer has been told." };
});

/** The holder of a claim asks for a later due time, saying why; the editor who assigned it is told. */
export async function askMoreTimeAction(raw: unknown): Promise<ActionResult> {
  return ask(raw);
}

/** An editor grants (the due time moves) or declines a holder's request for more time; the holder is told. */
export async function answerMoreTimeAction(raw: unknown): Promise<ActionResult> {
  return answer(raw);
}
