"use client";

import { useState, useTransition } from "react";
import { setAwayForAction } from "./actions";
import { reachAction } from "@/components/ui/reach-action";

type AwayControlProps = { userId: string; name: string; awayDay: string | null; today: string };

/** "Mark away" for one person on the people table (off sick, say), or "Back" when they are away. */
export function AwayControl({ userId, name, awayDay, today }: AwayControlProps) {
  const [open, setOpen] = useState(false);
  const [day, setDay] = useState(awayDay ?? "");
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const save = (value: string) =>
    start(async () => {
      const result = await reachAction(() => setAwayForAction({ userId, day: value }));
      setOutcome({ ok: result.ok, text: result.ok ? (result.message ?? "Saved.") : (result.fieldErrors?.day ?? result.error) });
      if (result.ok) setOpen(false);
    });
  const line = outcome ? (
    <p className={outcome.ok ? "form-ok small" : "field-error"} role={outcome.ok ? "status" : "alert"}>
      {outcome.text}
    </p>
  ) : null;
  if (!open) {
    return (
      <div className="reset-password">
        <div className="actions">
          <button type="button" className="small" onClick={() => setOpen(true)}>
            {awayDay ? "Change away" : "Mark away"}
            <span className="sr-only"> {name}</span>
          </button>
          {awayDay ? (
            <button type="button" className="small" disabled={pending} onClick={() => save("")}>
              Back<span className="sr-only"> at work: {name}</span>
            </button>
          ) : null}
        </div>
        {line}
      </div>
    );
  }
  const fieldId = `away-${userId}`;
  return (
    <form
      noValidate
      className="reset-password"
      aria-label={`Away: ${name}`}
      onSubmit={(event) => {
        event.preventDefault();
        save(day);
      }}
    >
      <label htmlFor={fieldId}>{name} is away until (the last day away)</label>
      <input id={fieldId} type="date" min={today} value={day} onChange={(event) => setDay(event.target.value)} />
      <div className="actions">
        <button type="submit" className="small primary" disabled={pending} aria-busy={pending}>
          Save
        </button>
        <button type="button" className="small" disabled={pending} onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
      {line}
    </form>
  );
}
