"use client";

import { useRef, useState, type FormEvent } from "react";
import { waitingProps } from "@/components/ui/focus";
import { DISMISS_REASON_LABELS, DISMISS_REASONS } from "@/lib/workflow/statuses";
import { DISMISS_NOTE_MAX, readDismissal, takesNote, type Dismissal } from "./dismissal";

type DismissFormProps = {
  claimId: string;
  busy: boolean;
  onConfirm: (dismissal: Dismissal) => void;
  onCancel: () => void;
};

/**
 * The reason for a dismissal, chosen every time (nothing is preselected), with a
 * short note when the reason is "Other". Escape cancels; Enter in the note confirms.
 */
export function DismissForm({ claimId, busy, onConfirm, onCancel }: DismissFormProps) {
  const [reason, setReason] = useState("");
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const reasonField = useRef<HTMLSelectElement>(null);
  const ids = { reason: `reason-${claimId}`, error: `reason-error-${claimId}`, note: `dismiss-note-${claimId}` };

  const confirm = (event: FormEvent) => {
    event.preventDefault();
    const read = readDismissal({ reason, note });
    if (!read.ok) {
      setError(read.error);
      reasonField.current?.focus();
      return;
    }
    onConfirm(read.dismissal);
  };

  return (
    <form
      className="dismiss-form"
      role="group"
      aria-label="Dismiss with a reason"
      noValidate
      onSubmit={confirm}
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.stopPropagation();
        onCancel();
      }}
    >
      <label htmlFor={ids.reason}>Reason</label>
      {/* Focused on opening: from the keyboard (D) the reason is the next thing to choose. */}
      <select
        ref={reasonField}
        id={ids.reason}
        autoFocus
        required
        value={reason}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? ids.error : undefined}
        onChange={(e) => {
          setReason(e.target.value);
          setError(null);
        }}
      >
        <option value="" disabled>
          Choose a reason…
        </option>
        {DISMISS_REASONS.map((r) => (
          <option key={r} value={r}>
            {DISMISS_REASON_LABELS[r]}
          </option>
        ))}
      </select>
      {error ? (
        <p id={ids.error} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {takesNote(reason) ? (
        <div>
          <label htmlFor={ids.note}>Note (optional)</label>
          <input id={ids.note} type="text" maxLength={DISMISS_NOTE_MAX} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
      ) : null}
      <div className="actions">
        <button type="submit" className="small danger" {...waitingProps(busy)}>
          Confirm dismissal
        </button>
        <button type="button" className="small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
