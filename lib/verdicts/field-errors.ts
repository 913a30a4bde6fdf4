/**
 * The verdict form's field errors, tied to what they are about instead of to a
 * position. The desk names an evidence field by its place in the list it was
 * sent ("evidence.1.url"); the form names its items by a key that stays put when
 * one before them is removed ("evidence.ev7.url"). Each error also remembers the
 * value it was given for, so it stays shown while the reviewer leaves that field
 * alone — across autosaves, which check less than a Submit does — and goes as
 * soon as they change it.
 *
 * Pure: the form's content in, messages out.
 */

type Form = {
  verdictKey: string | null;
  rationale: string;
  evidence: readonly ({ key: string } & object)[];
};

/** An error the desk gave for a field, with the field's value then (undefined: the field is gone). */
export type FieldRefusal = { message: string; value: string | undefined };
/** By field: "verdictKey", "rationale", "evidence", "evidence.<item key>.url"… */
export type FieldRefusals = Record<string, FieldRefusal>;

/** A field's value, comparable as a string; undefined when the field (its evidence item) is gone. */
function valueAt(form: Form, field: string): string | undefined {
  const [head, key, ...rest] = field.split(".");
  if (head !== "evidence") return JSON.stringify((form as Record<string, unknown>)[head] ?? null);
  // "Add at least one piece of evidence", "Keep it to 50 sources": about how many there are.
  if (key === undefined) return String(form.evidence.length);
  const item = form.evidence.find((candidate) => candidate.key === key);
  if (!item) return undefined;
  return JSON.stringify(rest.length ? (item as Record<string, unknown>)[rest.join(".")] : item);
}

/** The desk's errors for the content `sent`, tied to its items (by key) and to the values they were given for. */
export function refusalsOf(fieldErrors: Record<string, string>, sent: Form): FieldRefusals {
  const refusals: FieldRefusals = {};
  for (const [path, message] of Object.entries(fieldErrors)) {
    const [head, index, ...rest] = path.split(".");
    const item = head === "evidence" && index !== undefined ? sent.evidence[Number(index)] : undefined;
    const field = item ? ["evidence", item.key, ...rest].join(".") : path;
    refusals[field] = { message, value: valueAt(sent, field) };
  }
  return refusals;
}

/** The messages that still hold for the form as it is now: those for fields left as they were when refused. */
export function standingErrors(refusals: FieldRefusals, now: Form): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, { message, value }] of Object.entries(refusals)) {
    if (value !== undefined && valueAt(now, field) === value) errors[field] = message;
  }
  return errors;
}
