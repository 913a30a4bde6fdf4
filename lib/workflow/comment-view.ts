/** A comment on a claim as the thread shows it (db/queries/comments.ts reads it; components/review renders it). */
export type CommentView = {
  id: string;
  body: string;
  authorId: string;
  authorName: string;
  createdAt: Date;
  mentions: string[];
  /** When its author last corrected it, or null. */
  editedAt: Date | null;
  /** A removed comment keeps its place in the thread with no text; the history keeps what it said. */
  removedAt: Date | null;
  removedByName: string | null;
  version: number;
};
