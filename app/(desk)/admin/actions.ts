"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { countActiveAdmins, createUser, getUserById, setPassword, updateUser } from "@/db/queries/users";
import { authedAction, type ActionResult } from "@/lib/auth/guards";
import { hashPassword } from "@/lib/auth/password";
import { ROLES } from "@/lib/auth/roles";
import { newUserSchema, resetPasswordSchema } from "@/lib/auth/schemas";
import { saveAway } from "../account/away-save";
import { formText } from "@/lib/http/form-text";

const addUser = authedAction("users.manage", newUserSchema, async (input, admin) => {
  const result = await createUser(getDb(), {
    name: input.name,
    email: input.email,
    role: input.role,
    passwordHash: await hashPassword(input.password),
    passwordFromAdmin: true,
    actorId: admin.id,
  });
  if (!result.ok) {
    return { ok: false, error: "Some fields need attention.", fieldErrors: { email: "Someone on the desk already uses this e-mail address." } };
  }
  revalidatePath("/admin");
  return { ok: true, data: null, message: `${result.user.name} can now sign in as ${input.role}.` };
});

export type AddUserState = ActionResult & { values?: Record<string, string> };

/** Adds a person with a role and an initial password (admins only). */
export async function addUserAction(_prev: AddUserState | null, formData: FormData): Promise<AddUserState> {
  const raw = Object.fromEntries(["name", "email", "role", "password"].map((k) => [k, formText(formData, k)]));
  const result = await addUser(raw);
  const { password: _password, ...values } = raw;
  return result.ok ? result : { ...result, values };
}

const userChangeSchema = z.union([
  z.object({ userId: z.string().min(1), role: z.enum(ROLES) }),
  z.object({ userId: z.string().min(1), active: z.boolean() }),
]);

/**
 * Changes a role or (de)activates someone. The desk always keeps one active
 * administrator, and nobody locks themselves out by accident.
 */
export async function changeUserAction(raw: unknown): Promise<ActionResult> {
  return changeUser(raw);
}

const changeUser = authedAction("users.manage", userChangeSchema, async (change, admin) => {
  const db = getDb();
  const target = await getUserById(db, change.userId);
  if (!target) return { ok: false, error: "That user no longer exists." };
  const losesAdmin = target.role === "admin" && target.active && ("role" in change ? change.role !== "admin" : !change.active);
  if (losesAdmin && (await countActiveAdmins(db)) <= 1) {
    return { ok: false, error: "The desk needs at least one active administrator. Make someone else an admin first." };
  }
  if (target.id === admin.id && "active" in change && !change.active) {
    return { ok: false, error: "You cannot deactivate your own account." };
  }
  const updated = await updateUser(db, { ...change, actorId: admin.id });
  revalidatePath("/admin");
  const released = updated?.released ?? 0;
  return {
    ok: true,
    data: null,
    message: released > 0 ? `${target.name} is deactivated. The ${released === 1 ? "claim they held is" : `${released} claims they held are`} open again, for an editor to assign.` : undefined,
  };
});

/**
 * Sets a new password for someone else (they forgot theirs, or it leaked): every
 * session they have ends at once and their API tokens are revoked. Your own goes
 * through the account page, which asks for the current one.
 */
export async function resetPasswordAction(raw: unknown): Promise<ActionResult> {
  return resetPassword(raw);
}

const resetPassword = authedAction("users.manage", resetPasswordSchema, async (input, admin) => {
  if (input.userId === admin.id) return { ok: false, error: "Change your own password on your account page." };
  const db = getDb();
  const target = await getUserById(db, input.userId);
  if (!target) return { ok: false, error: "That user no longer exists." };
  await setPassword(db, { userId: target.id, passwordHash: await hashPassword(input.password), actorId: admin.id });
  return { ok: true, data: null, message: `New password set for ${target.name}. Their open sessions have ended and their API tokens are revoked; give them the password by a safe channel.` };
});

const setAwayFor = authedAction("users.manage", z.object({ userId: z.string().min(1), day: z.string().max(10) }), async ({ userId, day }, admin) => {
  const person = await getUserById(getDb(), userId);
  if (!person) return { ok: false, error: "That person no longer exists." };
  return saveAway({ userId, day, actorId: admin.id, who: person.name });
});

/** Marks someone away until a day, or back ("" day): for a person who cannot do it themselves (admins only). */
export async function setAwayForAction(raw: unknown): Promise<ActionResult> {
  return setAwayFor(raw);
}
