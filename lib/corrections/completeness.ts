/**
 * What a correction must say before it is approved or published.
 *
 * A draft is work in progress and may be incomplete. From approval on, readers
 * are about to see it (or have): the note must say something, and so must the
 * corrected text whenever the type replaces the article's wording. Both are
 * checked on their trimmed text, because a field of spaces is as empty to a
 * reader as a blank one.
 */
import type { CorrectionStatus, CorrectionType } from "@/lib/workflow/statuses";

export type CorrectionContent = { type: CorrectionType; correctedText: string; note: string };

/** Messages keyed by field name, as the forms show them beside each field. */
export type CorrectionGaps = Partial<Record<"correctedText" | "note", string>>;

/**
 * Whether a type needs corrected text. A correction, clarification or update
 * changes what the article says, and the log and its exports (Corrected column,
 * CorrectionComment) must record the new wording. An editor's note may only add
 * context to the article (a disclosure, how a story was reported) with nothing
 * in it reworded, so for that type the corrected text is optional.
 */
export function needsCorrectedText(type: CorrectionType): boolean {
  return type !== "editors_note";
}

/** How the messages end, by the step being taken. */
function when(from: CorrectionStatus, to: CorrectionStatus): string {
  if (to !== from) return to === "published" ? " before publishing" : " before approving";
  // Saving edits to a correction that stays approved or published.
  return to === "published" ? ": a published correction needs it" : ": an approved correction needs it";
}

/**
 * The fields that keep a correction from moving from `from` to `to` (or, when
 * they are the same, from staying approved or published with these edits);
 * empty when nothing does. A draft is never held back.
 */
export function correctionGaps(content: CorrectionContent, from: CorrectionStatus, to: CorrectionStatus): CorrectionGaps {
  if (to === "draft") return {};
  const gaps: CorrectionGaps = {};
  const tail = when(from, to);
  if (needsCorrectedText(content.type) && content.correctedText.trim() === "") gaps.correctedText = `Write the corrected text${tail}.`;
  if (content.note.trim() === "") gaps.note = `Write the note readers will see${tail}.`;
  return gaps;
}
