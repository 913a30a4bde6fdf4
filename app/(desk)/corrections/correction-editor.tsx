"use client";

import { useActionState, useRef, useState, useTransition, type FormEvent } from "react";
import { useFormStatus } from "react-dom";
import { CorrectionTypeSelect } from "@/components/corrections/correction-type-select";
import styles from "@/components/corrections/corrections.module.css";
import { announceOnLog } from "@/components/corrections/log-announcer";
import { TextareaField } from "@/components/corrections/textarea-field";
import { focusWhenShown, keepFocusWhenRemoved, waitingProps } from "@/components/ui/focus";
import { keepingValues, reachAction } from "@/components/ui/reach-action";
import { useUnsavedWarning } from "@/components/ui/use-unsaved-warning";
import { draftCorrectionNote, isDraftedNote } from "@/lib/corrections";
import { CLAIM_STATUS_LABELS, type ClaimStatus, type CorrectionStatus, type CorrectionType } from "@/lib/workflow/statuses";
import { discardCorrectionAction, saveCorrectionAction, type CorrectionFormState } from "./actions";

type CorrectionEditorProps = {
  correction: { id: string; version: number; type: CorrectionType; status: CorrectionStatus; originalText: string; correctedText: string; note: string; claimStatus?: ClaimStatus | null };
  articleTitle: string;
};

type IntentButtonProps = { intent: string; label: string; primary?: boolean };

/** Saving the text: inside "Edit correction", beside the fields it saves. */
const SAVE: Record<CorrectionStatus, IntentButtonProps> = {
  draft: { intent: "save", label: "Save draft" },
  approved: { intent: "save", label: "Save" },
  published: { intent: "save", label: "Save changes", primary: true },
};

/**
 * The correction's next step, shown without opening the editor: what an editor
 * comes to the log to do. Each one also saves whatever is in the fields.
 */
const NEXT: Record<CorrectionStatus, IntentButtonProps[]> = {
  draft: [{ intent: "approve", label: "Approve", primary: true }],
  // Publish asks first (see PublishConfirm): it cannot be undone, and it appears where Approve was, under a second tap.
  approved: [{ intent: "publish", label: "Publish…", primary: true }, { intent: "reopen", label: "Back to draft" }],
  published: [],
};

const saveCorrectionKeepingValues = keepingValues(saveCorrectionAction);

/**
 * One correction's controls in the log: its next step (Approve, Publish) and
 * Discard in view, the fields behind "Edit correction". The form is keyed by
 * version, so after a save the fields show what the server now holds; on a
 * conflict or an invalid field they show what the editor sent. Outcomes are
 * said in a status line outside the keyed form, which stays in the document
 * from the first render so screen readers announce what arrives in it. Like the
 * new-correction form, a note that is still the pattern's draft follows the
 * texts and the type as they change; once the editor writes in the note it is
 * theirs, and only "Redraft note from pattern" replaces it.
 */
export function CorrectionEditor({ correction, articleTitle }: CorrectionEditorProps) {
  const [state, formAction] = useActionState<CorrectionFormState | null, FormData>(saveCorrectionKeepingValues, null);
  const formRef = useRef<HTMLFormElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  // React resets a form after its action; on a refusal the fields come back from
  // what was sent, so nothing the editor typed is lost.
  const sent = state && !state.ok ? state.values : undefined;
  const id = (name: string) => `${name}-${correction.id}`;
  const shown = {
    type: (sent?.type as CorrectionType | undefined) ?? correction.type,
    original: sent?.originalText ?? correction.originalText,
    corrected: sent?.correctedText ?? correction.correctedText,
    note: sent?.note ?? correction.note,
  };
  // Whether the note holds the editor's own words. Until they write in it (or
  // redraft) this session, it is judged from what the form shows, for the version
  // it shows: a stored note that differs from the pattern was written by someone.
  const [noteChoice, setNoteChoice] = useState<{ version: number; own: boolean } | null>(null);
  const noteIsOwn = noteChoice?.version === correction.version ? noteChoice.own : !isDraftedNote(shown);
  // Typed into since the last save was sent; a refused save left its words unsaved too.
  const [typed, setTyped] = useState(false);
  useUnsavedWarning(typed || Boolean(state && !state.ok), "This correction has changes that are not saved. Leave without saving them?");

  // "Edit correction" stays as the editor left it across saves (the form remounts),
  // and opens by itself when a refusal points at a field inside it.
  const [editing, setEditing] = useState(false);
  const [closedOnState, setClosedOnState] = useState<CorrectionFormState | null>(null);
  const open = editing || (Boolean(errors) && closedOnState !== state);

  const [confirming, setConfirming] = useState(false);
  const [discardError, setDiscardError] = useState<string | null>(null);
  const [discarding, startDiscard] = useTransition();

  const send = (data: FormData) => {
    setTyped(false);
    setDiscardError(null);
    // The pressed button goes when the saved version re-renders the form: focus
    // moves to the same button in the new form, else to the next step, else to
    // the message, never to the page's body.
    const intent = String(data.get("intent") ?? "");
    keepFocusWhenRemoved(document.activeElement as HTMLElement | null, () => {
      const form = formRef.current;
      return form?.querySelector<HTMLElement>(`button[value="${intent}"]`) ?? form?.querySelector<HTMLElement>("button.primary") ?? statusRef.current;
    });
    formAction(data);
  };

  const field = (name: string) => formRef.current?.elements.namedItem(name) as HTMLTextAreaElement | HTMLSelectElement | null;
  // The pattern's note for whatever is in the fields now.
  const drafted = () =>
    draftCorrectionNote({ type: (field("type")?.value ?? shown.type) as CorrectionType, original: field("originalText")?.value ?? "", corrected: field("correctedText")?.value ?? "" });
  const setNote = (text: string) => {
    const note = field("note");
    if (note) note.value = text;
  };

  const redraft = () => {
    setTyped(true);
    setNote(drafted());
    setNoteChoice({ version: correction.version, own: false });
  };

  const onInput = (event: FormEvent<HTMLFormElement>) => {
    setTyped(true);
    const name = (event.target as { name?: unknown }).name;
    if (name === "note") {
      if (!noteIsOwn) setNoteChoice({ version: correction.version, own: true });
    } else if (!noteIsOwn && (name === "type" || name === "originalText" || name === "correctedText")) {
      setNote(drafted());
    }
  };

  // The question replaces the buttons: focus goes to its safe answer, and back to
  // "Discard…" when the editor keeps the correction.
  // Asked only while approved: a published correction has nothing left to confirm.
  const [publishAsked, setPublishAsked] = useState(false);
  const confirmingPublish = publishAsked && correction.status === "approved";
  const askPublish = (asking: boolean) => {
    setPublishAsked(asking);
    focusWhenShown(() => formRef.current?.querySelector<HTMLElement>(asking ? "[data-publish-no]" : "[data-publish-ask]"));
  };

  const ask = (asking: boolean) => {
    setConfirming(asking);
    setDiscardError(null);
    focusWhenShown(() => formRef.current?.querySelector<HTMLElement>(asking ? "[data-keep]" : "[data-discard]"));
  };

  const discard = () =>
    startDiscard(async () => {
      const result = await reachAction(() => discardCorrectionAction({ correctionId: correction.id, version: correction.version }));
      if (!result.ok) {
        setDiscardError(result.error);
        return;
      }
      // Whatever was typed goes with the correction; nothing is left to warn about.
      setTyped(false);
      announceOnLog(result.message ?? "Correction discarded.");
    });

  const discardable = correction.status !== "published";
  // The verdict behind an unpublished correction was reopened (or went stale) since it was drafted: it may no longer be right.
  const verdictMoved = correction.status !== "published" && correction.claimStatus != null && correction.claimStatus !== "approved";
  return (
    <>
      {verdictMoved ? (
        <p className="form-note" role="note">
          The verdict this correction rests on is no longer approved (the claim is {CLAIM_STATUS_LABELS[correction.claimStatus!].toLowerCase()}). Check it
          before you approve or publish this correction.
        </p>
      ) : null}
      <form ref={formRef} action={send} onInput={onInput} onChange={() => setTyped(true)} key={correction.version} aria-label={`Edit correction on ${articleTitle}`} noValidate>
        <input type="hidden" name="correctionId" value={correction.id} />
        <input type="hidden" name="version" value={correction.version} />
        <details
          className={styles.edit}
          open={open}
          onToggle={(event) => {
            const nowOpen = event.currentTarget.open;
            if (nowOpen === open) return;
            setEditing(nowOpen);
            if (!nowOpen) setClosedOnState(state);
          }}
        >
          <summary>Edit correction</summary>
          <div style={{ maxWidth: 260 }}>
            <CorrectionTypeSelect key={sent?.type ?? correction.type} id={id("type")} defaultValue={shown.type} error={errors?.type} />
          </div>
          <div className={styles.twoCol}>
            <TextareaField label="Original text" name="originalText" id={id("original")} defaultValue={shown.original} error={errors?.originalText} />
            <TextareaField label="Corrected text" name="correctedText" id={id("corrected")} defaultValue={shown.corrected} error={errors?.correctedText} />
          </div>
          <TextareaField
            label="Note"
            name="note"
            id={id("note")}
            defaultValue={shown.note}
            error={errors?.note}
            hint={noteIsOwn ? "(what readers see)" : "(drafted from the pattern until you edit it)"}
            rows={3}
          />
          <div className="actions">
            <IntentButton {...SAVE[correction.status]} />
            <button type="button" onClick={redraft}>
              Redraft note from pattern
            </button>
          </div>
        </details>
        {state && !state.ok && !errors ? <p className="form-error" role="alert">{state.error}</p> : null}
        {confirming ? (
          <div className={styles.confirm} role="group" aria-label="Discard this correction?">
            <p>
              <strong>Discard this correction?</strong> It will leave the log and stop holding the article back. Readers never saw it; the audit trail keeps what it said.
            </p>
            <div className="actions">
              <button type="button" className="danger" onClick={discard} {...waitingProps(discarding, discarding)}>
                {discarding ? "Discarding…" : "Discard correction"}
              </button>
              <button type="button" data-keep onClick={() => ask(false)} {...waitingProps(discarding)}>
                Keep it
              </button>
            </div>
          </div>
        ) : confirmingPublish ? (
          <div className={styles.confirm} role="group" aria-label="Publish this correction?">
            <p>
              <strong>Publish this correction?</strong> Readers see it from now on, in the log and every export. A published correction cannot be discarded, only amended.
            </p>
            <div className="actions">
              <IntentButton intent="publish" label="Publish correction" primary />
              <button type="button" data-publish-no onClick={() => askPublish(false)}>
                Not yet
              </button>
            </div>
          </div>
        ) : NEXT[correction.status].length > 0 || discardable ? (
          <div className={`actions ${styles.nextStep}`}>
            {NEXT[correction.status].map((button) =>
              button.intent === "publish" ? (
                <button key={button.intent} type="button" data-publish-ask className="primary" onClick={() => askPublish(true)}>
                  {button.label}
                </button>
              ) : (
                <IntentButton key={button.intent} {...button} />
              ),
            )}
            {discardable ? (
              <button type="button" data-discard className={`danger ${styles.discard}`} onClick={() => ask(true)}>
                Discard…
              </button>
            ) : null}
          </div>
        ) : null}
        {discardError ? <p className="form-error" role="alert">{discardError}</p> : null}
      </form>
      <div ref={statusRef} role="status" className={styles.said}>
        {state?.ok ? <p className="form-ok">{state.message}</p> : null}
      </div>
    </>
  );
}

/**
 * A submit button that carries its intent (SubmitButton has no name/value) and,
 * like it, refuses a second press while the form is being sent, keeping focus.
 */
function IntentButton({ intent, label, primary }: IntentButtonProps) {
  const { pending, data } = useFormStatus();
  return (
    <button type="submit" name="intent" value={intent} className={primary ? "primary" : undefined} {...waitingProps(pending, pending && data?.get("intent") === intent)}>
      {label}
    </button>
  );
}
