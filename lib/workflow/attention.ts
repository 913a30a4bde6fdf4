/**
 * A claim an editor should act on: overdue with its holder, stale (its text
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
  reason: "overdue" | "stale" | "lost" | "released";
  holderName: string | null;
  dueAt: Date | null;
};
