"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { createFirstAdministrator } from "@/db/queries/users";
import { signIn } from "@/lib/auth/config";
import { hashPassword } from "@/lib/auth/password";
import { fieldErrors, firstAdminSchema, type FieldErrors } from "@/lib/auth/schemas";
import { formText } from "@/lib/http/form-text";

export type SetupState = { error?: string; fieldErrors?: FieldErrors; values?: { name: string; email: string } };

/**
 * Public only while the desk has no users: createFirstAdministrator checks that
 * inside its write transaction, so once anyone exists this action does nothing.
 */
export async function createAdministratorAction(_prev: SetupState, formData: FormData): Promise<SetupState> {
  const raw = { name: formText(formData, "name"), email: formText(formData, "email"), password: formText(formData, "password") };
  const values = { name: String(raw.name ?? ""), email: String(raw.email ?? "") };
  const parsed = firstAdminSchema.safeParse(raw);
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error), values };
  const result = await createFirstAdministrator(getDb(), {
    name: parsed.data.name,
    email: parsed.data.email,
    passwordHash: await hashPassword(parsed.data.password),
    // The browser's zone, sent by the form; checked against the runtime's zones before it is kept.
    deskTimeZone: String(formText(formData, "timeZone") ?? "").slice(0, 64),
  });
  if (!result.ok) redirect("/sign-in");
  await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: "/admin" });
  return {};
}
