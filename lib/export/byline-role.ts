/**
 * Which parts of a Latin-script byline are a job title or a place, not a
 * name: "Priya Nandakumar, Health Correspondent" is one author whose title is
 * "Health Correspondent". Other scripts keep the old reading (names and a
 * desk), since these words are English and a guess there would be blind.
 */

/** Words a job title ends in ("Europe correspondent", "Political Editor"); plural with an "s". */
const ROLE_WORDS = [
  "correspondent", "reporter", "editor", "writer", "columnist", "critic", "journalist", "contributor",
  "photographer", "photojournalist", "producer", "analyst", "commentator", "stringer", "staff", "chief",
];

/** After the role word: "Editor-at-large", "Editor-in-Chief", "correspondent in Brussels". */
const ROLE_TAIL = String.raw`(?:[-\s]at[-\s]large|-in-chief|\s+(?:in|for|at|of)\s+\S.*)?`;

/** Up to four words before the role word ("Chief Political", "Europe", "Special"). */
const ROLE = new RegExp(String.raw`^(?:\S+\s+){0,4}(${ROLE_WORDS.join("|")})s?${ROLE_TAIL}$`, "i");

/**
 * "Writer" is also a surname ("Sam Writer"), so as a title it wants a word
 * before it that only a title has, or no capital ("staff writer").
 */
const WRITER_QUALIFIER = /^(?:staff|senior|chief|lead|contributing|special|guest|freelance|features?|sports?|food|travel|science|health|politics|political|business|tech|technology|culture|arts?|fashion|music|film|books|opinion|editorial|speech)$/i;

/** "in Brussels" or "reporting from Kyiv" set off by a comma: where the authors work. */
const PLACE = /^(?:in|reporting\s+from)\s+(\p{Lu}.*)$/u;

/** Letters other than Latin ones (names in Arabic, Cyrillic, Han…): such parts are never read as titles. */
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;

function isLatin(text: string): boolean {
  return /\p{L}/u.test(text) && !NON_LATIN_LETTER.test(text);
}

/** Whether `part` is a job title such as "Health Correspondent", "Staff Writers" or "Staff". */
export function isJobTitle(part: string): boolean {
  const text = part.trim();
  if (!isLatin(text)) return false;
  const match = ROLE.exec(text);
  if (!match) return false;
  if (match[1].toLowerCase() !== "writer") return true;
  const words = text.split(/\s+/);
  const head = words.findIndex((word) => /^writers?$/i.test(word));
  return head === 0 || /^w/.test(words[head]) || /s$/i.test(words[head]) || WRITER_QUALIFIER.test(words[head - 1]);
}

/** The place in ", in Brussels", or null. */
export function placeOf(part: string): string | null {
  const text = part.trim();
  if (!isLatin(text)) return null;
  return PLACE.exec(text)?.[1] ?? null;
}

/**
 * One author's title from a title written for several: "Staff Writers" →
 * "Staff Writer", since each Person has the title alone.
 */
export function singularTitle(title: string): string {
  const pattern = new RegExp(String.raw`\b(${ROLE_WORDS.join("|")})s\b`, "i");
  return title.replace(pattern, "$1");
}
