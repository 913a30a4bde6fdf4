"use client";

import { useRef, useState, useTransition, type KeyboardEvent, type ReactNode } from "react";
import { editCommentAction, removeCommentAction } from "@/app/(desk)/claims/comment-actions";
import type { MentionPerson } from "@/lib/workflow/mention-typing";
import { focusElement, focusWhenShown, waitingProps } from "@/components/ui/focus";
import { reachAction } from "@/components/ui/reach-action";
import { useUnsavedWarning } from "@/components/ui/use-unsaved-warning";
import { MentionTextarea } from "./mention-textarea";
import styles from "./review.module.css";

export type CommentItemData = {
  id: string;
  claimId: string;
  body: string;
  version: number;
  authorName: string;
  createdAt: string;
  createdLabel: string;
  editedLabel: string | null;
  removed: { byName: string; label: string } | null;
};

type Props = {
  comment: CommentItemData;
  /** The text as shown, with the people it notified marked (rendered on the server). */
  shownBody: ReactNode;
  mayEdit: boolean;
  mayRemove: boolean;
  people: readonly MentionPerson[];
};

type Mode = { kind: "view" } | { kind: "edit"; draft: string; seen: number } | { kind: "confirm-remove" };

/**
 * One comment in a claim's thread. Its author may correct it ("Edit") or take it
 * back ("Remove"); an administrator may remove anyone's. A change names the
 * version on screen: if the comment changed meanwhile, the thread shows it as it
 * is now, the typed text stays in the box, and saving again goes over what is shown.
 */
export function CommentItem({ comment, shownBody, mayEdit, mayRemove, people }: Props) {
  const [mode, setMode] = useState<Mode>({ kind: "view" });
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const boxId = `comment-edit-${comment.id}`;
  const errorId = `comment-error-${comment.id}`;
  useUnsavedWarning(mode.kind === "edit" && mode.draft !== comment.body, "Your change to this comment is not saved. Leave without saving it?");
  // The box, or the question, goes when it is done with: focus goes back to the button that opened it.
  const editButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const backTo = (button: { current: HTMLButtonElement | null }) => requestAnimationFrame(() => focusElement(button.current));

  const leave = (from: "edit" | "remove" = "edit") => {
    setMode({ kind: "view" });
    setError(null);
    backTo(from === "edit" ? editButton : removeButton);
  };

  const save = (draft: string, seen: number) =>
    startTransition(async () => {
      const result = await reachAction(() => editCommentAction({ claimId: comment.claimId, commentId: comment.id, expectedVersion: seen, body: draft }));
      if (result.ok) return leave();
      setError(result.fieldErrors?.body ?? result.error);
    });

  const remove = () =>
    startTransition(async () => {
      const result = await reachAction(() => removeCommentAction({ claimId: comment.claimId, commentId: comment.id, expectedVersion: comment.version }));
      if (result.ok) {
        setMode({ kind: "view" });
        setError(null);
        // Its buttons go once the page shows it removed: focus goes to the line saying so.
        focusWhenShown(() => document.querySelector<HTMLElement>(`[data-removed-comment="${CSS.escape(comment.id)}"]`));
        return;
      }
      // Back to the comment, its Remove button focused, with the refusal under it.
      leave("remove");
      setError(result.error);
    });

  const controls =
    mode.kind === "view" && !comment.removed && (mayEdit || mayRemove) ? (
      <span className={styles.commentTools}>
        {mayEdit ? (
          <button ref={editButton} type="button" aria-label={`Edit comment by ${comment.authorName}, ${comment.createdLabel}`} onClick={() => { setError(null); setMode({ kind: "edit", draft: comment.body, seen: comment.version }); }}>
            Edit
          </button>
        ) : null}
        {mayRemove ? (
          <button ref={removeButton} type="button" aria-label={`Remove comment by ${comment.authorName}, ${comment.createdLabel}`} onClick={() => { setError(null); setMode({ kind: "confirm-remove" }); }}>
            Remove
          </button>
        ) : null}
      </span>
    ) : null;

  const header = (
    <div className={styles.who}>
      {comment.authorName}
      <time dateTime={comment.createdAt}>{comment.createdLabel}</time>
      {comment.editedLabel && !comment.removed ? <span className={styles.edited} title={`Edited ${comment.editedLabel}`}>(edited)</span> : null}
      {controls}
    </div>
  );

  if (comment.removed && mode.kind !== "edit") {
    return (
      <>
        {header}
        <p className={styles.removed} data-removed-comment={comment.id}>Removed by {comment.removed.byName}, {comment.removed.label}. The claim&apos;s history keeps what it said.</p>
      </>
    );
  }

  if (mode.kind === "edit") {
    // Changed since the box opened: show the comment as it is now, and a save goes over that.
    const changedMeanwhile = comment.version !== mode.seen;
    const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
      if (event.key === "Escape" && !event.defaultPrevented) leave();
    };
    return (
      <>
        {header}
        {changedMeanwhile ? (
          <div className={styles.meanwhile}>
            <strong>{comment.removed ? "Removed meanwhile." : "Now reads:"}</strong> {comment.removed ? null : shownBody}
          </div>
        ) : null}
        <form
          aria-label="Edit comment"
          onKeyDown={onKeyDown}
          onSubmit={(event) => {
            event.preventDefault();
            save(mode.draft, comment.version);
            setMode({ ...mode, seen: comment.version });
          }}
        >
          <label className="sr-only" htmlFor={boxId}>Edit comment</label>
          <MentionTextarea id={boxId} value={mode.draft} onChange={(draft) => setMode({ ...mode, draft })} people={people} invalid={Boolean(error)} describedBy={error ? errorId : undefined} />
          {error ? <p className="field-error" id={errorId} role="alert">{error}</p> : null}
          <div className={styles.commentButtons}>
            <button type="submit" className="small" disabled={Boolean(comment.removed)} {...waitingProps(pending)}>{pending ? "Saving…" : "Save comment"}</button>
            <button type="button" className="small" onClick={() => leave()} {...waitingProps(pending)}>Cancel</button>
          </div>
        </form>
      </>
    );
  }

  return (
    <>
      {header}
      <p>{shownBody}</p>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      {mode.kind === "confirm-remove" ? (
        <div className={styles.commentButtons} role="group" aria-label="Remove this comment?">
          <span className="small">Remove this comment? The claim&apos;s history keeps what it said.</span>
          <button type="button" className="small danger" onClick={remove} {...waitingProps(pending)}>{pending ? "Removing…" : "Remove comment"}</button>
          <button type="button" className="small" onClick={() => leave("remove")} {...waitingProps(pending)}>Keep it</button>
        </div>
      ) : null}
    </>
  );
}
