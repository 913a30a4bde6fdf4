import { formatDateTime } from "@/components/ui/format";
import styles from "./review.module.css";

type CommentItem = { id: string; body: string; authorName: string; createdAt: Date };

/** A claim's comments, oldest first. */
export function CommentsList({ comments, zone }: { comments: CommentItem[]; zone: string }) {
  if (comments.length === 0) return <p className="muted small">No comments yet.</p>;
  return (
    <ol className={styles.comments} aria-label="Comments">
      {comments.map((comment) => (
        <li key={comment.id} id={`comment-${comment.id}`}>
          <div className={styles.who}>
            {comment.authorName}
            <time dateTime={comment.createdAt.toISOString()}>{formatDateTime(comment.createdAt, zone)}</time>
          </div>
          <p>{comment.body}</p>
        </li>
      ))}
    </ol>
  );
}
