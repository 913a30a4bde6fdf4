import { z } from "zod";
import { CORRECTION_TYPES } from "@/lib/workflow/statuses";

/** Limits keep one correction a paragraph, not a document. */
export const CORRECTION_TEXT_MAX = 5000;

const text = (label: string) => z.string().max(CORRECTION_TEXT_MAX, `Keep the ${label} under ${CORRECTION_TEXT_MAX.toLocaleString("en")} characters.`);

const correctionFields = {
  type: z.enum(CORRECTION_TYPES, { error: "Choose a type." }),
  originalText: text("original text"),
  correctedText: text("corrected text"),
  note: text("note").trim().min(1, "Write the note readers will see."),
};

/** The "new correction" form: drafted from one claim. */
/** `requestKey`: the form's key, the same on every try, so a retry after a lost answer drafts one correction (db/schema/requests.ts). */
export const newCorrectionSchema = z.object({ claimId: z.string().min(1, "Choose a claim."), ...correctionFields, requestKey: z.string().uuid().optional() });

/** What each save button does besides saving the text. */
export const SAVE_INTENTS = ["save", "approve", "publish", "reopen"] as const;
export type SaveIntent = (typeof SAVE_INTENTS)[number];

/** Editing one correction in the log; `version` is the one the editor loaded. */
export const editCorrectionSchema = z.object({
  correctionId: z.string().min(1),
  version: z.coerce.number().int().positive(),
  intent: z.enum(SAVE_INTENTS),
  ...correctionFields,
});

/** Discarding an unpublished correction; `version` is the one the editor saw, so nobody discards wording they have not read. */
export const discardCorrectionSchema = z.object({
  correctionId: z.string().min(1),
  version: z.coerce.number().int().positive(),
});
