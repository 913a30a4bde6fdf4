import { getDb } from "@/db";
import { saveVerdict, verdictSaveRefusal, type SaveVerdictResult, type VerdictView } from "@/db/queries/verdicts";
import type { ActionResult } from "@/lib/auth/guards";
import type { PublicUser } from "@/db/queries/users";
import type { ClaimStatus } from "@/lib/workflow/statuses";
import { CONFLICT_MESSAGE, pathErrors, verdictDraftSchema, verdictSubmitSchema } from "@/components/review/schemas";
import { refreshClaimPages } from "./refresh";

export type ConflictResult = { ok: false; error: string; conflict: true; current: VerdictView | null; claimStatus: ClaimStatus };
/** The article's words for the claim changed since the form was opened: `claimText` is what they are now. */
export type WordsChangedResult = { ok: false; error: string; wordsChanged: string; claimStatus: ClaimStatus };
/**
 * The claim was taken off the person saving: reassigned or unassigned
 * (`not_assigned`), or released because its article was spiked (`spiked`). Saving
 * again cannot help, so the form stops offering it; the reason is a field, not
 * the message's wording, so the form can say which.
 */
export type TakenOffResult = { ok: false; error: string; gone: "not_assigned" | "spiked" };
/** `lost`: the claim's passage is no longer in the article (its anchor is orphaned); the save still went through. */
export type VerdictSaveResult = ActionResult<{ verdict: VerdictView; claimStatus: ClaimStatus; lost: boolean }> | ConflictResult | WordsChangedResult | TakenOffResult;

export const WORDS_CHANGED_MESSAGE = "The article's words for this claim changed since you opened it. Check your verdict against the new words; nothing was saved.";

/** What a save answered, and the HTTP status the verdict route sends with it. */
export type VerdictSaveOutcome = { result: VerdictSaveResult; status: number };

const refused = (status: number, error: string): VerdictSaveOutcome => ({ result: { ok: false, error }, status });

/**
 * Validates the verdict form and saves it for `user`: as a draft (the autosave and
 * "Save draft", over PUT /api/claims/:id/verdict) or submitted for sign-off (the
 * submit action). Used by both, so they answer alike. The caller has checked the
 * session and the role; the query checks that the claim is assigned to `user`
 * (before the fields, when they do not validate: see verdictSaveRefusal).
 */
export async function saveVerdictForm(raw: unknown, user: Pick<PublicUser, "id">, submit: boolean): Promise<VerdictSaveOutcome> {
  const checked = submit ? verdictSubmitSchema.safeParse(raw) : verdictDraftSchema.safeParse(raw);
  if (!checked.success) {
    const claimId = typeof raw === "object" && raw !== null ? (raw as { claimId?: unknown }).claimId : undefined;
    const refusal = typeof claimId === "string" && claimId ? await verdictSaveRefusal(getDb(), claimId, user.id) : null;
    if (refusal) return refusedSave(refusal);
    return { result: { ok: false, error: "Some fields need attention.", fieldErrors: pathErrors(checked.error) }, status: 422 };
  }
  const input = checked.data;
  const result = await saveVerdict(getDb(), {
    claimId: input.claimId,
    actorId: user.id,
    expected: input.expected,
    submit,
    claimText: input.claimText,
    content: { verdictKey: input.verdictKey, rationale: input.rationale, evidence: input.evidence.map((e) => ({ ...e, archiveUrl: e.archiveUrl || null })) },
  });
  if (result.ok) {
    // A draft save that leaves the status alone needs no page refresh: the form
    // holds its own state and every desk page renders fresh on the next visit.
    // Skipping it keeps autosave cheap (no re-render of the claim page per save).
    if (submit || result.statusChanged) refreshClaimPages(input.claimId, result.articleId);
    return { result: { ok: true, data: { verdict: result.verdict, claimStatus: result.claimStatus, lost: result.lost }, message: submit ? "Submitted for sign-off." : "Draft saved." }, status: 200 };
  }
  return refusedSave(result);
}

/** What a refused save answers, and with which HTTP status. */
function refusedSave(result: Exclude<SaveVerdictResult, { ok: true }>): VerdictSaveOutcome {
  switch (result.reason) {
    case "conflict":
      return { result: { ok: false, error: CONFLICT_MESSAGE, conflict: true, current: result.current, claimStatus: result.claimStatus }, status: 409 };
    case "words_changed":
      return { result: { ok: false, error: WORDS_CHANGED_MESSAGE, wordsChanged: result.claimText, claimStatus: result.claimStatus }, status: 409 };
    case "not_on_scale":
      return { result: { ok: false, error: "That verdict is no longer on the scale.", fieldErrors: { verdictKey: "Choose a verdict." } }, status: 422 };
    case "not_assigned":
      return {
        result: !result.wasHolder
          ? { ok: false, error: "This claim is not assigned to you. Nothing was saved.", gone: "not_assigned" }
          : result.spiked
            ? { ok: false, error: "This claim's article was spiked, so the claim is no longer assigned to you. Nothing was saved.", gone: "spiked" }
            : { ok: false, error: "This claim is no longer assigned to you. Nothing was saved.", gone: "not_assigned" },
        status: 403,
      };
    case "bad_state":
      return refused(409, result.claimStatus === "submitted" ? "This verdict is waiting for sign-off and cannot be edited." : "This claim cannot take a verdict in its current state.");
    default:
      return refused(404, "This claim no longer exists.");
  }
}
