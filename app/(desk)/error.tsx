"use client";

import { StatusCard } from "@/components/ui/status-card";

// Inside the desk an unexpected error keeps the navigation. Like the root error
// page it never shows the error's message or stack: only the digest, which the
// server log carries next to the full error.
export default function DeskError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <StatusCard
      title="Something went wrong"
      action={
        <button type="button" className="primary" onClick={reset}>
          Try again
        </button>
      }
    >
      <p>The desk could not finish this request. Your saved work is safe. Try again, and if it keeps happening, tell your administrator.</p>
      {error.digest ? <p className="muted small">Reference: {error.digest}</p> : null}
    </StatusCard>
  );
}
