"use client";

import { useRef, useState, useTransition } from "react";
import { answerMoreTimeAction, askMoreTimeAction } from "@/app/(desk)/claims/more-time-actions";
import { localInputToIso, toLocalInput } from "@/components/assign/due-default";
import { LocalZoneHint } from "@/components/ui/local-zone-hint";
import { closeOnEscape } from "@/components/ui/close-on-escape";
import { focusElement, focusWhenShown, waitingProps } from "@/components/ui/focus";
import { reachAction } from "@/components/ui/reach-action";
import { useUnsavedWarning } from "@/components/ui/use-unsaved-warning";
import styles from "./review.module.css";

const DAY = 24 * 60 * 60 * 1000;

/** A day after the claim is due (or after now, if it is already late or has no due time): most answers a desk waits for come the next day. */
function suggestedUntil(currentDue: string | null): string {
  const from = Math.max(Date.now(), currentDue ? new Date(currentDue).getTime() : 0);
  const until = new Date(from + DAY);
  until.setSeconds(0, 0);
  return toLocalInput(until);
}

type AskProps = {
  claimId: string;
  /** The claim's due time now (ISO), or null. */
  currentDue: string | null;
  /** The holder's open request, already worded for the desk's time zone. */
  pending: { untilLabel: string; until: string; reason: string } | null;
};

/**
 * For the holder of a claim: ask the editors for a later due time, saying why.
 * The due time moves only when an editor grants it; an open request shows here,
 * and the holder may replace it.
 */
export function AskMoreTime({ claimId, currentDue, pending }: AskProps) {
  const [until, setUntil] = useState(() => suggestedUntil(currentDue));
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<{ until?: string; reason?: string; form?: string }>({});
  // With a request open, the form stays folded away until the holder wants to change it.
  const [changing, setChanging] = useState(false);
  const [saving, startTransition] = useTransition();
  // Changing a request starts from its own words, which are already sent.
  useUnsavedWarning(reason.trim() !== "" && !(changing && reason === pending?.reason), "Your request for more time is not sent yet. Leave without sending it?");
  const showForm = !pending || changing;
  const details = useRef<HTMLDetailsElement>(null);
  /** After a refusal: focus on the first field it marked (where the fix goes). */
  const focusFirstError = () => focusWhenShown(() => details.current?.querySelector<HTMLElement>('[aria-invalid="true"]'));

  return (
    <details ref={details} className={`card ${styles.handBack}`} open={pending ? true : undefined} onKeyDown={closeOnEscape}>
      <summary>{pending ? "You asked for more time" : "Need more time? Ask for it"}</summary>
      {pending ? (
        <div className={styles.moreTimePending} role="status" data-more-time-pending>
          <p>
            You asked for <strong>until {pending.untilLabel}</strong> (“{pending.reason}”). The due time changes when an editor grants it.
          </p>
          {showForm ? null : (
            <button
              type="button"
              className="small"
              onClick={() => {
                setUntil(toLocalInput(new Date(pending.until)));
                setReason(pending.reason);
                setChanging(true);
              }}
            >
              Change the request
            </button>
          )}
        </div>
      ) : null}
      {showForm ? (
        <form
          aria-label="Ask for more time"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const iso = localInputToIso(until);
            if (!iso) {
              setErrors({ until: "Enter the date and time you need." });
              return focusFirstError();
            }
            startTransition(async () => {
              const result = await reachAction(() => askMoreTimeAction({ claimId, until: iso, reason }));
              if (!result.ok) {
                setErrors({ until: result.fieldErrors?.until, reason: result.fieldErrors?.reason, form: result.fieldErrors ? undefined : result.error });
                return focusFirstError();
              }
              setErrors({});
              setReason("");
              setChanging(false);
              // The form folds away once the request shows: focus goes to what it says.
              focusWhenShown(() => details.current?.querySelector<HTMLElement>("[data-more-time-pending]"));
            });
          }}
        >
          <div className="form-grid">
            <div className="field">
              <label htmlFor="more-time-until">Until</label>
              <input
                id="more-time-until"
                type="datetime-local"
                value={until}
                onChange={(event) => setUntil(event.target.value)}
                aria-describedby={errors.until ? "more-time-until-error more-time-zone" : "more-time-zone"}
                aria-invalid={errors.until ? true : undefined}
              />
              <LocalZoneHint id="more-time-zone" />
              {errors.until ? <p className="field-error" id="more-time-until-error" role="alert">{errors.until}</p> : null}
            </div>
          </div>
          <div className="field">
            <label htmlFor="more-time-reason">Why <span className="hint">(the editors read this)</span></label>
            <textarea
              id="more-time-reason"
              rows={2}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              aria-invalid={errors.reason ? true : undefined}
              aria-describedby={errors.reason ? "more-time-reason-error" : undefined}
            />
            {errors.reason ? <p className="field-error" id="more-time-reason-error" role="alert">{errors.reason}</p> : null}
          </div>
          {errors.form ? <p className="form-error" role="alert">{errors.form}</p> : null}
          <div className={styles.commentButtons}>
            <button type="submit" {...waitingProps(saving, saving)}>
              {pending ? "Replace the request" : "Ask for more time"}
            </button>
            {pending ? (
              <button
                type="button"
                {...waitingProps(saving)}
                onClick={() => {
                  setChanging(false);
                  setReason("");
                  setErrors({});
                  // Back to the request it left unchanged.
                  focusWhenShown(() => details.current?.querySelector<HTMLElement>("[data-more-time-pending] button"));
                }}
              >
                Keep it as it is
              </button>
            ) : null}
          </div>
        </form>
      ) : null}
    </details>
  );
}

/** A holder's open request, worded for the desk's time zone. */
export type OpenRequest = {
  /** When it was made (ISO): the answer names it, so it never lands on a newer one. */
  askedAt: string;
  untilLabel: string;
  /** "3 hours more" and the like. */
  span: string;
  reason: string;
  /** The time asked for falls after the article's publish deadline. */
  pastDeadline: boolean;
};

type AnswerProps = { claimId: string; holderName: string; request: OpenRequest | null };

/**
 * For editors: a holder's request for more time, to grant (the due time moves) or
 * decline, with a note for them. It stays mounted when the request goes or
 * changes, so the answer's outcome and a note being typed survive the refresh:
 * if the holder changed the request meanwhile, the editor reads why nothing
 * happened, sees the new request, and still has their note.
 */
export function AnswerMoreTime({ claimId, holderName, request }: AnswerProps) {
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [answering, setAnswering] = useState<"grant" | "decline" | null>(null);
  useUnsavedWarning(request !== null && note.trim() !== "", "Your note on this request is not sent yet. Leave without sending it?");

  if (!request) {
    if (done) return <p className="form-ok" role="status" data-more-time-answered>{done}</p>;
    // The request went while the editor answered it (the claim was reassigned, say):
    // the refusal says why, and the note typed is not lost with the panel.
    if (error) {
      return (
        <p className="form-error" role="alert">
          {error}
          {note.trim() ? ` Your note was not sent: “${note.trim()}”` : ""}
        </p>
      );
    }
    return null;
  }
  const { askedAt } = request;
  const answer = (grant: boolean) =>
    startTransition(async () => {
      setAnswering(grant ? "grant" : "decline");
      const result = await reachAction(() => answerMoreTimeAction({ claimId, askedAt, grant, note }));
      if (!result.ok) {
        setError(result.fieldErrors?.note ?? result.error);
        if (result.fieldErrors?.note) focusElement(document.getElementById("more-time-note"));
        return;
      }
      setError(null);
      setNote("");
      setDone(result.message ?? "Answered.");
      // The request and its buttons go with the refresh; focus goes to the answer's outcome.
      focusWhenShown(() => document.querySelector<HTMLElement>("[data-more-time-answered]"));
    });

  return (
    <section className={`card ${styles.moreTimeAsk}`} aria-labelledby="more-time-heading">
      <h2 id="more-time-heading">{holderName} asks for more time</h2>
      <p>
        Until <strong>{request.untilLabel}</strong> ({request.span}): “{request.reason}”
      </p>
      {request.pastDeadline ? <p className={styles.moreTimeWarn} role="note">That is after the article&apos;s publish deadline.</p> : null}
      <div className="field">
        <label htmlFor="more-time-note">Note for {holderName} <span className="hint">(optional)</span></label>
        <textarea
          id="more-time-note"
          rows={2}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "more-time-answer-error" : undefined}
        />
      </div>
      {error ? <p className="form-error" id="more-time-answer-error" role="alert">{error}</p> : null}
      <div className={styles.commentButtons}>
        <button type="button" className="primary" onClick={() => answer(true)} {...waitingProps(pending, pending && answering === "grant")}>Grant more time</button>
        <button type="button" onClick={() => answer(false)} {...waitingProps(pending, pending && answering === "decline")}>Decline</button>
      </div>
    </section>
  );
}
