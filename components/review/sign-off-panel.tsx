"use client";

import { useState, useTransition } from "react";
import { approveVerdictAction, returnVerdictAction } from "@/app/(desk)/claims/actions";
import type { MentionPerson } from "@/lib/workflow/mention-typing";
import { MentionTextarea } from "./mention-textarea";
import type { VerdictToken } from "./types";
import { reachAction } from "@/components/ui/reach-action";
import { useUnsavedWarning } from "@/components/ui/use-unsaved-warning";

type SignOffPanelProps = { claimId: string; token: VerdictToken; authorName: string; isAuthor: boolean; people: readonly MentionPerson[] };

/**
 * "Approve" or "Return to reviewer" for an editor. The author of the verdict
 * sees why they cannot decide it; the server refuses them either way.
 */
export function SignOffPanel({ claimId, token, authorName, isAuthor, people }: SignOffPanelProps) {
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [deciding, setDeciding] = useState<"approve" | "return" | null>(null);
  useUnsavedWarning(comment.trim() !== "", "Your comment for the reviewer is not sent yet. Leave without sending it?");
  const decide = (decision: "approve" | "return") =>
    startTransition(async () => {
      setDeciding(decision);
      if (decision === "return" && !comment.trim()) {
        setError("Tell the reviewer what to change before returning it.");
        return;
      }
      const action = decision === "approve" ? approveVerdictAction : returnVerdictAction;
      const result = await reachAction(() => action({ claimId, expected: token, comment }));
      setError(result.ok ? null : result.error);
      if (result.ok) setComment("");
    });
  return (
    <section className="card" aria-labelledby="signoff-heading">
      <h2 id="signoff-heading">Sign-off</h2>
      {isAuthor ? (
        <p className="form-error" role="note">You wrote this verdict, so another editor must sign it off.</p>
      ) : (
        <p className="muted small">Written by {authorName}. Approving makes this version final; returning sends it back with your comment.</p>
      )}
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      <div className="field">
        <label htmlFor="return-comment">Comment for the reviewer <span className="hint">(needed to return it)</span></label>
        <MentionTextarea id="return-comment" value={comment} onChange={setComment} people={people} disabled={isAuthor || pending} />
      </div>
      <div className="actions">
        <button type="button" className="primary" disabled={isAuthor || pending} aria-busy={pending && deciding === "approve"} onClick={() => decide("approve")}>Approve</button>
        <button type="button" disabled={isAuthor || pending} aria-busy={pending && deciding === "return"} onClick={() => decide("return")}>Return to reviewer</button>
      </div>
    </section>
  );
}
