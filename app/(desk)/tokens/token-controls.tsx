"use client";

import { useRef, useState, useTransition } from "react";
import { createTokenAction, revokeTokenAction } from "./actions";
import { TOKEN_NAME_MISSING, TOKEN_PASSWORD_MISSING } from "./schema";
import { reachAction } from "@/components/ui/reach-action";

type Field = "name" | "password";

/**
 * Creates a token; its secret is shown once, to copy. `asksPassword`: the maker
 * confirms with their password (not asked of people who sign in through single
 * sign-on, who have none here).
 */
export function CreateTokenForm({ asksPassword }: { asksPassword: boolean }) {
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<{ field: Field; text: string } | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const nameField = useRef<HTMLInputElement>(null);
  const passwordField = useRef<HTMLInputElement>(null);
  const refuse = (field: Field, text: string) => {
    setError({ field, text });
    (field === "name" ? nameField : passwordField).current?.focus();
  };
  const errorFor = (field: Field) => (error?.field === field ? error.text : null);
  const describedBy = (field: Field, hint?: string) => [errorFor(field) ? `token-${field}-error` : "", hint ?? ""].filter(Boolean).join(" ") || undefined;
  return (
    <form
      aria-label="New API token"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        // Said at once, without a trip to the server (which refuses it too).
        if (name.trim() === "") return refuse("name", TOKEN_NAME_MISSING);
        if (asksPassword && password === "") return refuse("password", TOKEN_PASSWORD_MISSING);
        start(async () => {
          const result = await reachAction(() => createTokenAction({ name, password: asksPassword ? password : undefined }));
          // The password is never kept in the page longer than one try.
          setPassword("");
          if (result.ok) {
            setSecret(result.data.secret);
            setName("");
            setError(null);
          } else if (result.fieldErrors?.password) refuse("password", result.fieldErrors.password);
          else refuse("name", result.fieldErrors?.name ?? result.error);
        });
      }}
    >
      <div className="field">
        <label htmlFor="token-name">Token name</label>
        <input
          ref={nameField}
          id="token-name"
          type="text"
          value={name}
          placeholder="e.g. Data desk nightly export"
          onChange={(e) => setName(e.target.value)}
          aria-invalid={errorFor("name") ? true : undefined}
          aria-describedby={describedBy("name")}
        />
        {errorFor("name") ? (
          <p className="field-error" id="token-name-error" role="alert">
            {errorFor("name")}
          </p>
        ) : null}
      </div>
      {asksPassword ? (
        <div className="field">
          <label htmlFor="token-password">Your password</label>
          <input
            ref={passwordField}
            id="token-password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={errorFor("password") ? true : undefined}
            aria-describedby={describedBy("password", "token-password-hint")}
          />
          <p className="muted small" id="token-password-hint">
            A token reads the desk without signing in, so making one asks for your password.
          </p>
          {errorFor("password") ? (
            <p className="field-error" id="token-password-error" role="alert">
              {errorFor("password")}
            </p>
          ) : null}
        </div>
      ) : null}
      <button type="submit" className="primary" disabled={pending} aria-busy={pending}>
        Create token
      </button>
      {secret ? (
        <div className="form-ok" role="status" style={{ marginTop: "0.75rem" }}>
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
