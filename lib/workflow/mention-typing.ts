/**
 * Suggesting people while a comment is typed: "@ro" under the caret offers Rosa
 * Reviewer, and choosing her writes "@Rosa Reviewer " so `findMentions` will find
 * her when the comment is saved. Pure, so the comment box only wires keys to it.
 */

export type MentionPerson = { id: string; name: string };

/** The "@…" being typed, from the "@" to the caret. */
export type MentionInProgress = { start: number; query: string };

/** Longer than any name: past this the "@" was not a mention. */
const MAX_QUERY = 40;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * The mention the caret is in, if any: an "@" that starts a word (not the middle of
 * an e-mail address) on the caret's line, followed by at most a name's worth of
 * text that does not start with a space or hold two spaces in a row (names have
 * single spaces: "@Rosa Re" is still being typed, "@Rosa  " is done).
 */
export function mentionBeingTyped(text: string, caret: number): MentionInProgress | null {
  const from = Math.max(0, caret - MAX_QUERY - 1);
  const at = text.lastIndexOf("@", caret - 1);
  if (at === -1 || at < from) return null;
  if (at > 0 && WORD_CHAR.test(text[at - 1])) return null;
  const query = text.slice(at + 1, caret);
  if (/[\n\r@]/.test(query) || query.startsWith(" ") || query.includes("  ")) return null;
  return { start: at, query };
}

/** Lower case without accents, so "zoe" finds "Zoë". */
function folded(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * The people whose name starts with the query, then those with a later word that
 * does ("rev" finds Rosa Reviewer), each group alphabetical; everyone for a bare "@".
 */
export function suggestMentions<P extends MentionPerson>(query: string, people: readonly P[], limit = 6): P[] {
  const wanted = folded(query.trim());
  const rank = (person: P): number => {
    const name = folded(person.name);
    if (name.startsWith(wanted)) return 0;
    return name.split(/\s+/).some((word) => word.startsWith(wanted)) ? 1 : -1;
  };
  return people
    .map((person) => ({ person, rank: rank(person) }))
    .filter(({ rank }) => rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.person.name.localeCompare(b.person.name))
    .slice(0, limit)
    .map(({ person }) => person);
}

/**
 * The text with the mention in progress replaced by "@Full Name " and the caret
 * just after it. A space already after the caret is not doubled.
 */
export function insertMention(text: string, mention: MentionInProgress, caret: number, name: string): { text: string; caret: number } {
  const after = text.slice(caret);
  const written = `@${name}${after.startsWith(" ") ? "" : " "}`;
  return { text: text.slice(0, mention.start) + written + after, caret: mention.start + written.length + (after.startsWith(" ") ? 1 : 0) };
}
