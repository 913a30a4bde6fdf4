"use client";

import { useState, useTransition } from "react";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";
import { changeUserAction } from "./actions";
import { reachAction } from "@/components/ui/reach-action";

type UserRowControlsProps = { userId: string; name: string; role: Role; active: boolean; self?: boolean };

/** Role picker and (de)activate button for one row of the people table. */
export function UserRowControls({ userId, name, role, active, self = false }: UserRowControlsProps) {
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
        <button type="button" className={active ? "small danger" : "small"} disabled={pending} onClick={() => run({ active: !active })}>
          {active ? `Deactivate` : `Reactivate`}
          <span className="sr-only"> {name}</span>
        </button>
      )}
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      {note ? <p className="form-ok" role="status">{note}</p> : null}
    </div>
  );
}
