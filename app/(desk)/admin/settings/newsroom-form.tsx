"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { zoneLabel } from "@/lib/time/zone";
import { saveNewsroomAction, type NewsroomFormState } from "./actions";
import { keepingValues } from "@/components/ui/reach-action";

type NewsroomFormProps = { name: string; url: string; timeZone: string; timeZones: readonly string[] };

/** Zones by region ("America", "Europe"…), UTC and the other one-word zones first. */
function byRegion(zones: readonly string[]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const zone of zones) {
    const slash = zone.indexOf("/");
    const region = slash < 0 ? "" : zone.slice(0, slash);
    groups.set(region, [...(groups.get(region) ?? []), zone]);
  }
  return [...groups];
}

const saveNewsroomKeepingValues = keepingValues(saveNewsroomAction);

/** The newsroom's name and web address, as exports name the publisher, and the desk's clock. */
export function NewsroomForm({ name, url, timeZone, timeZones }: NewsroomFormProps) {
  const [state, formAction] = useActionState<NewsroomFormState | null, FormData>(saveNewsroomKeepingValues, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  const zoneError = errors?.timeZone;
  return (
    <form action={formAction} noValidate aria-label="Newsroom">
      {state?.ok ? <p className="form-ok" role="status">{state.message}</p> : null}
      {state && !state.ok && !errors ? <p className="form-error" role="alert">{state.error}</p> : null}
      <div className="form-grid">
        <TextField label="Newsroom name" name="name" required defaultValue={values?.name ?? name} placeholder="The Riverside Ledger" error={errors?.name} />
        <TextField label="Newsroom URL" name="url" type="url" required defaultValue={values?.url ?? url} placeholder="https://" error={errors?.url} />
        <div className="field">
          <label htmlFor="field-timeZone">Time zone</label>
          {/* Keyed on the value: after a refusal React resets the form, and a select only takes a default when it mounts. */}
          <select
            key={values?.timeZone ?? timeZone}
            id="field-timeZone"
            name="timeZone"
            defaultValue={values?.timeZone ?? timeZone}
            aria-invalid={zoneError ? true : undefined}
            aria-describedby={zoneError ? "field-timeZone-hint field-timeZone-error" : "field-timeZone-hint"}
          >
            {byRegion(timeZones).map(([region, zones]) =>
              region === "" ? (
                zones.map((zone) => (
                  <option key={zone} value={zone}>
                    {zoneLabel(zone)}
                  </option>
                ))
              ) : (
                <optgroup key={region} label={region}>
                  {zones.map((zone) => (
                    <option key={zone} value={zone}>
                      {zoneLabel(zone.slice(region.length + 1))}
                    </option>
                  ))}
                </optgroup>
              ),
            )}
          </select>
          <p id="field-timeZone-hint" className="hint-line">
            The desk&apos;s clock: deadlines, due times and the corrections log&apos;s days.
          </p>
          {zoneError ? (
            <p className="field-error" id="field-timeZone-error">
              {zoneError}
            </p>
          ) : null}
        </div>
      </div>
      <SubmitButton pendingLabel="Saving…">Save settings</SubmitButton>
    </form>
  );
}
