/**
 * The article's authors as JSON-LD wants them. Bylines are typed as printed
 * ("By Mara Okafor and Lee Chan, City Desk"; "By Priya Nandakumar, Health
 * Correspondent"), but each `author.name` should be one name alone: search
 * engines show it as the author, ask for one entry per author, and want no
 * title or desk in the name.
 */
import { isJobTitle, placeOf, singularTitle } from "./byline-role";

export type BylineAuthors = {
  names: string[];
  desk: string | null;
  /** Each name's job title (null for none), in the order of `names`; absent when nobody has one. */
  titles?: Array<string | null>;
  /** Where the authors work ("Brussels" from ", in Brussels"); absent when not said. */
  place?: string;
};

const LEADING_BY = /^by(?:\s*:\s*|\s+|$)/i;

/** A ", … Desk" or ", … Bureau": it ends in a word no personal name ends in. */
const DESK = /^[^,]*\S\s+(?:desk|bureau)$/i;

/** Between co-authors within one comma's stretch: " and " or "&". */
const BETWEEN_NAMES = /\s+and\s+|\s*&\s*/i;

/** A comma's stretch that begins a new co-author: ", and John Roe". */
const LEADING_AND = /^and\s+/i;

/** "Ana Ruiz in Brussels" without a comma: the place after the last name (Latin script, capitalised place). */
const TRAILING_PLACE = /^(.*\S)\s+in\s+(\p{Lu}[\p{Script=Latin}\s.'’-]*)$/u;

/** Name suffixes that follow a comma inside one name ("Okafor, Jr."). */
const SUFFIX = /^(?:jr|sr|[ivx]+|phd|md|qc|kc|obe|mbe)\.?$/i;

/** A name in Han, Kana or Hangul only, of two characters or more. */
const UNSPACED_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}・ー]{2,}$/u;

/**
 * Whether splitting gave names and not pieces of one: every part has at least
 * two words, or is written in Chinese, Japanese or Korean, whose names take no
 * space (王小明), and none is a suffix. "Okafor, Mara" (inverted) and "Okafor,
 * Jr." stay whole, since publishing a wrong name is worse than one long one.
 */
function areNames(parts: string[]): boolean {
  return parts.every((part) => (part.split(/\s+/).length >= 2 || UNSPACED_NAME.test(part)) && !SUFFIX.test(part));
}

type Segment = { kind: "names"; text: string; names: string[] } | { kind: "title" | "desk" | "place"; text: string };

/**
 * What one comma's stretch is. The first is always names (a byline starts with
 * its author, and "Sam Writer" is a name); later ones may be a desk, a place
 * or a job title, which applies to the names before it.
 */
function segmentOf(text: string, first: boolean): Segment {
  if (!first) {
    if (DESK.test(text)) return { kind: "desk", text };
    const place = placeOf(text);
    if (place) return { kind: "place", text: place };
    if (isJobTitle(text)) return { kind: "title", text };
  }
  const names = text.replace(first ? /^$/ : LEADING_AND, "").split(BETWEEN_NAMES).map((part) => part.trim()).filter(Boolean);
  return { kind: "names", text, names };
}

/** "Ana Ruiz in Brussels" → ["Ana Ruiz", "Brussels"]; null when the stretch names no place. */
function trailingPlace(text: string): [string, string] | null {
  const match = TRAILING_PLACE.exec(text);
  return match && !/[^\p{Script=Latin}\s\p{P}]/u.test(match[1]) ? [match[1], match[2].trim()] : null;
}

/**
 * News agencies whose name alone is a byline ("By Reuters", "AP"): an organisation
 * wrote the piece, and JSON-LD must not call it a Person. A short list of the
 * wires newsrooms run, by the names bylines give them.
 */
const AGENCY = /^(?:reuters|ap|the associated press|associated press|afp|agence france-presse|pa|pa media|press association|bloomberg(?: news)?|dpa|efe|ansa|kyodo(?: news)?|xinhua|pti|ani|upi|cna|ips|anadolu(?: agency)?|tass|yonhap|aap)$/i;

/** Credits with no one's name, the desk's own: "Staff", "Agencies", "Staff and agencies", "Newsdesk". */
const STAFF_CREDIT = /^(?:(?:staff|agencies|wires?|wire services?|news\s?desk|web\s?desk|(?:news|web)\s+team|editorial\s+(?:staff|board|team))(?:\s+(?:and|&)\s+(?:agencies|wires?|wire services?))?|(?:our|from\s+our|a)\s+(?:own\s+|special\s+|staff\s+|\p{Lu}\p{L}+\s+)?(?:correspondents?|reporters?))$/iu;

/**
 * Whether a byline credits no person: a role alone ("Staff Reporter", "Our
 * Correspondent", "Staff and agencies") is the newsroom's own (`staff`), and a
 * wire's name alone ("By Reuters") is that agency's. Null when the byline names
 * someone, or is empty.
 */
export function bylineCredit(byline: string): { kind: "staff" } | { kind: "agency"; name: string } | null {
  const rest = byline.trim().replace(LEADING_BY, "").trim().replace(/\s+/g, " ").replace(/[.\s]+$/, "");
  if (!rest) return null;
  if (AGENCY.test(rest)) return { kind: "agency", name: rest };
  // A role alone; with a comma it is a name and the title after it ("Priya Nandakumar, Health Correspondent").
  if (STAFF_CREDIT.test(rest) || (!rest.includes(",") && isJobTitle(rest))) return { kind: "staff" };
  return null;
}

/**
 * "By Mara Okafor, City Desk" → { names: ["Mara Okafor"], desk: "City Desk" };
 * "By Mara Okafor, Lee Chan and Ana Ruiz" → three names; "Jane Doe and John
 * Roe, Staff Writers" → two names, each a "Staff Writer"; "BY: Mara Okafor" →
 * one; null when nothing is left.
 */
export function bylineAuthors(byline: string): BylineAuthors | null {
  const rest = byline.trim().replace(LEADING_BY, "").trim();
  if (!rest) return null;
  const segments = rest.split(/\s*,\s*/).map((text, i) => segmentOf(text, i === 0));
  let place = segments.find((s) => s.kind === "place")?.text;
  const desk = segments.find((s) => s.kind === "desk")?.text ?? null;
  const nameSegments = segments.filter((s) => s.kind === "names");
  const last = nameSegments.at(-1);
  const lastPlace = place ? null : last && last.names.length > 0 && trailingPlace(last.names.at(-1)!);
  if (last && lastPlace) {
    const [name, where] = lastPlace;
    last.text = last.text.slice(0, last.text.length - last.names.at(-1)!.length) + name;
    last.names[last.names.length - 1] = name;
    place = where;
  }

  // A title names everyone since the last title: "Jane Doe and John Roe, Staff Writers".
  const names: string[] = [];
  const titles: Array<string | null> = [];
  let untitled = 0;
  for (const segment of segments) {
    if (segment.kind === "names") {
      names.push(...segment.names);
      titles.push(...segment.names.map(() => null));
      untitled += segment.names.length;
    } else if (segment.kind === "title") {
      for (let i = names.length - untitled; i < names.length; i++) titles[i] = singularTitle(segment.text);
      untitled = 0;
    }
  }

  const extras = place ? { place } : {};
  if (names.length > 1 && areNames(names)) {
    return { names, desk, ...(titles.some(Boolean) ? { titles } : {}), ...extras };
  }
  // Not clearly several names: one author, the name as written, with the title only when there is one to give.
  const whole = nameSegments.map((s) => s.text).join(", ");
  const distinct = [...new Set(segments.filter((s) => s.kind === "title").map((s) => s.text))];
  return { names: [whole], desk, ...(distinct.length === 1 ? { titles: [singularTitle(distinct[0])] } : {}), ...extras };
}
