"use client";

import { reopenClaimAction } from "@/app/(desk)/claims/actions";
import { ActionButton } from "@/components/ui/action-button";

/** Reopens an approved claim so its verdict can be changed as a new version. */
export function ReopenButton({ claimId, version }: { claimId: string; version: number }) {
  return <ActionButton run={() => reopenClaimAction({ claimId, expectedVersion: version })}>Reopen for a new version</ActionButton>;
}
