"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { saveClaimantAction } from "@/app/(desk)/claims/claimant-actions";
import { focusElement, waitingProps } from "@/components/ui/focus";
import { reachAction } from "@/components/ui/reach-action";

type Props = { claimId: string; version: number; claimant: string | null; canEdit: boolean };

/**
 * Who made the claim, with an Edit for editors: the finder's guess ("The figures",
 * a job title instead of the person) goes into the memo and into ClaimReview as
 * the claim's author, so the desk must be able to put it right before it does.
 */
export function ClaimantField({ claimId, version, claimant, canEdit }: Props) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(claimant ?? "");
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const field = useRef<HTMLInputElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  // Focus follows the field in and out: into the box on Edit, back to Edit once saved or cancelled.
  const focusAfter = useRef<"field" | "edit" | null>(null);
  useEffect(() => {
    const target = focusAfter.current;
    focusAfter.current = null;
    if (target) focusElement(target === "field" ? field.current : editButton.current);
  }, [editing]);
  const toggle = (next: boolean) => {
    focusAfter.current = next ? "field" : "edit";
    setEditing(next);
  };

  if (!editing) {
    return (
      <>
        <span>{claimant ?? "Not attributed"}</span>
        {canEdit ? (
          <>
            {" · "}
            <button
              ref={editButton}
              type="button"
              className="small"
              onClick={() => {
                setValue(claimant ?? "");
                setError(null);
                setSaved(null);
                toggle(true);
              }}
            >
              Edit<span className="sr-only"> claimant</span>
            </button>
          </>
        ) : null}
        {saved ? (
          <span role="status" className="muted small">
            {" "}
            {saved}
          </span>
        ) : null}
      </>
    );
  }

  return (
    <form
      aria-label="Claimant"
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await reachAction(() => saveClaimantAction({ claimId, expectedVersion: version, claimant: value }));
          if (!result.ok) {
            setError(result.fieldErrors?.claimant ?? result.error);
            focusElement(field.current);
            return;
          }
          setSaved(result.message ?? "Saved.");
          toggle(false);
        });
      }}
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        toggle(false);
      }}
    >
      <label htmlFor="claimant-field" className="sr-only">
        Claimant
      </label>
      <input
        ref={field}
        id="claimant-field"
        value={value}
        maxLength={200}
        placeholder="Who made the claim (empty: nobody named)"
        onChange={(event) => setValue(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "claimant-error" : undefined}
      />
      <button type="submit" className="small" {...waitingProps(pending, pending)}>
        Save claimant
      </button>
      <button
        type="button"
        className="small"
        onClick={() => {
          toggle(false);
        }}
      >
        Cancel
      </button>
      {error ? (
        <p className="field-error" id="claimant-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
