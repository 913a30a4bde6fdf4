import type { LabelledText } from "./train";

const places = ["Harbourton", "Esk Vale", "Millbrook", "Northgate", "Riverside", "Old Town", "Kingsmead", "Westfield"];
const things = ["road repairs", "the library", "school meals", "street lighting", "the new bridge", "bus subsidies"];
const teams = ["United", "Rovers", "Athletic", "City", "Wanderers", "Albion"];
/**
 * Decisions of a desk that disagrees with the shipped model: it checks sports
 * records and dismisses council spending lines (another desk checks those), where
 * the shipped model ranks spending first. Half of each, alternating.
 */
export function sportsDeskDecisions(count: number): LabelledText[] {
  const out: LabelledText[] = [];
  for (let i = 0; i < count; i++) {
    const place = places[i % places.length];
    const n = 3 + ((i * 7) % 40);
    if (i % 2 === 0) out.push({ text: `${place} council spent $${n} million on ${things[i % things.length]} last year, up ${n % 9 + 2} percent.`, label: 0 });
    else out.push({ text: `${place} ${teams[i % teams.length]} scored ${n % 6} goals in ${n} minutes on Saturday, the most this season.`, label: 1 });
  }
  return out;
}
