"use client";

import { useActionState, useEffect, useRef } from "react";
import { focusElement } from "@/components/ui/focus";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { signInAction, type SignInState } from "./actions";
import { keepingValues } from "@/components/ui/reach-action";

const signInKeepingValues = keepingValues(signInAction);

type SignInFormProps = { from?: string };

export function SignInForm({ from }: SignInFormProps) {
  const [state, formAction] = useActionState<SignInState, FormData>(signInKeepingValues, {});
  const form = useRef<HTMLFormElement>(null);
  // A refused sign-in puts focus on the first field it marked, where the fix is typed.
  useEffect(() => {
    if (state.fieldErrors) focusElement(form.current?.querySelector<HTMLElement>('[aria-invalid="true"]'));
  }, [state]);
  return (
    <form ref={form} action={formAction} noValidate>
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
