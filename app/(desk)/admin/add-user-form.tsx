"use client";

import { useActionState, useState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { addUserAction, type AddUserState } from "./actions";
import { keepingValues } from "@/components/ui/reach-action";

const addUserKeepingValues = keepingValues(addUserAction);

/** The form's state with a count of people added: the form remounts (empties) on each addition only. */
type FormState = AddUserState & { added: number };
async function addUser(previous: FormState | null, data: FormData): Promise<FormState> {
  const next = await addUserKeepingValues(previous, data);
  const added = previous?.added ?? 0;
  return { ...next, added: next.ok ? added + 1 : added };
}

export function AddUserForm() {
  const [state, formAction] = useActionState<FormState | null, FormData>(addUser, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={formAction} noValidate aria-label="Add a person" key={state?.added ?? 0}>
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
        <InitialPasswordField error={errors?.password} />
      </div>
      <SubmitButton pendingLabel="Adding…">Add person</SubmitButton>
    </form>
  );
}

/**
 * The password is never sent back with a refusal, and React empties the form's
 * uncontrolled fields after each submission: held here, it survives a refusal
 * over another field (an e-mail already in use), and goes with the form's
 * remount after a success.
 */
function InitialPasswordField({ error }: { error?: string }) {
  const [password, setPassword] = useState("");
  return (
    <TextField
      label="Initial password"
      name="password"
      type="password"
      autoComplete="new-password"
      hint={`(${PASSWORD_MIN_LENGTH}+ characters)`}
      required
      value={password}
      onChange={(event) => setPassword(event.target.value)}
      error={error}
    />
  );
}
