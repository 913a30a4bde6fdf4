/**
 * What the article workspace says after a save or a Find claims, in words. Pure,
 * so the wording (plurals, the clauses that appear only when something happened)
 * is tested without a browser.
 */

/** What a save did besides saving: claims it turned stale, lost, or put back under their approved verdict. */
export type SaveEffects = { revision: number; stale: number; orphaned: number; restored: number };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Saved revision 4." and, when the save moved claims, what it did to them. */
export function savedMessage({ revision, stale, orphaned, restored }: SaveEffects): string {
  const effects = [
    stale ? `${plural(stale, "claim", "claims")} turned stale and reopened` : "",
    orphaned ? `${orphaned} not found in the text` : "",
    restored ? `${restored} back to the words ${restored === 1 ? "its" : "their"} approved verdict ruled on, approved again` : "",
  ].filter(Boolean);
  return `Saved revision ${revision}.${effects.length ? ` ${effects.join("; ")}.` : ""}`;
}

/** After Find claims: how many it found, and how many of them are new (a second run mostly finds the first's again). */
export function foundMessage(count: number, fresh: number): string {
  if (!count) return "No new check-worthy claims found.";
  return `Found ${plural(count, "claim", "claims")} worth checking${fresh < count ? `, ${fresh} of them new` : ""}.`;
}
