"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { createCorrection, discardCorrection, getCorrectionDraftSource, updateCorrection, type CorrectionPatch } from "@/db/queries/corrections";
import { authedAction, type ActionResult } from "@/lib/auth/guards";
import type { CorrectionStatus } from "@/lib/workflow/statuses";
import { discardCorrectionSchema, editCorrectionSchema, newCorrectionSchema, type SaveIntent } from "./schemas";
import { formText } from "@/lib/http/form-text";

export type CorrectionFormState = ActionResult<{ id: string }> & { values?: Record<string, string> };

const FIELDS = ["type", "originalText", "correctedText", "note"] as const;
const read = (formData: FormData, keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, formText(formData, k)]));

const create = authedAction("corrections.manage", newCorrectionSchema, async (input, user) => {
  const db = getDb();
  // The article comes from the claim in the database, never from the form.
  const source = await getCorrectionDraftSource(db, input.claimId);
  if (!source) return { ok: false, error: "That claim no longer exists. Nothing was saved." };
  const row = await createCorrection(db, {
    articleId: source.article.id,
    claimId: source.claim.id,
    type: input.type,
    originalText: input.originalText,
    correctedText: input.correctedText,
    note: input.note,
    actorId: user.id,
    requestKey: input.requestKey,
  });
  revalidatePath("/corrections");
  return { ok: true, data: { id: row.id } };
});

/** Saves a new draft correction for a claim, then opens it in the log. */
export async function createCorrectionAction(_prev: CorrectionFormState | null, formData: FormData): Promise<CorrectionFormState> {
  const raw = read(formData, ["claimId", ...FIELDS]);
  const result = await create({ ...raw, requestKey: formText(formData, "requestKey") || undefined });
  if (!result.ok) return { ...result, values: raw };
  const source = await getCorrectionDraftSource(getDb(), raw.claimId);
  redirect(`/corrections?article=${encodeURIComponent(source?.article.id ?? "")}#correction-${result.data.id}`);
}

const NEXT_STATUS: Record<SaveIntent, CorrectionStatus | undefined> = { save: undefined, approve: "approved", publish: "published", reopen: "draft" };
const DONE: Record<SaveIntent, string> = { save: "Changes saved.", approve: "Approved.", publish: "Published.", reopen: "Back to draft." };

const CONFLICT = "Someone else saved this correction while you were editing it. Your changes were not saved: copy what you need, reload to see their version, and edit again.";

const edit = authedAction("corrections.manage", editCorrectionSchema, async (input, user) => {
  const patch: CorrectionPatch = { type: input.type, originalText: input.originalText, correctedText: input.correctedText, note: input.note };
  const status = NEXT_STATUS[input.intent];
  if (status) patch.status = status;
  const result = await updateCorrection(getDb(), { correctionId: input.correctionId, expectedVersion: input.version, actorId: user.id, patch });
  if (!result.ok) {
    if (result.reason === "not_found") return { ok: false, error: "This correction no longer exists." };
    // Shown beside the empty fields; the summary line is for anything without a field.
    if (result.reason === "incomplete") return { ok: false, error: Object.values(result.gaps).join(" "), fieldErrors: result.gaps };
    if (result.reason === "conflict") {
      return {
        ok: false,
        conflict: true,
        error: CONFLICT,
      };
    }
    if (result.reason === "verdict_not_approved") {
      return { ok: false, error: "Its claim's verdict is not signed off yet: an editor approves the verdict first, then this correction. The correction was not approved or published, and nothing was saved." };
    }
    if (result.reason === "claim_dismissed") {
      return { ok: false, error: "Its claim was dismissed since, so there is nothing to correct: discard this correction, or restore the claim first. Nothing was saved." };
    }
    return { ok: false, error: `A ${result.current?.status ?? ""} correction cannot be moved that way. Reload to see where it stands.` };
  }
  revalidatePath("/corrections");
  // A plain save of a draft says what it is, so nobody wonders whether it went out.
  const message = input.intent === "save" && result.correction.status === "draft" ? "Draft saved." : DONE[input.intent];
  return { ok: true, data: { id: result.correction.id }, message };
});

/**
 * Saves edits to a correction and, depending on the button pressed, approves,
 * publishes (stamping the time) or returns it to draft, in one optimistic write.
 */
export async function saveCorrectionAction(_prev: CorrectionFormState | null, formData: FormData): Promise<CorrectionFormState> {
  const raw = read(formData, ["correctionId", "version", "intent", ...FIELDS]);
  const result = await edit(raw);
  return result.ok ? result : { ...result, values: raw };
}

const discard = authedAction("corrections.manage", discardCorrectionSchema, async (input, user) => {
  const result = await discardCorrection(getDb(), { correctionId: input.correctionId, expectedVersion: input.version, actorId: user.id });
  if (!result.ok) {
    if (result.reason === "not_found") return { ok: false, error: "This correction is already gone. Reload to see the log as it is." };
    if (result.reason === "published") return { ok: false, error: "A published correction cannot be discarded: readers have seen it. Publish a new correction instead." };
    return { ok: false, conflict: true, error: "Someone else saved this correction since you opened it, so it was not discarded. Reload to see what it says now." };
  }
  revalidatePath("/corrections");
  if (result.discarded.claimId) revalidatePath(`/claims/${result.discarded.claimId}`);
  revalidatePath(`/articles/${result.discarded.articleId}`);
  return { ok: true, data: null, message: "Correction discarded. The audit trail keeps what it said." };
});

/**
 * Discards a draft or approved correction nobody wants (it no longer holds the
 * article back); the audit trail keeps its words. Published ones are refused.
 */
export async function discardCorrectionAction(raw: { correctionId: string; version: number }): Promise<ActionResult> {
  return discard(raw);
}
