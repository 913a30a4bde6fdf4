/**
 * The article's authors as JSON-LD wants them. Bylines are typed as printed
 * ("By Mara Okafor and Lee Chan, City Desk"), but each `author.name` should be
 * one name alone: search engines show it as the author, ask for one entry per
 * author, and want no title or desk in the name.
 */

export type BylineAuthors = { names: string[]; desk: string | null };

const LEADING_BY = /^by(?:\s*:\s*|\s+|$)/i;

/** A trailing ", … Desk" or ", … Bureau": it ends in a word no personal name ends in. */
const TRAILING_DESK = /^(.+?)\s*,\s*([^,]*\S\s+(?:desk|bureau))$/i;

/** Between co-authors: a comma (with or without "and"), " and ", or "&". */
const BETWEEN_NAMES = /\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/i;

/** Name suffixes that follow a comma inside one name ("Okafor, Jr."). */
const SUFFIX = /^(?:jr|sr|[ivx]+|phd|md|qc|kc|obe|mbe)\.?$/i;

/**
 * Whether splitting gave names and not pieces of one: every part has at least
 * two words, or is written in Chinese, Japanese or Korean, whose names take no
 * space (王小明), and none is a suffix. "Okafor, Mara" (inverted) and "Okafor,
 * Jr." stay whole, since publishing a wrong name is worse than one long one.
 */
function areNames(parts: string[]): boolean {
  return parts.every((part) => (part.split(/\s+/).length >= 2 || UNSPACED_NAME.test(part)) && !SUFFIX.test(part));
}

/** A name in Han, Kana or Hangul only, of two characters or more. */
const UNSPACED_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}・ー]{2,}$/u;

/**
 * "By Mara Okafor, City Desk" → { names: ["Mara Okafor"], desk: "City Desk" };
 * "By Mara Okafor, Lee Chan and Ana Ruiz" → three names; "BY: Mara Okafor" →
 * one; null when nothing is left.
 */
export function bylineAuthors(byline: string): BylineAuthors | null {
  const rest = byline.trim().replace(LEADING_BY, "").trim();
  if (!rest) return null;
  const split = TRAILING_DESK.exec(rest);
  const [names, desk] = split ? [split[1], split[2]] : [rest, null];
  const parts = names.split(BETWEEN_NAMES).map((part) => part.trim()).filter(Boolean);
  return { names: parts.length > 1 && areNames(parts) ? parts : [names], desk };
}
