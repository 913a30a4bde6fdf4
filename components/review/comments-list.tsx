import { formatDateTime } from "@/components/ui/format";
import { splitAtMentions, type MentionCandidate } from "@/lib/workflow/mentions";
import { CommentTarget } from "./comment-target";
import styles from "./review.module.css";

type CommentItem = { id: string; body: string; authorName: string; createdAt: Date; mentions: string[] };

/**
 * A claim's comments, oldest first. The people a comment notified stand out in
 * it (`mentioned` holds them), so a reader sees who it was addressed to.
 */
export function CommentsList({ comments, zone, mentioned }: { comments: CommentItem[]; zone: string; mentioned: readonly MentionCandidate[] }) {
  if (comments.length === 0) return <p className="muted small">No comments yet.</p>;
  return (
    <ol className={styles.comments} aria-label="Comments">
      <CommentTarget />
      {comments.map((comment) => (
        <li key={comment.id} id={`comment-${comment.id}`}>
          <div className={styles.who}>
            {comment.authorName}
            <time dateTime={comment.createdAt.toISOString()}>{formatDateTime(comment.createdAt, zone)}</time>
          </div>
          <p>
            {splitAtMentions(comment.body, mentioned.filter((person) => comment.mentions.includes(person.id))).map((part, index) =>
              part.mention ? <strong key={index} className={styles.mention}>{part.text}</strong> : part.text,
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
