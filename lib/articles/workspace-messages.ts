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

/** After Accept all suggested: how many it accepted. */
export function acceptedAllMessage(count: number): string {
  return `Accepted ${plural(count, "suggested claim", "suggested claims")}.`;
}

/** Claims named in a message at most; the rest are counted. */
const NAMED_AT_MOST = 3;

/**
 * After Undo of Accept all suggested: how many went back to the suggestions, and
 * by their words (`kept`, quoted and shortened) those left as they were because
 * something happened to them since. `ok` false when nothing could be undone.
 */
export function undoneAcceptAllMessage(undone: number, kept: readonly string[]): { ok: boolean; text: string } {
  const named = kept.slice(0, NAMED_AT_MOST).join(", ") + (kept.length > NAMED_AT_MOST ? ` and ${kept.length - NAMED_AT_MOST} more` : "");
  if (undone === 0) return { ok: false, text: kept.length ? `Nothing was undone: ${kept.length === 1 ? "that claim" : "those claims"} changed since (${named}).` : "Nothing was undone: those claims are gone." };
  const back = `Put ${plural(undone, "claim", "claims")} back among the suggestions.`;
  return { ok: true, text: kept.length ? `${back} ${kept.length} could not be undone, as ${kept.length === 1 ? "it" : "they"} changed since: ${named}.` : back };
}
