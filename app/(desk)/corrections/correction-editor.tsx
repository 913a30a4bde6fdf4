"use client";

import { useActionState, useRef, useState } from "react";
import { useFormStatus } from "react-dom";
import { CorrectionTypeSelect } from "@/components/corrections/correction-type-select";
import styles from "@/components/corrections/corrections.module.css";
import { TextareaField } from "@/components/corrections/textarea-field";
import { draftCorrectionNote } from "@/lib/corrections";
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
 * field they show what the editor sent.
 */
export function CorrectionEditor({ correction, articleTitle }: CorrectionEditorProps) {
  const [state, formAction] = useActionState<CorrectionFormState | null, FormData>(saveCorrectionKeepingValues, null);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  // React resets a form after its action; on a refusal the fields come back from
  // what was sent, so nothing the editor typed is lost.
  const sent = state && !state.ok ? state.values : undefined;
  const id = (name: string) => `${name}-${correction.id}`;
  // Typed into since the last save was sent; a refused save left its words unsaved too.
  const [typed, setTyped] = useState(false);
  useUnsavedWarning(typed || Boolean(state && !state.ok), "This correction has changes that are not saved. Leave without saving them?");
  const send = (data: FormData) => {
    setTyped(false);
    formAction(data);
  };

  // Redrafts the note from the pattern with whatever is in the fields now.
  const redraft = () => {
    const form = formRef.current;
    if (!form) return;
    const field = (name: string) => form.elements.namedItem(name) as HTMLTextAreaElement | HTMLSelectElement;
    setTyped(true);
    field("note").value = draftCorrectionNote({
      type: field("type").value as CorrectionType,
      original: field("originalText").value,
      corrected: field("correctedText").value,
    });
  };

  return (
    <form ref={formRef} action={send} onInput={() => setTyped(true)} onChange={() => setTyped(true)} key={correction.version} aria-label={`Edit correction on ${articleTitle}`} noValidate>
      {state?.ok ? <p className="form-ok" role="status">{state.message}</p> : null}
      {state && !state.ok && !errors ? <p className="form-error" role="alert">{state.error}</p> : null}
      <input type="hidden" name="correctionId" value={correction.id} />
      <input type="hidden" name="version" value={correction.version} />
      <div style={{ maxWidth: 260 }}>
        <CorrectionTypeSelect key={sent?.type ?? correction.type} id={id("type")} defaultValue={(sent?.type as CorrectionType | undefined) ?? correction.type} error={errors?.type} />
      </div>
      <div className={styles.twoCol}>
        <TextareaField label="Original text" name="originalText" id={id("original")} defaultValue={sent?.originalText ?? correction.originalText} error={errors?.originalText} />
        <TextareaField label="Corrected text" name="correctedText" id={id("corrected")} defaultValue={sent?.correctedText ?? correction.correctedText} error={errors?.correctedText} />
      </div>
      <TextareaField label="Note" name="note" id={id("note")} defaultValue={sent?.note ?? correction.note} error={errors?.note} hint="(what readers see)" rows={3} />
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
