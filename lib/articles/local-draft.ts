/**
 * The article editor's safety copy (see lib/safety-copy): its unsaved edits, kept
 * in the browser while they are unsaved and offered back on the next visit.
 *
 * Pure: what is stored and under which key.
 */
import { z } from "zod";
import { safetyCopyFormat } from "@/lib/safety-copy";

export const articleDraftFormat = safetyCopyFormat(
  "factcheck-desk/article-draft",
  z.object({
    /** The article version the edits were made on (0 for an article not saved yet). */
    baseVersion: z.number().int().min(0),
    fields: z.object({ title: z.string(), byline: z.string(), sourceUrl: z.string(), deadline: z.string() }),
    /** The editor's document (Tiptap JSON). */
    body: z.object({ type: z.literal("doc") }).passthrough(),
  }),
);

export type LocalArticleDraft = NonNullable<ReturnType<typeof articleDraftFormat.parse>>;

/** Per person and article, so two people sharing a browser never see each other's edits. */
export function localDraftKey(userId: string, articleId: string | null): string {
  return `factcheck-desk:article-draft:${userId}:${articleId ?? "new"}`;
}
