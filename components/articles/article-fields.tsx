"use client";

import { LocalZoneHint } from "@/components/ui/local-zone-hint";
import type { FieldErrors } from "@/lib/auth/schemas";
import { DEADLINE_NOTES, deadlineNote } from "@/lib/articles/deadline-note";

export type ArticleFieldValues = { title: string; byline: string; sourceUrl: string; deadline: string };

type ArticleFieldsProps = {
  values: ArticleFieldValues;
  errors?: FieldErrors;
  disabled: boolean;
  onChange: (values: ArticleFieldValues) => void;
};

/** Title, byline, source URL and publish deadline (local time in the browser). */
export function ArticleFields({ values, errors, disabled, onChange }: ArticleFieldsProps) {
  const field = (name: keyof ArticleFieldValues, label: string, type: string, extra?: { placeholder?: string; required?: boolean }) => {
    const hintId = type === "datetime-local" ? `article-${name}-zone` : undefined;
    const note = name === "deadline" ? noteNow(values.deadline) : null;
    const describedBy = [errors?.[name] ? `article-${name}-error` : null, hintId].filter(Boolean).join(" ") || undefined;
    return (
      <div className="field">
        <label htmlFor={`article-${name}`}>{label}</label>
        <input
          id={`article-${name}`}
          type={type}
          value={values[name]}
          disabled={disabled}
          aria-invalid={errors?.[name] ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange({ ...values, [name]: e.target.value })}
          {...extra}
        />
        {hintId ? <LocalZoneHint id={hintId} /> : null}
        {name === "deadline" && note ? (
          // Not refused (a late article is still checked), but a year typed wrong is caught here.
          <p className="hint-line" role="note">
            {DEADLINE_NOTES[note]}
          </p>
        ) : null}
        {errors?.[name] ? (
          <p className="field-error" id={`article-${name}-error`}>
            {errors[name]}
          </p>
        ) : null}
      </div>
    );
  };
  return (
    <div className="article-fields">
      {field("title", "Title", "text", { required: true })}
      <div className="form-grid">
        {field("byline", "Byline", "text", { placeholder: "By …" })}
        {field("sourceUrl", "Source URL", "url", { placeholder: "https://" })}
        {field("deadline", "Publish deadline", "datetime-local")}
      </div>
    </div>
  );
}

/** The deadline's note as of now (read at each render: the field re-renders as it is typed in). */
function noteNow(value: string) {
  return deadlineNote(value, Date.now());
}

/** A datetime-local value (browser time) for an ISO instant, and back. */
export function isoToLocalInput(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * What the field holds as an instant; what was typed when it is no date this
 * browser can read (the field takes five-digit years, Date does not), so the
 * server refuses it next to the field. (toISOString threw on it, and the save
 * said the server could not be reached.)
 */
export function localInputToIso(value: string): string {
  if (!value) return "";
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? value : at.toISOString();
}
