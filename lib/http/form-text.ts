/**
 * A text field of a submitted form: "" when it is missing or a file, and when
 * what came is not a form at all (a crafted call to the action with JSON), so
 * the action's own checks refuse it in words instead of a TypeError.
 */
export function formText(formData: unknown, name: string): string {
  if (!(formData instanceof FormData)) return "";
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** A file field of a submitted form, or null (missing, text, or not a form). */
export function formFile(formData: unknown, name: string): File | null {
  if (!(formData instanceof FormData)) return null;
  const value = formData.get(name);
  return value instanceof File ? value : null;
}
