"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth/config";
import { safeRedirectPath } from "@/lib/auth/redirect";
import { fieldErrors, signInSchema, type FieldErrors } from "@/lib/auth/schemas";
import { formText } from "@/lib/http/form-text";

export type SignInState = { error?: string; fieldErrors?: FieldErrors; email?: string };

const WRONG_CREDENTIALS = "Wrong email or password.";
const THROTTLED = "Too many failed sign-ins. Wait 15 minutes and try again, or ask an administrator.";

/** Public by nature (it is how a session starts); throttled inside checkPassword. */
export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const raw = { email: formText(formData, "email"), password: formText(formData, "password") };
  const parsed = signInSchema.safeParse(raw);
  const email = typeof raw.email === "string" ? raw.email : "";
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error), email };
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeRedirectPath(formText(formData, "from")),
    });
    return {};
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      return { error: error.code === "throttled" ? THROTTLED : WRONG_CREDENTIALS, email };
    }
    if (error instanceof AuthError) return { error: WRONG_CREDENTIALS, email };
    throw error; // the redirect after a successful sign-in travels as an error
  }
}

/** Starts single sign-on with the configured OpenID Connect provider. */
export async function signInWithSsoAction(formData: FormData): Promise<void> {
  await signIn("oidc", { redirectTo: safeRedirectPath(formText(formData, "from")) });
}
