/**
 * The article's author as JSON-LD wants it. Bylines are typed as printed
 * ("By Mara Okafor, City Desk"), but `author.name` should be the name alone:
 * search engines show it as the author and ask for no title or desk in it.
 */

export type BylineAuthor = { name: string; desk: string | null };

const LEADING_BY = /^by(?:\s*:\s*|\s+|$)/i;

/**
 * A trailing ", … Desk" or ", … Bureau". Only these are split off: they end in a
 * word no personal name ends in. A comma is otherwise too ambiguous to split on:
 * it also separates co-authors ("A, B and C"), suffixes ("Okafor, Jr.") and
 * inverted names ("Okafor, Mara"), and a wrong split would publish a wrong name.
 */
const TRAILING_DESK = /^([^,]+?)\s*,\s*([^,]*\S\s+(?:desk|bureau))$/i;

/**
 * "By Mara Okafor, City Desk" → { name: "Mara Okafor", desk: "City Desk" };
 * "BY: Mara Okafor" → { name: "Mara Okafor", desk: null }; null when nothing is left.
 */
export function bylineAuthor(byline: string): BylineAuthor | null {
  const name = byline.trim().replace(LEADING_BY, "").trim();
  if (!name) return null;
  const split = TRAILING_DESK.exec(name);
  return split ? { name: split[1], desk: split[2] } : { name, desk: null };
}
