"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { saveNewsroomAction, type NewsroomFormState } from "./actions";

type NewsroomFormProps = { name: string; url: string };

/** The newsroom's name and web address, as exports name the publisher. */
export function NewsroomForm({ name, url }: NewsroomFormProps) {
  const [state, formAction] = useActionState<NewsroomFormState | null, FormData>(saveNewsroomAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={formAction} noValidate aria-label="Newsroom">
      {state?.ok ? <p className="form-ok" role="status">{state.message}</p> : null}
      {state && !state.ok && !errors ? <p className="form-error" role="alert">{state.error}</p> : null}
      <div className="form-grid">
        <TextField label="Newsroom name" name="name" required defaultValue={values?.name ?? name} error={errors?.name} />
        <TextField label="Newsroom URL" name="url" type="url" required defaultValue={values?.url ?? url} error={errors?.url} />
      </div>
      <SubmitButton pendingLabel="Saving…">Save settings</SubmitButton>
    </form>
  );
}
