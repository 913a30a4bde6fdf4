"use client";

import { useState, useTransition } from "react";
import { reachAction } from "@/components/ui/reach-action";
import { MAIL_KINDS, MAIL_KIND_LABELS, type MailKind } from "@/lib/mail/preferences";
import { saveMailPreferencesAction } from "./actions";

/** Which e-mails the desk sends this person; each is on until they turn it off. */
export function MailForm({ off, mailConfigured }: { off: readonly MailKind[]; mailConfigured: boolean }) {
  const [wanted, setWanted] = useState<Set<MailKind>>(() => new Set(MAIL_KINDS.filter((kind) => !off.includes(kind))));
  const [feedback, setFeedback] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const toggle = (kind: MailKind, on: boolean) =>
    setWanted((current) => {
      const next = new Set(current);
      if (on) next.add(kind);
      else next.delete(kind);
      return next;
    });
  return (
    <form
      aria-label="E-mail settings"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await reachAction(() => saveMailPreferencesAction({ off: MAIL_KINDS.filter((kind) => !wanted.has(kind)) }));
          setFeedback(result.ok ? { ok: true, text: result.message ?? "Saved." } : { ok: false, text: result.error });
        });
      }}
    >
      {mailConfigured ? null : <p className="muted small">The desk sends no e-mail yet (no mail server is set up); these settings apply once it does.</p>}
      <fieldset className="plain-fieldset">
        <legend>E-mail me about</legend>
        {MAIL_KINDS.map((kind) => (
          <label key={kind} className="check-row">
            <input type="checkbox" checked={wanted.has(kind)} onChange={(event) => toggle(kind, event.target.checked)} /> {MAIL_KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>
      {feedback ? <p className={feedback.ok ? "form-ok" : "form-error"} role={feedback.ok ? "status" : "alert"}>{feedback.text}</p> : null}
      <button type="submit" disabled={pending} aria-busy={pending}>Save e-mail settings</button>
    </form>
  );
}
