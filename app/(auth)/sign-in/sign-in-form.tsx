"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { signInAction, type SignInState } from "./actions";
import { keepingValues } from "@/components/ui/reach-action";

const signInKeepingValues = keepingValues(signInAction);

type SignInFormProps = { from?: string };

export function SignInForm({ from }: SignInFormProps) {
  const [state, formAction] = useActionState<SignInState, FormData>(signInKeepingValues, {});
  return (
    <form action={formAction} noValidate>
      {state.error ? (
        <p className="form-error" role="alert">
          {state.error}
        </p>
      ) : null}
      <input type="hidden" name="from" value={from ?? ""} />
      <TextField label="Email" name="email" type="email" autoComplete="username" required defaultValue={state.email} error={state.fieldErrors?.email} />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" required error={state.fieldErrors?.password} />
      <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
    </form>
  );
}
