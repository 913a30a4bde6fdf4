"use client";

import { useState, useTransition } from "react";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { resetPasswordAction } from "./actions";
import { reachAction } from "@/components/ui/reach-action";

/**
 * "Reset password" for one person on the people table: opens a field for the new
 * password, which the administrator passes on; the person's sessions end at once
 * and their API tokens are revoked.
 */
export function ResetPassword({ userId, name }: { userId: string; name: string }) {
  const [open, setOpen] = useState(false);
  const [password, setPasswordValue] = useState("");
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const fieldId = `reset-${userId}`;
  if (!open) {
    return (
      <div className="reset-password">
        <button type="button" className="small" onClick={() => setOpen(true)}>
          Reset password<span className="sr-only"> for {name}</span>
        </button>
        {outcome?.ok ? <p className="form-ok small" role="status">{outcome.text}</p> : null}
      </div>
    );
  }
  const submit = () =>
    startTransition(async () => {
      const result = await reachAction(() => resetPasswordAction({ userId, password }));
      if (result.ok) {
        setOpen(false);
        setPasswordValue("");
        setOutcome({ ok: true, text: result.message ?? "Password set." });
      } else {
        setOutcome({ ok: false, text: result.fieldErrors?.password ?? result.error });
      }
    });
  return (
    <form
      noValidate
      className="reset-password"
      aria-label={`Reset password for ${name}`}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label htmlFor={fieldId}>
        New password for {name} <span className="hint">({PASSWORD_MIN_LENGTH}+ characters)</span>
      </label>
      <div className="actions">
        <input
          id={fieldId}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPasswordValue(event.target.value)}
          aria-invalid={outcome && !outcome.ok ? true : undefined}
          style={{ width: "auto", flex: "1 1 12rem" }}
        />
        <button type="submit" className="small primary" disabled={pending} aria-busy={pending}>
          Set password
        </button>
        <button type="button" className="small" onClick={() => { setOpen(false); setOutcome(null); }}>
          Cancel
        </button>
      </div>
      {outcome && !outcome.ok ? <p className="field-error" role="alert">{outcome.text}</p> : null}
    </form>
  );
}
