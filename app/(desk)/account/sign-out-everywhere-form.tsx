"use client";

import { useState } from "react";
import { reachAction } from "@/components/ui/reach-action";
import { SubmitButton } from "@/components/ui/submit-button";
import { signOutEverywhereAction } from "./actions";

const QUESTION = "Sign out on every device and browser, this one included, and revoke your API tokens? You will sign in again here.";

/**
 * Ends every session of the signed-in person (a laptop left signed in at the
 * office, a phone that went missing). Asks first; on success the server sends
 * this browser to the sign-in page too.
 */
export function SignOutEverywhereForm() {
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      aria-label="Sign out everywhere"
      onSubmit={(event) => {
        if (!window.confirm(QUESTION)) event.preventDefault();
      }}
      action={async () => {
        const result = await reachAction(() => signOutEverywhereAction());
        if (!result.ok) setError(result.error);
      }}
    >
      <p className="muted small">
        Signed in on a computer you no longer use, or on one that went missing? This ends every session of yours, this one too,
        and revokes your API tokens, which someone holding a session could have made. Changing your password ends the sessions too.
      </p>
      <SubmitButton className="danger" pendingLabel="Signing out…">
        Sign out everywhere
      </SubmitButton>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
