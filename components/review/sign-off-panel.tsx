"use client";

import { useState, useTransition } from "react";
import { approveVerdictAction, returnVerdictAction } from "@/app/(desk)/claims/actions";
import type { MentionPerson } from "@/lib/workflow/mention-typing";
import { announceOnClaim } from "./claim-announcer";
import { MentionTextarea } from "./mention-textarea";
import type { VerdictToken } from "./types";
import { focusElement, waitingProps } from "@/components/ui/focus";
import { useRouter } from "next/navigation";
import { reachAction } from "@/components/ui/reach-action";
import { useUnsavedWarning } from "@/components/ui/use-unsaved-warning";

type SignOffPanelProps = { claimId: string; token: VerdictToken; authorName: string; isAuthor: boolean; people: readonly MentionPerson[] };

export const COMMENT_ID = "return-comment";
const COMMENT_ERROR_ID = "return-comment-error";

/**
 * "Approve" or "Return to reviewer" for an editor. The author of the verdict
 * sees why they cannot decide it; the server refuses them either way. Once
 * decided, this panel goes with the refresh: the verdict card says what was done.
 */
export function SignOffPanel({ claimId, token, authorName, isAuthor, people }: SignOffPanelProps) {
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  // The one refusal about the comment box, shown under it and tied to it.
  const [commentError, setCommentError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [deciding, setDeciding] = useState<"approve" | "return" | null>(null);
  const router = useRouter();
  useUnsavedWarning(comment.trim() !== "", "Your comment for the reviewer is not sent yet. Leave without sending it?");
  const decide = (decision: "approve" | "return") => {
    if (decision === "return" && !comment.trim()) {
      setError(null);
      setCommentError("Tell the reviewer what to change before returning it.");
      focusElement(document.getElementById(COMMENT_ID));
      return;
    }
    setCommentError(null);
    startTransition(async () => {
      setDeciding(decision);
      const action = decision === "approve" ? approveVerdictAction : returnVerdictAction;
      const result = await reachAction(() => action({ claimId, expected: token, comment }));
      setError(result.ok ? null : result.error);
      if (!result.ok) return;
      setComment("");
      announceOnClaim(claimId, result.message ?? (decision === "approve" ? "Approved." : "Returned to the reviewer."));
    });
  };
  return (
    <section className="card" aria-labelledby="signoff-heading">
      <h2 id="signoff-heading">Sign-off</h2>
      {isAuthor ? (
        <p className="form-note" role="note">You wrote this verdict, so another editor must sign it off.</p>
      ) : (
        <p className="muted small">Written by {authorName}. Approving makes this version final; returning sends it back with your comment.</p>
      )}
      {error ? (
        <div className="form-error notice-action" role="alert">
          <p>{error}</p>
          {/* Not automatic: if the verdict was decided meanwhile this panel goes with the refresh, and the comment typed here with it. */}
          <button type="button" className="small" onClick={() => router.refresh()}>
            Show the current state
          </button>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={COMMENT_ID}>Comment for the reviewer <span className="hint">(needed to return it)</span></label>
        <MentionTextarea
          id={COMMENT_ID}
          value={comment}
          onChange={(value) => {
            setComment(value);
            if (value.trim()) setCommentError(null);
          }}
          people={people}
          disabled={isAuthor}
          invalid={Boolean(commentError)}
          describedBy={commentError ? COMMENT_ERROR_ID : undefined}
        />
        {commentError ? (
          <p className="field-error" id={COMMENT_ERROR_ID} role="alert">
            {commentError}
          </p>
        ) : null}
      </div>
      <div className="actions">
        <button type="button" className="primary" disabled={isAuthor} {...waitingProps(pending, pending && deciding === "approve")} onClick={() => decide("approve")}>
          Approve
        </button>
        <button type="button" disabled={isAuthor} {...waitingProps(pending, pending && deciding === "return")} onClick={() => decide("return")}>
          Return to reviewer
        </button>
      </div>
    </section>
  );
}
