"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { handBackClaimAction } from "@/app/(desk)/claims/hand-back-actions";
import { closeOnEscape } from "@/components/ui/close-on-escape";
import { focusElement, waitingProps } from "@/components/ui/focus";
import { reachAction } from "@/components/ui/reach-action";
import { useUnsavedWarning } from "@/components/ui/use-unsaved-warning";
import { announceOnClaim } from "./claim-announcer";
import styles from "./review.module.css";

type Props = {
  claimId: string;
  /** Whether the page stays open to them once the claim is no longer theirs (editors see every claim; reviewers only their own). */
  staysVisible: boolean;
};

/**
 * For the holder of a claim who cannot check it: give it back to the open pool
 * with a reason the assigning editor reads. A reviewer, who may open only the
 * claims they hold, then goes to My queue.
 */
export function HandBack({ claimId, staysVisible }: Props) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  useUnsavedWarning(reason.trim() !== "", "Your reason for handing this claim back is not sent yet. Leave without sending it?");
  const field = useRef<HTMLTextAreaElement>(null);

  return (
    <details className={`card ${styles.handBack}`} onKeyDown={closeOnEscape}>
      <summary>Can&apos;t check this one? Hand it back</summary>
      <form
        aria-label="Hand back this claim"
        onSubmit={(event) => {
          event.preventDefault();
          startTransition(async () => {
            const result = await reachAction(() => handBackClaimAction({ claimId, reason }));
            if (!result.ok) {
              setError(result.fieldErrors?.reason ?? result.error);
              focusElement(field.current);
              return;
            }
            setReason("");
            if (!staysVisible) return router.push("/queue?handed=back");
            // An editor stays on the page, where this form goes with the refresh: the verdict card says what happened.
            announceOnClaim(claimId, result.message ?? "Handed back.");
          });
        }}
      >
        <p className="muted small">It goes back to the open pool for an editor to assign again; your draft stays with the claim.</p>
        <div className="field">
          <label htmlFor="hand-back-reason">Why <span className="hint">(the editor who assigned it reads this)</span></label>
          <textarea
            ref={field}
            id="hand-back-reason"
            rows={2}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "hand-back-error" : undefined}
          />
          {error ? <p className="field-error" id="hand-back-error" role="alert">{error}</p> : null}
        </div>
        <button type="submit" className="danger" {...waitingProps(pending, pending)}>
          Hand back
        </button>
      </form>
    </details>
  );
}
