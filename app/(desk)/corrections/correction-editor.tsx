"use client";

import { useActionState, useRef, useState, type FormEvent } from "react";
import { useFormStatus } from "react-dom";
import { CorrectionTypeSelect } from "@/components/corrections/correction-type-select";
import styles from "@/components/corrections/corrections.module.css";
import { TextareaField } from "@/components/corrections/textarea-field";
import { draftCorrectionNote, isDraftedNote } from "@/lib/corrections";
import type { CorrectionStatus, CorrectionType } from "@/lib/workflow/statuses";
import { keepingValues } from "@/components/ui/reach-action";
import { useUnsavedWarning } from "@/components/ui/use-unsaved-warning";
import { saveCorrectionAction, type CorrectionFormState } from "./actions";

type CorrectionEditorProps = {
  correction: { id: string; version: number; type: CorrectionType; status: CorrectionStatus; originalText: string; correctedText: string; note: string };
  articleTitle: string;
};

/** Which buttons a correction offers in each status (each one also saves the text). */
const BUTTONS: Record<CorrectionStatus, { intent: string; label: string; primary?: boolean }[]> = {
  draft: [{ intent: "save", label: "Save draft" }, { intent: "approve", label: "Approve", primary: true }],
  approved: [{ intent: "save", label: "Save" }, { intent: "publish", label: "Publish", primary: true }, { intent: "reopen", label: "Back to draft" }],
  published: [{ intent: "save", label: "Save changes", primary: true }],
};

const saveCorrectionKeepingValues = keepingValues(saveCorrectionAction);

/**
 * Edit form for one correction in the log. The form is keyed by version, so after
 * a save the fields show what the server now holds; on a conflict or an invalid
 * field they show what the editor sent. Like the new-correction form, a note that
 * is still the pattern's draft follows the texts and the type as they change, so
 * a correction saved before its corrected text was written gets its "It is Y."
 * as the editor types it; once the editor writes in the note it is theirs, and
 * only "Redraft note from pattern" replaces it.
 */
export function CorrectionEditor({ correction, articleTitle }: CorrectionEditorProps) {
  const [state, formAction] = useActionState<CorrectionFormState | null, FormData>(saveCorrectionKeepingValues, null);
  const formRef = useRef<HTMLFormElement>(null);
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
  const send = (data: FormData) => {
    setTyped(false);
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

  return (
    <form ref={formRef} action={send} onInput={onInput} onChange={() => setTyped(true)} key={correction.version} aria-label={`Edit correction on ${articleTitle}`} noValidate>
      {state?.ok ? <p className="form-ok" role="status">{state.message}</p> : null}
      {state && !state.ok && !errors ? <p className="form-error" role="alert">{state.error}</p> : null}
      <input type="hidden" name="correctionId" value={correction.id} />
      <input type="hidden" name="version" value={correction.version} />
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
        {BUTTONS[correction.status].map((button) => (
          <IntentButton key={button.intent} {...button} />
        ))}
        <button type="button" onClick={redraft}>
          Redraft note from pattern
        </button>
      </div>
    </form>
  );
}

/**
 * A submit button that carries its intent (SubmitButton has no name/value) and,
 * like it, disables itself while the form is being sent.
 */
function IntentButton({ intent, label, primary }: { intent: string; label: string; primary?: boolean }) {
  const { pending, data } = useFormStatus();
  return (
    <button type="submit" name="intent" value={intent} className={primary ? "primary" : undefined} disabled={pending} aria-busy={pending && data?.get("intent") === intent}>
      {label}
    </button>
  );
}
