"use client";

import { useRef, useState, useTransition, type ReactNode } from "react";
import type { ActionResult } from "@/lib/auth/guards";
import { reachAction } from "@/components/ui/reach-action";
import { keepFocusWhenRemoved, waitingProps } from "./focus";

type ActionButtonProps = {
  children: ReactNode;
  /** Calls the server action; a refusal's message is shown beside the button. */
  run: () => Promise<ActionResult<unknown>>;
  className?: string;
  disabled?: boolean;
  /** Where focus goes when the refreshed page no longer shows the button (Restore, Mark as published). */
  focusAfter?: () => HTMLElement | null;
  /** A question asked first, for a step that cannot be taken back; Cancel does nothing. */
  confirm?: string;
};

/**
 * A button that runs one server action: busy while it runs (and not clickable
 * twice), the action's error beside it when it refuses. The page itself shows
 * the outcome, since the actions revalidate it.
 */
export function ActionButton({ children, run, className, disabled = false, focusAfter, confirm }: ActionButtonProps) {
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const button = useRef<HTMLButtonElement>(null);
  return (
    <div className="actions">
      <button
        ref={button}
        type="button"
        className={className}
        disabled={disabled}
        {...waitingProps(pending, pending)}
        onClick={() =>
          (!confirm || window.confirm(confirm)) &&
          start(async () => {
            const result = await reachAction(run);
            setError(result.ok ? null : result.error);
            if (result.ok && focusAfter) keepFocusWhenRemoved(button.current, focusAfter);
          })
        }
      >
        {children}
      </button>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
