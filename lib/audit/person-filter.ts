/**
 * The Activity page's person filter on a desk with years of staff: the people
 * working now first, and those deactivated apart (an <optgroup>), each by name
 * as a person reads a list (case and accents aside), so the two hundred names
 * of a desk a year old are searchable by eye and by typing the first letters.
 */
export type FilterPerson = { id: string; name: string; active: boolean };

const byName = new Intl.Collator("en", { sensitivity: "base", numeric: true });

export function peopleForFilter<P extends FilterPerson>(people: readonly P[]): { active: P[]; deactivated: P[] } {
  // The id after the name: two people of one name keep one order.
  const sorted = [...people].sort((a, b) => byName.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { active: sorted.filter((p) => p.active), deactivated: sorted.filter((p) => !p.active) };
}
