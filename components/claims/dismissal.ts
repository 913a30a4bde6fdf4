import { DISMISS_REASONS, type DismissReason } from "@/lib/workflow/statuses";

/**
 * The dismiss form's choice. No reason is chosen for the editor: opinion
 * dismissals retrain the claim finder, so a reason must be a decision, not a
 * default left standing by a hurried click.
 */
export type DismissalDraft = { reason: string; note: string };
export type Dismissal = { reason: DismissReason; note?: string };

/** As long as the server keeps a dismissal note (lib/articles/schemas.ts). */
export const DISMISS_NOTE_MAX = 1000;
export const CHOOSE_REASON = "Choose a reason for dismissing this claim.";

const isReason = (value: string): value is DismissReason => (DISMISS_REASONS as readonly string[]).includes(value);

/** Whether the form offers a note: only "Other" needs words to say what it was. */
export const takesNote = (reason: string) => reason === "other";

/** The dismissal to send, or the message to show at the reason field. */
export function readDismissal(draft: DismissalDraft): { ok: true; dismissal: Dismissal } | { ok: false; error: string } {
  if (!isReason(draft.reason)) return { ok: false, error: CHOOSE_REASON };
  const note = takesNote(draft.reason) ? draft.note.trim().slice(0, DISMISS_NOTE_MAX) : "";
  return { ok: true, dismissal: note ? { reason: draft.reason, note } : { reason: draft.reason } };
}
