"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { addUserAction, type AddUserState } from "./actions";
import { keepingValues } from "@/components/ui/reach-action";

const addUserKeepingValues = keepingValues(addUserAction);

export function AddUserForm() {
  const [state, formAction] = useActionState<AddUserState | null, FormData>(addUserKeepingValues, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={formAction} noValidate aria-label="Add a person" key={state?.ok ? state.message : "form"}>
      {state?.ok ? <p className="form-ok" role="status">{state.message}</p> : null}
      {state && !state.ok && !errors ? <p className="form-error" role="alert">{state.error}</p> : null}
      <div className="form-grid">
        <TextField label="Name" name="name" required defaultValue={values?.name} error={errors?.name} />
        <TextField label="Email" name="email" type="email" required defaultValue={values?.email} error={errors?.email} />
        <div className="field">
          <label htmlFor="field-role">Role</label>
          {/* Keyed on the value: after a refusal React resets the form, and a select only takes a default when it mounts. */}
          <select key={values?.role ?? "reviewer"} id="field-role" name="role" defaultValue={values?.role ?? "reviewer"} aria-invalid={errors?.role ? true : undefined}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
          {errors?.role ? <p className="field-error">{errors.role}</p> : null}
        </div>
        <TextField
          label="Initial password"
          name="password"
          type="password"
          autoComplete="new-password"
          hint={`(${PASSWORD_MIN_LENGTH}+ characters)`}
          required
          error={errors?.password}
        />
      </div>
      <SubmitButton pendingLabel="Adding…">Add user</SubmitButton>
    </form>
  );
}
