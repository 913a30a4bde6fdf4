"use client";

import { useRef, useState, useTransition } from "react";
import { reopenClaimAction } from "@/app/(desk)/claims/actions";
import { focusElement, waitingProps } from "@/components/ui/focus";
import { reachAction } from "@/components/ui/reach-action";
import { useUnsavedWarning } from "@/components/ui/use-unsaved-warning";
import { announceOnClaim } from "./claim-announcer";
import styles from "./review.module.css";

/**
 * Reopens an approved claim so its verdict can be changed as a new version. An
 * approved verdict is the desk's word on the claim, so reopening it asks first
 * and takes a reason, which the holder is told and the history keeps.
 */
export function ReopenButton({ claimId, version }: { claimId: string; version: number }) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  useUnsavedWarning(reason.trim() !== "", "Your reason for reopening is not sent yet. Leave without reopening?");
  const field = useRef<HTMLTextAreaElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  if (!asking) {
    return (
      <button
        ref={button}
        type="button"
        onClick={() => {
          setAsking(true);
          // Into the reason box the button opened.
          requestAnimationFrame(() => field.current?.focus());
        }}
      >
        Reopen for a new version
      </button>
    );
  }
  return (
    <form
      aria-label="Reopen the approved verdict"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await reachAction(() => reopenClaimAction({ claimId, expectedVersion: version, reason }));
          if (!result.ok) {
            setError(result.fieldErrors?.reason ?? result.error);
            focusElement(field.current);
            return;
          }
          setReason("");
          setAsking(false);
          // This card goes with the refresh (the claim is no longer approved): the verdict card says what happened.
          announceOnClaim(claimId, result.message ?? "Reopened.");
        });
      }}
    >
      <div className="field">
        <label htmlFor="reopen-reason">Why reopen it? <span className="hint">(the reviewer holding it is told; the history keeps it)</span></label>
        <textarea
          ref={field}
          id="reopen-reason"
          rows={2}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "reopen-error" : undefined}
        />
        {error ? <p className="field-error" id="reopen-error" role="alert">{error}</p> : null}
      </div>
      <div className={styles.commentButtons}>
        <button type="submit" className="danger" {...waitingProps(pending, pending)}>Reopen</button>
        <button
          type="button"
          {...waitingProps(pending)}
          onClick={() => {
            setAsking(false);
            setReason("");
            setError(null);
            // Back to the button that opened the form.
            requestAnimationFrame(() => button.current?.focus());
          }}
        >
          Keep it approved
        </button>
      </div>
    </form>
  );
}
