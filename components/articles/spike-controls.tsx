"use client";

import { useState, useTransition } from "react";
import { restoreArticleAction, spikeArticleAction } from "@/app/(desk)/articles/actions";
import { ActionButton } from "@/components/ui/action-button";
import { reachAction } from "@/components/ui/reach-action";

/**
 * "Spike": the article will not run. Asks for a reason first (kept in the audit
 * trail and shown on the article), since it takes claims off reviewers' queues.
 */
export function SpikeButton({ articleId, version }: { articleId: string; version: number }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (!open) {
    return (
      <button type="button" className="danger" onClick={() => setOpen(true)}>
        Spike
      </button>
    );
  }
  return (
    <form
      className="card spike-form"
      aria-label="Spike this article"
      onSubmit={(event) => {
        event.preventDefault();
        start(async () => {
          const result = await reachAction(() => spikeArticleAction({ articleId, expectedVersion: version, reason }));
          setError(result.ok ? null : result.error);
          if (result.ok) setOpen(false);
        });
      }}
    >
      <p className="small">The article will not run. Claims people are still checking go back to the open pool, and they are told.</p>
      <div className="field">
        <label htmlFor="spike-reason">
          Reason <span className="muted">(optional)</span>
        </label>
        <textarea id="spike-reason" rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="danger" disabled={pending} aria-busy={pending}>
          Spike article
        </button>
        <button type="button" onClick={() => setOpen(false)} disabled={pending}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** "Restore": back on the desk as a draft. */
export function RestoreButton({ articleId }: { articleId: string }) {
  return <ActionButton run={() => restoreArticleAction({ articleId })}>Restore</ActionButton>;
}
