"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { CorrectionTypeSelect } from "@/components/corrections/correction-type-select";
import styles from "@/components/corrections/corrections.module.css";
import { TextareaField } from "@/components/corrections/textarea-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { draftCorrectionNote } from "@/lib/corrections";
import type { CorrectionType } from "@/lib/workflow/statuses";
import { createCorrectionAction, type CorrectionFormState } from "../actions";
import { keepingValues } from "@/components/ui/reach-action";
import { useUnsavedWarning } from "@/components/ui/use-unsaved-warning";
import { newRequestKey } from "@/components/ui/request-key";

type NewCorrectionFormProps = { claimId: string; originalText: string; suggestedType: CorrectionType };

const createCorrectionKeepingValues = keepingValues(createCorrectionAction);

const UNSAVED_CORRECTION = "This correction is not saved yet. Leave without saving it?";

/**
 * Drafts a correction. The note follows the house pattern as the editor types
 * the texts or changes the type, until they edit the note themselves; from then
 * on it is theirs ("Redraft note from pattern" brings the pattern back).
 */
export function NewCorrectionForm({ claimId, originalText, suggestedType }: NewCorrectionFormProps) {
  const [state, formAction] = useActionState<CorrectionFormState | null, FormData>(createCorrectionKeepingValues, null);
  const [requestKey] = useState(newRequestKey);
  const values = state && !state.ok ? state.values : undefined;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const [type, setType] = useState<CorrectionType>((values?.type as CorrectionType | undefined) ?? suggestedType);
  const [original, setOriginal] = useState(values?.originalText ?? originalText);
  const [corrected, setCorrected] = useState(values?.correctedText ?? "");
  const [ownNote, setOwnNote] = useState<string | null>(values?.note ?? null);
  const drafted = draftCorrectionNote({ type, original, corrected });
  const note = ownNote ?? drafted;
  useUnsavedWarning(corrected !== "" || ownNote !== null || original !== originalText, UNSAVED_CORRECTION);

  return (
    <form action={formAction} aria-label="New correction" noValidate>
      {state && !state.ok && !errors ? <p className="form-error" role="alert">{state.error}</p> : null}
      <input type="hidden" name="claimId" value={claimId} />
      {/* One key for every try at this draft: a retry after a lost answer finds the draft the first try made. */}
      <input type="hidden" name="requestKey" value={requestKey} />
      <div style={{ maxWidth: 260 }}>
        <CorrectionTypeSelect id="correction-type" value={type} onChange={setType} error={errors?.type} />
      </div>
      <div className={styles.twoCol}>
        <TextareaField
          label="Original text"
          name="originalText"
          id="correction-original"
          value={original}
          onChange={(event) => setOriginal(event.target.value)}
          error={errors?.originalText}
          hint="(as anchored in the article)"
        />
        <TextareaField
          label="Corrected text"
          name="correctedText"
          id="correction-corrected"
          value={corrected}
          onChange={(event) => setCorrected(event.target.value)}
          error={errors?.correctedText}
          autoFocus
        />
      </div>
      <TextareaField
        label="Note"
        name="note"
        id="correction-note"
        value={note}
        onChange={(event) => setOwnNote(event.target.value)}
        error={errors?.note}
        hint={ownNote === null ? "(drafted from the pattern until you edit it)" : "(what readers see)"}
        rows={3}
      />
      <div className="actions">
        <SubmitButton pendingLabel="Saving…">Save draft</SubmitButton>
        {ownNote !== null ? (
          <button type="button" onClick={() => setOwnNote(null)}>
            Redraft note from pattern
          </button>
        ) : null}
        <Link href="/corrections" className="button">
          Cancel
        </Link>
      </div>
    </form>
  );
}
