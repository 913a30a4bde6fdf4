"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

type SubmitButtonProps = { children: ReactNode; pendingLabel?: string; className?: string };

/** A submit button that disables itself while its form is being sent. */
export function SubmitButton({ children, pendingLabel, className = "primary" }: SubmitButtonProps) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-busy={pending}>
      {pending ? (pendingLabel ?? children) : children}
    </button>
  );
}
