"use client";

import { withdrawVerdictAction } from "@/app/(desk)/claims/actions";
import { ActionButton } from "@/components/ui/action-button";
import { VERDICT_HEADING_ID } from "./claim-announcer";
import type { VerdictToken } from "./types";

/**
 * For the reviewer who submitted a verdict: take it back to edit before an
 * editor decides it (submitted too early, a better source turned up). The
 * server checks that it is theirs and still waiting.
 */
export function WithdrawButton({ claimId, token }: { claimId: string; token: VerdictToken }) {
  return (
    <div className="small">
      <p className="muted small">Submitted too early? Until an editor decides it, you can take it back and edit it.</p>
      <ActionButton className="small" run={() => withdrawVerdictAction({ claimId, expected: token })} focusAfter={() => document.getElementById(VERDICT_HEADING_ID)}>
        Take back to edit
      </ActionButton>
    </div>
  );
}
