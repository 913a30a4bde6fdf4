"use client";

import { useState, useTransition } from "react";
import { reopenClaimAction } from "@/app/(desk)/claims/actions";

/** Reopens an approved claim so its verdict can be changed as a new version. */
export function ReopenButton({ claimId, version }: { claimId: string; version: number }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="actions">
      <button
        type="button"
        disabled={pending}
        aria-busy={pending}
        onClick={() => startTransition(async () => {
          const result = await reopenClaimAction({ claimId, expectedVersion: version });
          setError(result.ok ? null : result.error);
        })}
      >
        Reopen for a new version
      </button>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
    </div>
  );
}
