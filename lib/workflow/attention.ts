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
