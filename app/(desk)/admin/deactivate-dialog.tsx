"use client";

import { useEffect, useId, useRef } from "react";
import { deactivateWarning } from "./deactivate-text";

type DeactivateDialogProps = { name: string; held: number; open: boolean; onConfirm: () => void; onKeep: () => void };

/**
 * Asks before deactivating someone, saying what it does to the claims they hold.
 * A modal <dialog>: the page behind it is out of reach, Escape keeps the person,
 * and focus starts on "Keep" so a hurried Enter does no harm.
 */
export function DeactivateDialog({ name, held, open, onConfirm, onKeep }: DeactivateDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const textId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      keep.current?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);
  return (
    <dialog ref={dialog} className="card" aria-labelledby={headingId} aria-describedby={textId} onClose={onKeep} style={{ maxWidth: "30rem" }}>
      <h2 id={headingId}>Deactivate {name}?</h2>
      <p id={textId}>{deactivateWarning(name, held)}</p>
      <div className="actions">
        <button type="button" className="danger" onClick={onConfirm}>
          Deactivate
        </button>
        <button ref={keep} type="button" onClick={onKeep}>
          Keep
        </button>
      </div>
    </dialog>
  );
}
