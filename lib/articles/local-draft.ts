/**
 * The article editor's safety copy: unsaved edits kept in the browser
 * (localStorage) while they are unsaved, so that leaving the page by a way the
 * desk cannot ask about — the browser's Back button, a crash, a session that ran
 * out — loses nothing. The editor offers them back on the next visit.
 *
 * Pure: what is stored, under which key, and what a stored value must look
 * like to be offered (anything else — another version of the desk, a hand-edited
 * value, an old copy — is ignored).
 */
import { z } from "zod";

/** How long a safety copy is offered; after that it is dropped unread. */
export const LOCAL_DRAFT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

const draftSchema = z.object({
  kind: z.literal("factcheck-desk/article-draft"),
  /** The article version the edits were made on (0 for an article not saved yet). */
  baseVersion: z.number().int().min(0),
  savedAt: z.string().datetime(),
  fields: z.object({ title: z.string(), byline: z.string(), sourceUrl: z.string(), deadline: z.string() }),
  /** The editor's document (Tiptap JSON). */
  body: z.object({ type: z.literal("doc") }).passthrough(),
});

export type LocalArticleDraft = z.infer<typeof draftSchema>;

/** Per person and article, so two people sharing a browser never see each other's edits. */
export function localDraftKey(userId: string, articleId: string | null): string {
  return `factcheck-desk:article-draft:${userId}:${articleId ?? "new"}`;
}

export function serializeLocalDraft(draft: Omit<LocalArticleDraft, "kind" | "savedAt">, now: Date): string {
  const value: LocalArticleDraft = { kind: "factcheck-desk/article-draft", savedAt: now.toISOString(), ...draft };
  return JSON.stringify(value);
}

/** The stored copy if it is one this desk wrote, else null. */
export function parseLocalDraft(raw: string | null): LocalArticleDraft | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = draftSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Whether a copy is recent enough to offer: at most a week old. */
export function isFreshLocalDraft(draft: LocalArticleDraft, now: Date): boolean {
  const age = now.getTime() - new Date(draft.savedAt).getTime();
  // A few minutes "from the future" is a clock that was set back, not a forged copy.
  return age >= -5 * 60 * 1000 && age <= LOCAL_DRAFT_MAX_AGE_MS;
}
