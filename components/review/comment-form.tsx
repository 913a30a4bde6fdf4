"use client";

import { useState, useTransition } from "react";
import { addCommentAction } from "@/app/(desk)/claims/actions";

/** The box under a claim's comments; @Name mentions notify people who can open the claim. */
export function CommentForm({ claimId }: { claimId: string }) {
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      aria-label="Add a comment"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await addCommentAction({ claimId, body });
          setError(result.ok ? null : (result.fieldErrors?.body ?? result.error));
          if (result.ok) setBody("");
        });
      }}
    >
      <div className="field">
        <label htmlFor="comment-body">Comment <span className="hint">(mention someone with @Name)</span></label>
        <textarea id="comment-body" rows={3} value={body} onChange={(e) => setBody(e.target.value)} aria-invalid={error ? true : undefined} />
        {error ? <p className="field-error" role="alert">{error}</p> : null}
      </div>
      <button type="submit" disabled={pending}>{pending ? "Adding…" : "Add comment"}</button>
    </form>
  );
}
