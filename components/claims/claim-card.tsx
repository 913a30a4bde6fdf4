"use client";

import { useRef } from "react";
import Link from "next/link";
import { waitingProps } from "@/components/ui/focus";
import { CLAIM_STATUS_LABELS, DISMISS_REASON_LABELS } from "@/lib/workflow/statuses";
import { canApply, canDismiss } from "@/lib/workflow/transitions";
import { claimTone } from "./claim-tone";
import { DismissForm } from "./dismiss-form";
import type { Dismissal } from "./dismissal";
import type { WorkspaceClaim } from "./types";

const REASON_LABELS = DISMISS_REASON_LABELS;

type ClaimCardProps = {
  claim: WorkspaceClaim;
  selected: boolean;
  canCurate: boolean;
  busy: boolean;
  /** Whether the dismissal form is open (the list opens it from the keyboard too). */
  dismissing: boolean;
  onDismissingChange: (open: boolean) => void;
  onSelect: () => void;
  onAccept: () => void;
  onDismiss: (dismissal: Dismissal) => void;
  onRestore: () => void;
};

/** Reasons on a suggestion's card before it is selected; selected, it lists them all. */
const SHOWN_REASONS = 3;

/** One claim in the side list: text, score and reasons, status, and its curation buttons. */
export function ClaimCard({ claim, selected, canCurate, busy, dismissing, onDismissingChange: setDismissing, onSelect, onAccept, onDismiss, onRestore }: ClaimCardProps) {
  const textButton = useRef<HTMLButtonElement>(null);
  const closeDismissal = () => {
    setDismissing(false);
    textButton.current?.focus();
  };
  const tone = claimTone(claim);
  return (
    <li className={`claim-card tone-${tone}${selected ? " is-selected" : ""}`} aria-current={selected ? "true" : undefined} data-claim-id={claim.id}>
      <button ref={textButton} type="button" className="claim-card-text" data-claim-card-id={claim.id} onClick={onSelect} aria-label={`Show claim: ${claim.text}`}>
        {claim.text}
      </button>
      <div className="claim-card-meta">
        <span className={`badge tone-badge tone-${tone}`}>{claim.verdictLabel && claim.status === "approved" ? claim.verdictLabel : CLAIM_STATUS_LABELS[claim.status]}</span>
        {claim.score !== null ? <span className="muted small" title="How worth checking the claim finder thinks this is, 0 to 100">
            check-worthiness {Math.round(claim.score * 100)}
          </span> : null}
        {claim.claimant ? <span className="muted small">· {claim.claimant}</span> : null}
        {claim.assigneeName ? <span className="muted small">· {claim.assigneeName}</span> : null}
        {claim.dismissReason ? <span className="muted small">· {REASON_LABELS[claim.dismissReason]}</span> : null}
      </div>
      {claim.reasons.length > 0 && selected ? (
        <ul className="reasons" aria-label={claim.origin === "manual" ? "Why it is checkable" : "Why this was suggested"}>
          {claim.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : claim.reasons.length > 0 && claim.status === "proposed" ? (
        // A suggestion is accepted or dismissed on its reasons: shown on every card, on one line.
        <p className="reasons-line">
          <span className="sr-only">Why this was suggested: </span>
          {claim.reasons.slice(0, SHOWN_REASONS).join(" · ")}
          {claim.reasons.length > SHOWN_REASONS ? ` · ${claim.reasons.length - SHOWN_REASONS} more` : ""}
        </p>
      ) : null}
      <div className="actions">
        {canCurate && canApply(claim.status, "accept") ? (
          <button type="button" className="small primary" {...waitingProps(busy)} onClick={onAccept} aria-keyshortcuts={selected ? "A" : undefined}>
            Accept
          </button>
        ) : null}
        {canCurate && canDismiss(claim) && !dismissing ? (
          <button type="button" className="small" {...waitingProps(busy)} onClick={() => setDismissing(true)} aria-keyshortcuts={selected ? "D" : undefined}>
            Dismiss
          </button>
        ) : null}
        {canCurate && claim.status === "dismissed" ? (
          <button type="button" className="small" {...waitingProps(busy)} onClick={onRestore}>
            Restore
          </button>
        ) : null}
        {claim.status !== "proposed" && claim.status !== "dismissed" ? (
          <Link className="button small" href={`/claims/${claim.id}`}>
            Open claim
          </Link>
        ) : null}
      </div>
      {dismissing ? (
        <DismissForm
          claimId={claim.id}
          busy={busy}
          onCancel={closeDismissal}
          onConfirm={(dismissal) => {
            // The form goes at once: focus goes to the claim's text first, not to the page's body.
            textButton.current?.focus();
            setDismissing(false);
            onDismiss(dismissal);
          }}
        />
      ) : null}
    </li>
  );
}
