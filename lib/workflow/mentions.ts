/**
 * @mentions in comments. People's names contain spaces ("Rosa Reviewer"), so a
 * mention is "@" followed by a known person's full name or the local part of
 * their e-mail address, matched without regard to case. The longest candidate
 * wins, so "@Ada Lovelace" is Ada Lovelace and not someone called "Ada".
 */

export type MentionCandidate = { id: string; name: string; email: string };

/** A name may end a mention only where the next character is not part of a word. */
const WORD_CHAR = /[\p{L}\p{N}_]/u;

function handlesOf(person: MentionCandidate): string[] {
  const local = person.email.split("@")[0] ?? "";
  return [person.name.trim(), local].filter((handle) => handle.length > 0);
}

/** Where a mention sits in the text: the "@" at `start`, the handle up to `end`. */
export type MentionSpan = { start: number; end: number; id: string };

/**
 * Every mention in a text, in order, with where it is: for finding who to notify
 * and for showing mentions apart from the rest of a comment. An "@" inside a
 * word (an e-mail address in the text) does not start a mention.
 */
export function mentionSpans(text: string, people: readonly MentionCandidate[]): MentionSpan[] {
  const handles = people
    .flatMap((person) => handlesOf(person).map((handle) => ({ id: person.id, length: handle.length, lower: handle.toLowerCase() })))
    .sort((a, b) => b.length - a.length);
  const spans: MentionSpan[] = [];
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    if (at > 0 && WORD_CHAR.test(text[at - 1])) continue;
    const end = (handle: { length: number }) => at + 1 + handle.length;
    const match = handles.find((handle) => text.slice(at + 1, end(handle)).toLowerCase() === handle.lower && !WORD_CHAR.test(text.charAt(end(handle))));
    if (match) {
      spans.push({ start: at, end: end(match), id: match.id });
      at = end(match) - 1;
    }
  }
  return spans;
}

/** The ids of the people a text mentions, each once, in order of first mention. */
export function findMentions(text: string, people: readonly MentionCandidate[]): string[] {
  return [...new Set(mentionSpans(text, people).map((span) => span.id))];
}

/** A comment cut into plain runs and mentions, for showing who it was addressed to. */
export function splitAtMentions(text: string, people: readonly MentionCandidate[]): { text: string; mention: boolean }[] {
  const parts: { text: string; mention: boolean }[] = [];
  let from = 0;
  for (const span of mentionSpans(text, people)) {
    if (span.start > from) parts.push({ text: text.slice(from, span.start), mention: false });
    parts.push({ text: text.slice(span.start, span.end), mention: true });
    from = span.end;
  }
  if (from < text.length) parts.push({ text: text.slice(from), mention: false });
  return parts;
}
