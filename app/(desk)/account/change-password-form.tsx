"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { changePasswordAction, type ChangePasswordState } from "./actions";
import { keepingValues } from "@/components/ui/reach-action";

const changePasswordKeepingValues = keepingValues(changePasswordAction);

/** Current password and the new one twice; on success the desk signs you out to sign in again. */
export function ChangePasswordForm() {
  const [state, formAction] = useActionState<ChangePasswordState, FormData>(changePasswordKeepingValues, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} noValidate aria-label="Change password">
      {state && !state.ok && !errors ? <p className="form-error" role="alert">{state.error}</p> : null}
      <TextField label="Current password" name="current" type="password" autoComplete="current-password" required error={errors?.current} />
      <TextField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint={`(${PASSWORD_MIN_LENGTH}+ characters)`}
        required
        error={errors?.password}
      />
      <TextField label="Repeat new password" name="repeat" type="password" autoComplete="new-password" required error={errors?.repeat} />
      <p className="muted small">Changing it signs you out everywhere, here included; sign in again with the new password.</p>
      <SubmitButton pendingLabel="Changing…">Change password</SubmitButton>
    </form>
  );
}
