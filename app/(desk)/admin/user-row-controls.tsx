"use client";

import { useRef, useState, useTransition } from "react";
import { usePageNotice } from "@/components/ui/page-notice";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";
import { changeUserAction } from "./actions";
import { focusWhenShown, waitingProps } from "@/components/ui/focus";
import { reachAction } from "@/components/ui/reach-action";
import { DeactivateDialog } from "./deactivate-dialog";

type UserRowControlsProps = { userId: string; name: string; role: Role; active: boolean; held: number; self?: boolean };

/**
 * Role picker and (de)activate button for one row of the people table.
 * Picking a role only picks it: "Save role" (shown while the pick differs) saves
 * it, so arrowing through the options changes nobody's access on the way (WCAG
 * 3.2.2). Deactivating asks first: it signs the person out and returns the `held`
 * claims they were working on to the open pool. Reactivating gives nothing back,
 * so it needs no asking.
 */
export function UserRowControls({ userId, name, role, active, held, self = false }: UserRowControlsProps) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  // The role picked in the list; null until someone picks one. Saved, it matches `role` once the page refreshes.
  const [picked, setPicked] = useState<Role | null>(null);
  const [pending, startTransition] = useTransition();
  const [running, setRunning] = useState<"role" | "active" | null>(null);
  const select = useRef<HTMLSelectElement>(null);
  const announce = usePageNotice();
  const choice = picked ?? role;
  const unsaved = choice !== role;
  const selectId = `role-${userId}`;
  const noteId = `user-note-${userId}`;

  const run = (which: "role" | "active", change: { role: Role } | { active: boolean }, done?: string) =>
    startTransition(async () => {
      setRunning(which);
      const result = await reachAction(() => changeUserAction({ userId, ...change }));
      setError(result.ok ? null : result.error);
      // Deactivated under the "Active" filter, the row leaves the list: the page says what was done.
      if (result.ok && which === "active") announce(result.message ?? (active ? `${name} is deactivated.` : `${name} is active again.`));
      setNote(result.ok && which !== "active" ? (result.message ?? done ?? null) : null);
      // The Save button goes once the role is saved: focus returns to the list it saved, once
      // the message that describes the list is there to be read with it.
      if (result.ok && which === "role") focusWhenShown(() => (document.getElementById(noteId) ? select.current : null));
    });

  return (
    <>
      <div className="actions">
        <label className="sr-only" htmlFor={selectId}>
          Role for {name}
        </label>
        <select
          ref={select}
          id={selectId}
          value={choice}
          onChange={(event) => {
            setPicked(event.target.value as Role);
            setNote(null);
            setError(null);
          }}
          aria-describedby={note ? noteId : undefined}
          style={{ width: "auto" }}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
        {unsaved ? (
          <button type="button" className="small primary" {...waitingProps(pending, pending && running === "role")} onClick={() => run("role", { role: choice }, `Saved: ${name}'s role is ${ROLE_LABELS[choice]}.`)}>
            Save role<span className="sr-only"> for {name}</span>
          </button>
        ) : null}
        {/* Nobody deactivates themselves (the server refuses it too). */}
        {self ? null : (
          <button
            type="button"
            className={active ? "small danger" : "small"}
            {...waitingProps(pending, pending && running === "active")}
            onClick={() => (active ? setConfirming(true) : run("active", { active: true }))}
          >
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
              run("active", { active: false });
            }}
          />
        )}
        {error ? <p className="field-error" role="alert">{error}</p> : null}
      </div>
      {/* Out of the row of buttons; after a role is saved the list it describes is focused again. */}
      {note ? (
        <p className="form-ok" id={noteId} role="status">
          {note}
        </p>
      ) : null}
    </>
  );
}
