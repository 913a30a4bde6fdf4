"use client";

import { useState, useTransition } from "react";
import { reopenClaimAction } from "@/app/(desk)/claims/actions";
import { reachAction } from "@/components/ui/reach-action";
import { useUnsavedWarning } from "@/components/ui/use-unsaved-warning";
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

  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)}>
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
          if (!result.ok) return setError(result.fieldErrors?.reason ?? result.error);
          setReason("");
          setAsking(false);
        });
      }}
    >
      <div className="field">
        <label htmlFor="reopen-reason">Why reopen it? <span className="hint">(the reviewer holding it is told; the history keeps it)</span></label>
        <textarea id="reopen-reason" rows={2} value={reason} onChange={(event) => setReason(event.target.value)} aria-invalid={error ? true : undefined} />
        {error ? <p className="field-error" role="alert">{error}</p> : null}
      </div>
      <div className={styles.commentButtons}>
        <button type="submit" className="danger" disabled={pending} aria-busy={pending}>Reopen</button>
        <button type="button" onClick={() => { setAsking(false); setReason(""); setError(null); }} disabled={pending}>Keep it approved</button>
      </div>
    </form>
  );
}
