/**
 * A safety copy: unsaved typing kept in the browser (localStorage) while it is
 * unsaved, so that leaving a page by a way the desk cannot ask about — the
 * browser's Back button, a crash, a closed tab — loses nothing. The page offers
 * it back on the next visit. The article editor and the verdict form each keep
 * one (lib/articles/local-draft, lib/verdicts/local-copy).
 *
 * Pure: how a copy is stamped and stored, and what a stored value must look like
 * to be offered (anything else — another version of the desk, a hand-edited
 * value, an old copy — is ignored). The copy is plain text on the computer, like
 * anything typed into a browser; per-person keys keep people who share one from
 * being offered each other's, not from reading it.
 */
import { z } from "zod";

/** How long a safety copy is offered; after that it is dropped unread. */
export const SAFETY_COPY_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** A stored copy: what the page holds, marked with what kind of copy it is and when it was made. */
export type SafetyCopy<Kind extends string, Content> = Content & { kind: Kind; savedAt: string };

export type SafetyCopyFormat<Kind extends string, Content> = {
  serialize(content: Content, now: Date): string;
  /** The stored copy if it is one of this kind that this desk wrote, else null. */
  parse(raw: string | null): SafetyCopy<Kind, Content> | null;
};

/** The format of one kind of copy, whose content `schema` checks on the way back in. */
export function safetyCopyFormat<Kind extends string, Schema extends z.ZodObject>(kind: Kind, schema: Schema): SafetyCopyFormat<Kind, z.infer<Schema>> {
  const stored = schema.extend({ kind: z.literal(kind), savedAt: z.string().datetime() });
  return {
    serialize: (content, now) => JSON.stringify({ kind, savedAt: now.toISOString(), ...content }),
    parse(raw) {
      if (!raw) return null;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        return null;
      }
      const parsed = stored.safeParse(value);
      return parsed.success ? (parsed.data as SafetyCopy<Kind, z.infer<Schema>>) : null;
    },
  };
}

/** Whether a copy is recent enough to offer: at most a week old. */
export function isFreshSafetyCopy(copy: { savedAt: string }, now: Date): boolean {
  const age = now.getTime() - new Date(copy.savedAt).getTime();
  // A few minutes "from the future" is a clock that was set back, not a forged copy.
  return age >= -5 * 60 * 1000 && age <= SAFETY_COPY_MAX_AGE_MS;
}
