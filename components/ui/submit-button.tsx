"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { waitingProps } from "./focus";

type SubmitButtonProps = { children: ReactNode; pendingLabel?: string; className?: string };

/** A submit button that refuses a second press while its form is being sent (and keeps focus meanwhile). */
export function SubmitButton({ children, pendingLabel, className = "primary" }: SubmitButtonProps) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} {...waitingProps(pending, pending)}>
      {pending ? (pendingLabel ?? children) : children}
    </button>
  );
}
