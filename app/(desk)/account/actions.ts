"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { getDb } from "@/db";
import { endAllSessions, getPasswordHash, setMailOff, setPassword } from "@/db/queries/users";
import { clientAddress } from "@/lib/auth/client-address";
import { env } from "@/lib/env";
import { signOut } from "@/lib/auth/config";
import { authedAction, type ActionResult } from "@/lib/auth/guards";
import { hashPassword } from "@/lib/auth/password";
import { changePasswordSchema } from "@/lib/auth/schemas";
import { checkPassword } from "@/lib/auth/sign-in";
import { MAIL_KINDS } from "@/lib/mail/preferences";
import { saveAway } from "./away-save";
import { formText } from "@/lib/http/form-text";

const changePassword = authedAction("account.manage", changePasswordSchema, async (input, user): Promise<ActionResult> => {
  const db = getDb();
  const stored = await getPasswordHash(db, user.id);
  if (!stored) return { ok: false, error: "You sign in through single sign-on; your password is kept there." };
  // The sign-in check itself, throttle included: a session left open on a shared
  // computer must not become a way to guess the password.
  const check = await checkPassword(db, { email: user.email, password: input.current, address: clientAddress(await headers(), env().TRUST_PROXY_HOPS), now: new Date() });
  if (check.kind === "throttled") return { ok: false, error: "Too many wrong passwords. Wait 15 minutes and try again; nothing was changed." };
  if (check.kind !== "ok") return { ok: false, error: "Some fields need attention.", fieldErrors: { current: "That is not your current password." } };
  const changed = await setPassword(db, { userId: user.id, passwordHash: await hashPassword(input.password), actorId: user.id, expectedHash: stored });
  if (!changed) return { ok: false, error: "Your password was changed elsewhere a moment ago. Sign in again with it." };
  return { ok: true, data: null };
  // The one thing a person whose password an administrator chose may do.
}, { ownPassword: true });

export type ChangePasswordState = ActionResult | null;

/**
 * Changes the signed-in person's own password. Every session of theirs ends with
 * it (see setPassword), this one included: they sign in again with the new one.
 */
export async function changePasswordAction(_prev: ChangePasswordState, formData: FormData): Promise<ChangePasswordState> {
  const result = await changePassword({
    current: formText(formData, "current"),
    password: formText(formData, "password"),
    repeat: formText(formData, "repeat"),
  });
  if (!result.ok) return result;
  await signOut({ redirectTo: "/sign-in?changed=1" });
  return result;
}

const endSessions = authedAction("account.manage", z.object({}), async (_input, user): Promise<ActionResult<{ tokensRevoked: number }>> => {
  const ended = await endAllSessions(getDb(), { userId: user.id, actorId: user.id });
  return ended ? { ok: true, data: ended } : { ok: false, error: "Your account could not be found. Sign in again." };
});

/**
 * Signs the person out on every device and browser (a laptop left signed in, a
 * copied session): their sessions all end, this one too, their API tokens are
 * revoked, and they sign in again (the sign-in page says how many tokens went).
 */
export async function signOutEverywhereAction(): Promise<ActionResult<{ tokensRevoked: number }>> {
  const result = await endSessions({});
  if (!result.ok) return result;
  await signOut({ redirectTo: `/sign-in?ended=${result.data.tokensRevoked ? `tokens-${result.data.tokensRevoked}` : "1"}` });
  return result;
}

const setAway = authedAction("account.manage", z.object({ day: z.string().max(10) }), async ({ day }, user) =>
  saveAway({ userId: user.id, day, actorId: user.id, who: "you" }),
);

export type AwayState = ActionResult | null;

/** Marks the signed-in person away until a day (desk's clock), or back ("" day). */
export async function setAwayAction(_prev: AwayState, formData: FormData): Promise<AwayState> {
  return setAway({ day: formText(formData, "intent") === "back" ? "" : formText(formData, "day") });
}

const saveMail = authedAction("account.manage", z.object({ off: z.array(z.enum(MAIL_KINDS)).max(MAIL_KINDS.length) }), async ({ off }, user): Promise<ActionResult> => {
  await setMailOff(getDb(), user.id, off);
  return { ok: true, data: null, message: "Saved. The bell still tells you everything." };
});

/** Turns kinds of e-mail off or back on for the signed-in person. */
export async function saveMailPreferencesAction(raw: unknown): Promise<ActionResult> {
  return saveMail(raw);
}
