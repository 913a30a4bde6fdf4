import { z } from "zod";
import { isBlankPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-rules";
import { ROLES } from "./roles";

/** One schema per form, shared by the page (messages) and the action (parsing). */
export const nameField = z
  .string()
  .trim()
  .min(1, "Enter a name.")
  .max(120, "Keep the name under 120 characters.");

export const emailField = z
  .string()
  .trim()
  .min(1, "Enter an e-mail address.")
  .max(254, "That e-mail address is too long.")
  .pipe(z.email("Enter an e-mail address like name@example.org."));

/** A new password, kept exactly as typed (never trimmed: see isBlankPassword). */
export const passwordField = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`)
  .refine((password) => !isBlankPassword(password), "A password cannot be only spaces. Use letters, numbers or symbols too.");

export const firstAdminSchema = z.object({ name: nameField, email: emailField, password: passwordField });

export const newUserSchema = z.object({
  name: nameField,
  email: emailField,
  role: z.enum(ROLES, { error: "Choose a role." }),
  password: passwordField,
});

/** "Change password" on the account page: the current password, and the new one twice. */
export const changePasswordSchema = z
  .object({
    current: z.string().min(1, "Enter your current password.").max(PASSWORD_MAX_LENGTH),
    password: passwordField,
    repeat: z.string().max(PASSWORD_MAX_LENGTH),
  })
  .refine((p) => p.password === p.repeat, { message: "The two new passwords are not the same.", path: ["repeat"] })
  .refine((p) => p.password !== p.current, { message: "Choose a password other than the current one.", path: ["password"] });

/** An administrator's "Reset password" for someone else. */
export const resetPasswordSchema = z.object({ userId: z.string().min(1).max(100), password: passwordField });

export const signInSchema = z.object({
  email: z.string().trim().min(1, "Enter your e-mail address.").max(254),
  password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX_LENGTH),
});

export type FieldErrors = Partial<Record<string, string>>;

/** The first message per field, for showing next to each input. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    // The innermost name, so nested inputs ({ fields: { title } }) map to their field.
    const key = String(issue.path.at(-1) ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}
