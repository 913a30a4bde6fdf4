import { z } from "zod";
import { CREDENTIALS_MESSAGE, webAddress } from "@/lib/http/web-address";
import { isCalendarDay } from "@/lib/time/days";
import { EVIDENCE_STANCES, PRIORITIES } from "@/lib/workflow/statuses";

/**
 * The review forms' inputs, shared by the client forms (messages) and the server
 * actions (parsing). Drafts accept half-typed evidence so nothing typed is ever
 * refused by an autosave; submitting for sign-off checks everything.
 */

/** An http(s) address a reader could open, kept in its standard form (lib/http/web-address). */
const httpUrl = (message: string) =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      const address = webAddress(value);
      if (address.ok) return address.href;
      ctx.addIssue({ code: "custom", message: address.problem === "credentials" ? CREDENTIALS_MESSAGE : message });
      return z.NEVER;
    });

/** What the second of two people saving the same thing is told. */
export const CONFLICT_MESSAGE = "This claim changed since you opened it.";

export const SOURCE_URL_MESSAGE = "Enter the source's web address, starting with https://.";
export const ARCHIVE_URL_MESSAGE = "Enter the archive's web address, starting with https://.";

/** True when a string is an http(s) address a reader could open; used as the form validates on blur. */
export function isSourceUrl(value: string): boolean {
  return httpUrl("").safeParse(value).success;
}

/** What is wrong with an address typed into the form, in the words a submit would use; undefined when nothing. */
export function addressProblem(value: string, message: string): string | undefined {
  const address = webAddress(value);
  return address.ok ? undefined : address.problem === "credentials" ? CREDENTIALS_MESSAGE : message;
}

/** Evidence addresses a submit would refuse (a source or archive address that is not http(s)): a draft keeps them, and says so. */
export function hasBadAddress(evidence: readonly { url: string; archiveUrl: string | null }[]): boolean {
  return evidence.some((item) => (item.url.trim() !== "" && !isSourceUrl(item.url)) || (Boolean(item.archiveUrl?.trim()) && !isSourceUrl(item.archiveUrl ?? "")));
}

const token = z.object({ verdictId: z.string().nullable(), version: z.number().int().nullable() });

/** Limits of the verdict form, which the form itself also enforces as people type. */
export const VERDICT_LIMITS = { rationale: 20_000, evidence: 50, url: 2000, title: 500, publisher: 300, quote: 10_000 } as const;

const DATE_MESSAGE = "Enter the date you read the source (a date that exists: 29 February only in a leap year).";

const draftEvidence = z.object({
  url: z.string().max(VERDICT_LIMITS.url, "Keep the address under 2,000 characters."),
  title: z.string().max(VERDICT_LIMITS.title, "Keep the title under 500 characters."),
  publisher: z.string().max(VERDICT_LIMITS.publisher, "Keep the publisher under 300 characters."),
  quote: z.string().max(VERDICT_LIMITS.quote, "Keep the quote under 10,000 characters: the passage that bears on the claim."),
  // Blank in a draft: a date field gives "" for a date cleared or one that does not exist (29 February 2025).
  accessedOn: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, DATE_MESSAGE),
  archiveUrl: z.string().max(VERDICT_LIMITS.url, "Keep the address under 2,000 characters.").nullable(),
  stance: z.enum(EVIDENCE_STANCES, { error: "Choose whether the source supports, contradicts or gives context." }),
});

export const verdictDraftSchema = z.object({
  claimId: z.string().min(1),
  expected: token,
  /** The claim's words as the form showed them; a save for other words is refused. Optional for API clients. */
  claimText: z.string().max(100_000).optional(),
  verdictKey: z.string().nullable(),
  rationale: z.string().max(VERDICT_LIMITS.rationale, "Keep the rationale under 20,000 characters."),
  evidence: z.array(draftEvidence).max(VERDICT_LIMITS.evidence, "Keep it to 50 sources."),
});

export const verdictSubmitSchema = verdictDraftSchema.extend({
  verdictKey: z.string({ error: "Choose a verdict." }).min(1, "Choose a verdict."),
  rationale: z.string().trim().min(1, "Explain the verdict for the editor and the reader.").max(VERDICT_LIMITS.rationale, "Keep the rationale under 20,000 characters."),
  evidence: z
    .array(
      draftEvidence.extend({
        url: httpUrl(SOURCE_URL_MESSAGE),
        // A day's grace: a desk ahead of UTC reads "today" before the server's calendar does.
        // A real day: a crafted submit's "2026-02-31" passed the pattern and went out in every export.
        accessedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, DATE_MESSAGE).refine(isCalendarDay, DATE_MESSAGE).refine(
          (day) => day <= new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10),
          "The date you read the source cannot be in the future.",
        ),
        // Blank is no archive; anything else must be an address. (A union of the three
        // said only "Invalid input" for a bad address: its members' messages were lost.)
        archiveUrl: z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? null : value), httpUrl(ARCHIVE_URL_MESSAGE).nullable()),
      }),
    )
    .min(1, "Add at least one piece of evidence.")
    .max(VERDICT_LIMITS.evidence, "Keep it to 50 sources."),
});

export type VerdictFormInput = z.infer<typeof verdictDraftSchema>;

export const decisionSchema = z.object({ claimId: z.string().min(1), expected: token, comment: z.string().trim().max(5000) });
export const returnSchema = decisionSchema.extend({
  comment: z.string().trim().min(1, "Tell the reviewer what to change.").max(5000),
});

const commentBody = z.string().trim().min(1, "Write a comment first.").max(5000, "Keep comments under 5,000 characters.");

/** `requestKey`: the page's key for this comment, the same on every try (db/schema/requests.ts). */
export const commentSchema = z.object({ claimId: z.string().min(1), body: commentBody, requestKey: z.string().uuid().optional() });

/** A change to a comment names the version the screen showed, so a change made meanwhile is not overwritten. */
const commentRef = { claimId: z.string().min(1), commentId: z.string().min(1), expectedVersion: z.number().int().positive() };

export const commentEditSchema = z.object({ ...commentRef, body: commentBody });

export const commentRemoveSchema = z.object(commentRef);

/** An editor's correction of who made a claim: empty clears it (nobody named). */
export const claimantSchema = z.object({
  claimId: z.string().min(1),
  expectedVersion: z.number().int(),
  claimant: z.string().trim().max(200, "Keep the claimant under 200 characters."),
});

export const handBackSchema = z.object({
  claimId: z.string().min(1),
  reason: z.string().trim().min(1, "Say why, so the editor can find someone else.").max(1000, "Keep the reason under 1,000 characters."),
});

export const askMoreTimeSchema = z.object({
  claimId: z.string().min(1),
  until: z.iso.datetime({ error: "Enter the date and time you need." }),
  reason: z.string().trim().min(1, "Say why, so the editor can weigh it.").max(1000, "Keep the reason under 1,000 characters."),
});

export const answerMoreTimeSchema = z.object({
  claimId: z.string().min(1),
  /** The request the editor read (when it was made): an answer never lands on a newer one. */
  askedAt: z.iso.datetime(),
  grant: z.boolean(),
  note: z.string().trim().max(1000, "Keep the note under 1,000 characters."),
});

export const assignSchema = z.object({
  claimIds: z.array(z.string().min(1)).min(1, "Select at least one claim."),
  reviewerId: z.string({ error: "Choose a reviewer." }).min(1, "Choose a reviewer."),
  // A minute or two of grace: the field has minutes only, and the editor takes a moment to press Assign.
  dueAt: z.iso
    .datetime({ error: "Enter a due date and time." })
    .nullable()
    .refine((value) => value === null || Date.parse(value) > Date.now() - 2 * 60_000, "Choose a due time still to come."),
  priority: z.enum(PRIORITIES),
  note: z.string().trim().max(1000, "Keep the note under 1,000 characters."),
  expectedVersions: z.record(z.string(), z.number().int()).optional(),
});

export const autoAssignSchema = assignSchema.omit({ claimIds: true, reviewerId: true, expectedVersions: true }).extend({
  articleId: z.string().min(1),
});

/** Auto-assign's preview: the article only; the terms come with the confirmation. */
export const autoAssignPreviewSchema = z.object({ articleId: z.string().min(1) });

export const claimRefSchema = z.object({ claimId: z.string().min(1), expectedVersion: z.number().int().optional() });

export const reopenSchema = z.object({
  claimId: z.string().min(1),
  expectedVersion: z.number().int(),
  reason: z.string().trim().min(1, "Say why, for the reviewer and the record.").max(1000, "Keep the reason under 1,000 characters."),
});

/** Messages per field, keyed by the full path ("evidence.1.url"), so nested fields get their own. */
export function pathErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    out[key] ??= issue.message;
  }
  return out;
}
