"use client";

import { useActionState, useSyncExternalStore } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { createAdministratorAction, type SetupState } from "./actions";
import { keepingValues } from "@/components/ui/reach-action";
import { zoneClockLabel } from "@/lib/time/zone";

const createAdministratorKeepingValues = keepingValues(createAdministratorAction);

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function SetupForm() {
  const [state, formAction] = useActionState<SetupState, FormData>(createAdministratorKeepingValues, {});
  // Known only in the browser: the server renders no zone, and the desk keeps UTC if none is sent.
  const zone = useSyncExternalStore(noSubscription, browserZone, () => null);
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
      {zone ? (
        <>
          <input type="hidden" name="timeZone" value={zone} />
          <p className="small muted">The desk will show times on your computer&apos;s clock ({zoneClockLabel(zone)}). An administrator can change it in Admin → Newsroom settings.</p>
        </>
      ) : null}
      <SubmitButton pendingLabel="Creating…">Create administrator</SubmitButton>
    </form>
  );
}
