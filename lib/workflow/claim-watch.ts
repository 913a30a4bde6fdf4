/**
 * An open claim page keeps up with what other people do to the claim. Some
 * changes it can take in at once: a new or edited comment, the holder's draft
 * saved. Everything else (a submission, a decision, a reassignment, new words)
 * can take away the form or the panel the viewer is typing in, so the page says
 * what happened and refreshes when they ask.
 */
const TAKEN_IN_QUIETLY = new Set(["claim.commented", "claim.comment_edited", "claim.comment_removed", "verdict.draft_saved"]);

export function takenInQuietly(actions: readonly string[]): boolean {
  return actions.every((action) => TAKEN_IN_QUIETLY.has(action));
}

/** At most this many changes are named; more become "and n more". */
const MOST_NAMED = 3;

/** "Since you opened this page: Eve approved version 2." with the first few changes, in order. */
export function sinceYouOpened(said: readonly string[]): string {
  const named = said.slice(0, MOST_NAMED);
  const more = said.length - named.length;
  return `Since you opened this page: ${named.join("; ")}${more > 0 ? `; and ${more} more` : ""}.`;
}
