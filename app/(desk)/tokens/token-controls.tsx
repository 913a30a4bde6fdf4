"use client";

import { useRef, useState, useTransition } from "react";
import { createTokenAction, revokeTokenAction } from "./actions";
import { TOKEN_NAME_MISSING } from "./schema";
import { reachAction } from "@/components/ui/reach-action";

/** Creates a token; its secret is shown once, to copy. */
export function CreateTokenForm() {
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const nameField = useRef<HTMLInputElement>(null);
  const refuse = (message: string) => {
    setError(message);
    nameField.current?.focus();
  };
  return (
    <form
      aria-label="New API token"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        // Said at once, without a trip to the server (which refuses it too).
        if (name.trim() === "") return refuse(TOKEN_NAME_MISSING);
        start(async () => {
          const result = await reachAction(() => createTokenAction({ name }));
          if (result.ok) {
            setSecret(result.data.secret);
            setName("");
            setError(null);
          } else refuse(result.fieldErrors?.name ?? result.error);
        });
      }}
    >
      <div className="field">
        <label htmlFor="token-name">Token name</label>
        <div className="actions">
          <input
            ref={nameField}
            id="token-name"
            type="text"
            value={name}
            placeholder="e.g. Data desk nightly export"
            onChange={(e) => setName(e.target.value)}
            style={{ flex: 1 }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "token-name-error" : undefined}
          />
          <button type="submit" className="primary" disabled={pending} aria-busy={pending}>
            Create token
          </button>
        </div>
        {error ? (
          <p className="field-error" id="token-name-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      {secret ? (
        <div className="form-ok" role="status">
          <p>Copy this token now; it will not be shown again.</p>
          <code className="token-secret">{secret}</code>
        </div>
      ) : null}
    </form>
  );
}

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [pending, start] = useTransition();
  return (
    <button type="button" className="small danger" disabled={pending} aria-busy={pending} onClick={() => start(async () => void (await reachAction(() => revokeTokenAction({ tokenId }))))}>
      Revoke<span className="sr-only"> {name}</span>
    </button>
  );
}
