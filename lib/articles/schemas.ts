import { z } from "zod";
import { CREDENTIALS_MESSAGE, webAddress } from "@/lib/http/web-address";
import { cleanInput } from "@/lib/text/clean-input";
import { MAX_ARTICLE_CHARS } from "@/lib/intake/limits";
import { withoutTracking } from "@/lib/verdicts/source-url";
import { DISMISS_REASONS } from "@/lib/workflow/statuses";
import { cleanDoc, InvalidDocumentError } from "./clean-doc";
import { docToPlainText, type DocNode } from "./doc-text";

/** The article's fields, shared by the form (messages) and the actions (parsing). */
export const articleFieldsSchema = z.object({
  title: z.string().trim().min(1, "Give the article a title.").max(300, "Keep the title under 300 characters."),
  byline: z.string().trim().max(200, "Keep the byline under 200 characters.").default(""),
  sourceUrl: z
    .string()
    .trim()
    .max(2000, "That URL is too long.")
    // Kept in its standard form, without a fragment (ClaimReview names each claim by
    // adding its own) and without tracking parameters, which every export would publish.
    .transform((v, ctx) => {
      if (v === "") return null;
      const address = webAddress(withoutTracking(v), { keepFragment: false });
      if (address.ok) return address.href;
      ctx.addIssue({ code: "custom", message: address.problem === "credentials" ? CREDENTIALS_MESSAGE : "Enter a web address starting with http:// or https://." });
      return z.NEVER;
    }),
  // An instant as the form sends it (ISO, with its offset): Date.parse read "2026-02-31"
  // as 3 March and "March 5" as 2001, and stored them without a word.
  deadline: z
    .string()
    .trim()
    .refine((v) => v === "" || z.iso.datetime({ offset: true }).safeParse(v).success, "Enter a date and time that exists, with a four-digit year.")
    .transform((v) => (v === "" ? null : new Date(v))),
});

/**
 * The editor's document, sent as a JSON string (editor attribute objects are not
 * plain objects, so React would not pass them to a server action as data):
 * parsed, cleaned to the shapes the desk keeps, then its plain text checked
 * against the limits editors are shown.
 */
const MAX_BODY_JSON_CHARS = 8_000_000;
export const articleBodySchema = z.string().max(MAX_BODY_JSON_CHARS, "The article is too large to save.").transform((value, ctx): { doc: DocNode; text: string } => {
  let doc: DocNode;
  try {
    // The document travels as a JSON string, so the action's own cleaning saw only its escapes: cleaned once parsed.
    doc = cleanDoc(cleanInput(JSON.parse(value)));
  } catch (error) {
    ctx.addIssue({ code: "custom", message: error instanceof InvalidDocumentError ? error.message : "The article text could not be read." });
    return z.NEVER;
  }
  const text = docToPlainText(doc);
  if (text.trim().length === 0) {
    ctx.addIssue({ code: "custom", message: "The article has no text yet. Paste or import it first." });
    return z.NEVER;
  }
  if (text.length > MAX_ARTICLE_CHARS) {
    ctx.addIssue({
      code: "custom",
      message: `The article is ${text.length.toLocaleString("en")} characters; the desk takes up to ${MAX_ARTICLE_CHARS.toLocaleString("en")}. Split it into parts.`,
    });
    return z.NEVER;
  }
  return { doc, text };
});

/** A page's random key for one creating step, sent again with every retry of it (db/schema/requests.ts). */
export const requestKeySchema = z.string().uuid().optional();
export const createArticleSchema = z.object({ fields: articleFieldsSchema, body: articleBodySchema, findClaims: z.boolean().default(false), requestKey: requestKeySchema });
export const saveArticleSchema = z.object({
  articleId: z.string().min(1),
  expectedVersion: z.number().int().positive(),
  fields: articleFieldsSchema,
  body: articleBodySchema,
});

const id = z.string().min(1).max(100);
export const articleIdSchema = z.object({ articleId: id });
export const decideClaimSchema = z.object({
  claimId: id,
  expectedVersion: z.number().int().positive(),
  // undo_dismiss: the Undo offered right after a dismissal (db/queries/curation.ts).
  decision: z.enum(["accept", "dismiss", "restore", "undo_dismiss"]),
  reason: z.enum(DISMISS_REASONS, { error: "Choose a reason for dismissing this claim." }).optional(),
  note: z.string().trim().max(1000, "Keep the note under 1,000 characters.").optional(),
});
/** A dismissal says why: the reasons train the claim finder, so none is assumed. (A refinement, applied after any extension.) */
export const DISMISS_NEEDS_REASON: [(input: { decision: string; reason?: string }) => boolean, { path: string[]; message: string }] = [
  (input) => input.decision !== "dismiss" || input.reason !== undefined,
  { path: ["reason"], message: "Choose a reason for dismissing this claim." },
];
/** Undo of Accept all suggested: the claims it accepted, each at the version the acceptance left it. */
export const undoAcceptAllSchema = z.object({
  articleId: id,
  accepted: z.array(z.object({ claimId: id, version: z.number().int().positive() })).min(1).max(5000),
});
export const markClaimSchema = z.object({
  articleId: id,
  expectedArticleVersion: z.number().int().positive(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export const respanClaimSchema = z.object({
  claimId: id,
  expectedVersion: z.number().int().positive(),
  /** The article version the editor's offsets were taken from: offsets into older text point at other words. */
  expectedArticleVersion: z.number().int().positive(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  mergeWithId: id.optional(),
});
export const importUrlSchema = z.object({ url: z.string().trim().min(1, "Paste the article's web address.").max(2000) });
