"use client";

import { useState, useTransition } from "react";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";
import { changeUserAction } from "./actions";
import { reachAction } from "@/components/ui/reach-action";
import { DeactivateDialog } from "./deactivate-dialog";

type UserRowControlsProps = { userId: string; name: string; role: Role; active: boolean; held: number; self?: boolean };

/**
 * Role picker and (de)activate button for one row of the people table.
 * Deactivating asks first: it signs the person out and returns the `held` claims
 * they were working on to the open pool. Reactivating gives nothing back, so it
 * needs no asking.
 */
export function UserRowControls({ userId, name, role, active, held, self = false }: UserRowControlsProps) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (change: { role: Role } | { active: boolean }) =>
    startTransition(async () => {
      const result = await reachAction(() => changeUserAction({ userId, ...change }));
      setError(result.ok ? null : result.error);
      setNote(result.ok ? (result.message ?? null) : null);
    });
  return (
    <div className="actions">
      <label className="sr-only" htmlFor={`role-${userId}`}>
        Role for {name}
      </label>
      <select
        id={`role-${userId}`}
        value={role}
        disabled={pending}
        onChange={(event) => run({ role: event.target.value as Role })}
        style={{ width: "auto" }}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      {/* Nobody deactivates themselves (the server refuses it too). */}
      {self ? null : (
        <button type="button" className={active ? "small danger" : "small"} disabled={pending} onClick={() => (active ? setConfirming(true) : run({ active: true }))}>
          {active ? `Deactivate` : `Reactivate`}
          <span className="sr-only"> {name}</span>
        </button>
      )}
      {self || !active ? null : (
        <DeactivateDialog
          name={name}
          held={held}
          open={confirming}
          onKeep={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            run({ active: false });
          }}
        />
      )}
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      {note ? <p className="form-ok" role="status">{note}</p> : null}
    </div>
  );
}
