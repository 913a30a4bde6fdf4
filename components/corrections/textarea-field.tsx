import type { TextareaHTMLAttributes } from "react";

type TextareaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; name: string; id: string; error?: string; hint?: string };

/** A labelled textarea with its error announced next to it (the textarea twin of TextField). */
export function TextareaField({ label, name, id, error, hint, ...textarea }: TextareaFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label} {hint ? <span className="hint">{hint}</span> : null}
      </label>
      <textarea id={id} name={name} dir="auto" aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} {...textarea} />
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
