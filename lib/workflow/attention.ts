/**
 * A claim an editor should act on: overdue with its holder, its holder asking
 * for more time, stale (its text
 * changed under a verdict), lost (its text is gone from the article), or
 * released (someone held it and nobody does now: handed back, unassigned, its
 * holder deactivated). The Dashboard's Needs attention lists them
 * (db/queries/dashboard.ts reads them).
 */
export type AttentionItem = {
  claimId: string;
  claimText: string;
  articleId: string;
  articleTitle: string;
  reason: "overdue" | "more_time" | "stale" | "lost" | "released";
  holderName: string | null;
  /** Overdue: when it was due. Asking for more time: the time asked for. */
  dueAt: Date | null;
};

/**
 * Each kind in "Needs attention" is cut at a limit (db/queries/dashboard.ts):
 * when the list holds fewer than the Dashboard's counts, say so, or an editor
 * reads 50 rows under "Overdue assignments 409" as the whole of it.
 */
export function attentionCutNote(items: readonly Pick<AttentionItem, "reason">[], totals: { overdue: number; troubled: number }): string | null {
  const overdue = items.filter((item) => item.reason === "overdue").length;
  const troubled = items.filter((item) => item.reason === "stale" || item.reason === "lost").length;
  const parts = [
    totals.overdue > overdue ? `the ${overdue} longest overdue of ${totals.overdue}` : "",
    totals.troubled > troubled ? `${troubled} of ${totals.troubled} stale or lost claims` : "",
  ].filter(Boolean);
  return parts.length > 0 ? `Showing ${parts.join(" and ")}; the rest come up as these are dealt with.` : null;
}
