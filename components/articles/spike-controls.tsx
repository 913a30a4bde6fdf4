"use client";

import { useRef, useState, useTransition } from "react";
import { restoreArticleAction, spikeArticleAction } from "@/app/(desk)/articles/actions";
import { ActionButton } from "@/components/ui/action-button";
import { keepFocusWhenRemoved, waitingProps } from "@/components/ui/focus";
import { reachAction } from "@/components/ui/reach-action";

const SPIKE_BUTTON_ID = "spike-button";

/**
 * "Spike": the article will not run. Asks for a reason first (kept in the audit
 * trail and shown on the article), since it takes claims off reviewers' queues.
 * The button stays while the panel is open (it opens and closes it), so the panel
 * has a place on the page to hang from and Cancel has a place to return focus to.
 */
export function SpikeButton({ articleId, version }: { articleId: string; version: number }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const button = useRef<HTMLButtonElement>(null);
  const wrap = useRef<HTMLDivElement>(null);
  const close = () => {
    setOpen(false);
    setError(null);
    button.current?.focus();
  };
  return (
    <div ref={wrap} className="spike-control">
      <button
        ref={button}
        id={SPIKE_BUTTON_ID}
        type="button"
        className="danger"
        aria-expanded={open}
        aria-controls={open ? "spike-form" : undefined}
        onClick={() => {
          if (open) return close();
          setOpen(true);
          // Into the panel it opened, so a keyboard user goes on from there.
          requestAnimationFrame(() => document.getElementById("spike-reason")?.focus());
        }}
      >
        Spike
      </button>
      {open ? (
        <form
          id="spike-form"
          className="card spike-form"
          aria-label="Spike this article"
          onKeyDown={(event) => {
            if (event.key === "Escape" && !pending) {
              event.preventDefault();
              close();
            }
          }}
          onSubmit={(event) => {
            event.preventDefault();
            if (pending) return;
            start(async () => {
              const result = await reachAction(() => spikeArticleAction({ articleId, expectedVersion: version, reason }));
              setError(result.ok ? null : result.error);
              // The refreshed page shows the Spiked banner in place of these controls: focus goes to it.
              if (result.ok) keepFocusWhenRemoved(wrap.current, () => document.querySelector<HTMLElement>(".spiked-banner"));
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
            <button type="submit" className="danger" {...waitingProps(pending, pending)}>
              Spike article
            </button>
            <button type="button" onClick={close} {...waitingProps(pending)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}

/** "Restore": back on the desk as a draft; focus then goes to the Spike button that comes back. */
export function RestoreButton({ articleId }: { articleId: string }) {
  return (
    <ActionButton run={() => restoreArticleAction({ articleId })} focusAfter={() => document.getElementById(SPIKE_BUTTON_ID) ?? document.querySelector("main h1")}>
      Restore
    </ActionButton>
  );
}
