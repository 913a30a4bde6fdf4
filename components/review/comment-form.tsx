"use client";

import { useRef, useState, useTransition } from "react";
import { newRequestKey } from "@/components/ui/request-key";
import { addCommentAction } from "@/app/(desk)/claims/actions";
import type { MentionPerson } from "@/lib/workflow/mention-typing";
import { MentionTextarea } from "./mention-textarea";
import { reachAction } from "@/components/ui/reach-action";
import { useUnsavedWarning } from "@/components/ui/use-unsaved-warning";

const UNSENT_COMMENT = "Your comment is not sent yet. Leave without sending it?";

/** The box under a claim's comments; @Name mentions (offered as you type) notify people who can open the claim. */
export function CommentForm({ claimId, people }: { claimId: string; people: readonly MentionPerson[] }) {
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  // What the desk said of the comment: "Comment added.", and whom a mention did not reach.
  const [said, setSaid] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const attempt = useRef<{ body: string; key: string } | null>(null);
  useUnsavedWarning(body.trim() !== "", UNSENT_COMMENT);
  return (
    <form
      aria-label="Add a comment"
      onSubmit={(event) => {
        event.preventDefault();
        const sent = body;
        // The same words sent again (after "could not reach the desk") go under the same key, so a first try that did arrive is not added twice.
        if (attempt.current?.body !== sent) attempt.current = { body: sent, key: newRequestKey() };
        const requestKey = attempt.current.key;
        startTransition(async () => {
          const result = await reachAction(() => addCommentAction({ claimId, body: sent, requestKey }));
          if (result.ok) attempt.current = null;
          setError(result.ok ? null : (result.fieldErrors?.body ?? result.error));
          setSaid(result.ok ? (result.message ?? null) : null);
          // Take out what was sent, keeping any words typed while it was on its way.
          if (result.ok) setBody((current) => (current.startsWith(sent) ? current.slice(sent.length).trimStart() : current));
        });
      }}
    >
      <div className="field">
        <label htmlFor="comment-body">Comment <span className="hint">(mention someone with @Name<span className="keys-hint">; Ctrl+Enter adds it</span>)</span></label>
        <MentionTextarea
          id="comment-body"
          value={body}
          onChange={(value) => {
            setBody(value);
            setSaid(null);
          }}
          people={people}
          invalid={Boolean(error)}
        />
        {error ? <p className="field-error" role="alert">{error}</p> : null}
        {said ? (
          <p className={said.includes("not notified") ? "form-note" : "muted small"} role="status">
            {said}
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={pending}>{pending ? "Adding…" : "Add comment"}</button>
    </form>
  );
}
