"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { createAdministratorAction, type SetupState } from "./actions";
import { keepingValues } from "@/components/ui/reach-action";

const createAdministratorKeepingValues = keepingValues(createAdministratorAction);

export function SetupForm() {
  const [state, formAction] = useActionState<SetupState, FormData>(createAdministratorKeepingValues, {});
  return (
    <form action={formAction} noValidate>
      {state.error ? <p className="form-error" role="alert">{state.error}</p> : null}
      <TextField label="Name" name="name" autoComplete="name" required defaultValue={state.values?.name} error={state.fieldErrors?.name} />
      <TextField label="Email" name="email" type="email" autoComplete="username" required defaultValue={state.values?.email} error={state.fieldErrors?.email} />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint={`(at least ${PASSWORD_MIN_LENGTH} characters)`}
        required
        error={state.fieldErrors?.password}
      />
      <SubmitButton pendingLabel="Creating…">Create administrator</SubmitButton>
    </form>
  );
}
