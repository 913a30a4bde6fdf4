"use client";

import { useState, useTransition } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { adaptClaimModelAction, adoptClaimModelAction } from "./actions";
import { reachAction } from "@/components/ui/reach-action";

type Outcome = { ok: boolean; text: string } | null;

function OutcomeLine({ outcome }: { outcome: Outcome }) {
  if (!outcome) return null;
  return outcome.ok ? (
    <p className="form-ok" role="status">
      {outcome.text}
    </p>
  ) : (
    <p className="form-error" role="alert">
      {outcome.text}
    </p>
  );
}

/** "Adapt to the desk's decisions": trains in the request (a second or two), then the page shows the new model. */
export function AdaptButton({ ready, describedBy }: { ready: boolean; describedBy?: string }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [pending, start] = useTransition();
  return (
    <div>
      <OutcomeLine outcome={outcome} />
      <button
        type="button"
        className="primary"
        disabled={!ready || pending}
        aria-busy={pending}
        aria-describedby={describedBy}
        onClick={() =>
          start(async () => {
            const result = await reachAction(() => adaptClaimModelAction());
            setOutcome({ ok: result.ok, text: result.ok ? (result.message ?? "Adapted.") : result.error });
          })
        }
      >
        {pending ? "Adapting…" : "Adapt to the desk's decisions"}
      </button>
    </div>
  );
}

/** Puts a model in use: a desk model by id, or the shipped model (`modelId` null). */
export function UseModelButton({ modelId, label }: { modelId: string | null; label: string }) {
  return (
    <ActionButton className="small" run={() => adoptClaimModelAction({ modelId })}>
      {label}
    </ActionButton>
  );
}
