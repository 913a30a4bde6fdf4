/**
 * A claim an editor should act on: overdue with its holder, stale (its text
 * changed under a verdict), or lost (its text is gone from the article). The
 * Dashboard's Needs attention lists them (db/queries/dashboard.ts reads them).
 */
export type AttentionItem = {
  claimId: string;
  claimText: string;
  articleId: string;
  articleTitle: string;
  reason: "overdue" | "stale" | "lost";
  holderName: string | null;
  dueAt: Date | null;
};
