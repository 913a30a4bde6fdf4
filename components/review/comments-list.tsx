import { formatDateTime } from "@/components/ui/format";
import type { CommentView } from "@/lib/workflow/comment-view";
import type { MentionPerson } from "@/lib/workflow/mention-typing";
import { splitAtMentions, type MentionCandidate } from "@/lib/workflow/mentions";
import { CommentItem } from "./comment-item";
import { CommentTarget } from "./comment-target";
import styles from "./review.module.css";

type Props = {
  claimId: string;
  comments: CommentView[];
  zone: string;
  mentioned: readonly MentionCandidate[];
  /** Who is reading: their own comments can be edited and removed… */
  viewerId: string;
  /** …and anyone's removed, when they moderate comments. */
  canModerate: boolean;
  canWrite: boolean;
  people: readonly MentionPerson[];
};

/**
 * A claim's comments, oldest first. The people a comment notified stand out in
 * it (`mentioned` holds them), so a reader sees who it was addressed to.
 */
export function CommentsList({ claimId, comments, zone, mentioned, viewerId, canModerate, canWrite, people }: Props) {
  if (comments.length === 0) return <p className="muted small">No comments yet.</p>;
  return (
    <ol className={styles.comments} aria-label="Comments">
      <CommentTarget />
      {comments.map((comment) => {
        const own = canWrite && comment.authorId === viewerId;
        const shownBody = splitAtMentions(comment.body, mentioned.filter((person) => comment.mentions.includes(person.id))).map((part, index) =>
          part.mention ? <strong key={index} className={styles.mention}>{part.text}</strong> : part.text,
        );
        return (
          <li key={comment.id} id={`comment-${comment.id}`}>
            <CommentItem
              comment={{
                id: comment.id,
                claimId,
                body: comment.body,
                version: comment.version,
                authorName: comment.authorName,
                createdAt: comment.createdAt.toISOString(),
                createdLabel: formatDateTime(comment.createdAt, zone),
                editedLabel: comment.editedAt ? formatDateTime(comment.editedAt, zone) : null,
                removed: comment.removedAt ? { byName: comment.removedByName ?? "someone", label: formatDateTime(comment.removedAt, zone) } : null,
              }}
              shownBody={shownBody}
              mayEdit={own}
              mayRemove={own || (canWrite && canModerate)}
              people={people}
            />
          </li>
        );
      })}
    </ol>
  );
}
