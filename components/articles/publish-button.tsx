"use client";

import { useState, useTransition } from "react";
import { markPublishedAction } from "@/app/(desk)/articles/actions";

type PublishButtonProps = { articleId: string; version: number; ready: boolean };

/** "Mark as published", enabled once the article is ready; the server checks again. */
export function PublishButton({ articleId, version, ready }: PublishButtonProps) {
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="actions">
      <button
        type="button"
        className="small primary"
        disabled={!ready || pending}
        aria-busy={pending}
        onClick={() => start(async () => {
          const result = await markPublishedAction({ articleId, expectedVersion: version });
          setError(result.ok ? null : result.error);
        })}
      >
        Mark as published
      </button>
      {error ? <span className="field-error" role="alert">{error}</span> : null}
    </div>
  );
}
