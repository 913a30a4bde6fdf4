/**
 * The verdict form's safety copy (see lib/safety-copy): a reviewer's unsaved
 * verdict, rationale and evidence, kept in the browser until the desk has saved
 * them, and offered back when the claim is opened again on this computer.
 *
 * Pure: what is stored, under which key, and when a copy is worth offering.
 */
import { z } from "zod";
import { safetyCopyFormat } from "@/lib/safety-copy";
import { EVIDENCE_STANCES } from "@/lib/workflow/statuses";

const evidence = z.object({
  url: z.string(),
  title: z.string(),
  publisher: z.string(),
  quote: z.string(),
  accessedOn: z.string(),
  archiveUrl: z.string().nullable(),
  stance: z.enum(EVIDENCE_STANCES),
});

const content = z.object({
  verdictKey: z.string().nullable(),
  rationale: z.string(),
  evidence: z.array(evidence),
});

export const verdictCopyFormat = safetyCopyFormat(
  "factcheck-desk/verdict-draft",
  content.extend({
    /** The saved version the typing stood on, to tell the reviewer when the verdict was saved since. */
    basis: z.object({ verdictId: z.string().nullable(), version: z.number().int().nullable() }),
  }),
);

export type VerdictCopy = NonNullable<ReturnType<typeof verdictCopyFormat.parse>>;
type VerdictContent = z.infer<typeof content>;

/** Per person and claim: a claim can pass from one reviewer to another on a shared newsroom computer. */
export function verdictCopyKey(userId: string, claimId: string): string {
  return `factcheck-desk:verdict-draft:${userId}:${claimId}`;
}

/** The content alone, fields in one order (items may carry more, such as the form's keys), to compare. */
function comparable(value: VerdictContent) {
  return JSON.stringify([
    value.verdictKey,
    value.rationale,
    value.evidence.map((item) => [item.url, item.title, item.publisher, item.quote, item.accessedOn, item.archiveUrl, item.stance]),
  ]);
}

/** Whether restoring the copy would change what the form holds: a copy of what is already there is not offered. */
export function copyDiffers(copy: VerdictCopy, form: VerdictContent): boolean {
  return comparable(copy) !== comparable(form);
}

/** Whether the verdict was saved since the copy was made, so restoring it would replace that later save. */
export function savedSinceCopy(copy: VerdictCopy, now: { verdictId: string | null; version: number | null }): boolean {
  return copy.basis.verdictId !== now.verdictId || copy.basis.version !== now.version;
}
