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
  return [person.name.trim(), local].filter((handle) => handle.length > 0).map((handle) => handle.toLowerCase());
}

/**
 * The ids of the people a text mentions, each once, in order of first mention.
 * An "@" inside a word (an e-mail address in the text) does not start a mention.
 */
export function findMentions(text: string, people: readonly MentionCandidate[]): string[] {
  const lower = text.toLowerCase();
  const handles = people
    .flatMap((person) => handlesOf(person).map((handle) => ({ id: person.id, handle })))
    .sort((a, b) => b.handle.length - a.handle.length);
  const found: string[] = [];
  for (let at = lower.indexOf("@"); at !== -1; at = lower.indexOf("@", at + 1)) {
    if (at > 0 && WORD_CHAR.test(text[at - 1])) continue;
    const rest = lower.slice(at + 1);
    const match = handles.find(({ handle }) => rest.startsWith(handle) && !WORD_CHAR.test(rest.charAt(handle.length)));
    if (match && !found.includes(match.id)) found.push(match.id);
  }
  return found;
}
