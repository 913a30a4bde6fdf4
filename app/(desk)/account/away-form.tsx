"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { setAwayAction, type AwayState } from "./actions";
import { keepingValues } from "@/components/ui/reach-action";

const setAwayKeepingValues = keepingValues(setAwayAction);

type AwayFormProps = { awayDay: string | null; awayLabel: string | null; today: string };

/** "Away until" a day, or "I'm back": auto-assign passes you by while you are away. */
export function AwayForm({ awayDay, awayLabel, today }: AwayFormProps) {
  const [state, formAction] = useActionState<AwayState, FormData>(setAwayKeepingValues, null);
  const error = state && !state.ok ? state.error : null;
  return (
    <form action={formAction} noValidate aria-label="Away">
      {state?.ok ? (
        <p className="form-ok" role="status">
          {state.message}
        </p>
      ) : null}
      <p className="small">
        {awayLabel ? (
          <>
            You are away until <strong>{awayLabel}</strong>. Editors can still assign you claims by hand.
          </>
        ) : (
          "Going on leave or a trip? Auto-assign passes you by until the day you give is over; the claims you hold stay yours."
        )}
      </p>
      <div className="field">
        <label htmlFor="field-day">Away until (the last day away)</label>
        <input
          id="field-day"
          type="date"
          name="day"
          min={today}
          defaultValue={awayDay ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "field-day-error" : undefined}
        />
        {error ? (
          <p className="field-error" id="field-day-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div className="actions">
        <SubmitButton pendingLabel="Saving…">Save</SubmitButton>
        {awayLabel ? (
          <button type="submit" name="intent" value="back">
            I&apos;m back
          </button>
        ) : null}
      </div>
    </form>
  );
}
