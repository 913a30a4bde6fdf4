import { test as base, expect, type Page } from "@playwright/test";
import { createDatabase, openClient, type Database } from "@/db";
import { createUser, findUserByEmail } from "@/db/queries/users";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";

export type TestUser = { id: string; name: string; email: string; password: string; role: Role };

let db: Database | undefined;
/** The same database file the server under test uses (WAL lets both write). */
export function testDb(): Database {
  db ??= createDatabase(openClient(process.env.E2E_DATABASE_URL ?? ""));
  return db;
}

let counter = 0;
/** Creates a user through the app's own query functions, with a unique e-mail. */
export async function makeUser(role: Role, name?: string): Promise<TestUser> {
  counter += 1;
  const tag = `${Date.now().toString(36)}${counter}`;
  const user = { name: name ?? `${role[0].toUpperCase()}${role.slice(1)} ${tag}`, email: `${role}-${tag}@desk.test`, password: `pass-${tag}-word`, role };
  const database = testDb();
  const actor = await findUserByEmail(database, "founder@desk.test");
  const result = await createUser(database, { ...user, passwordHash: await hashPassword(user.password), actorId: actor?.id ?? "" });
  if (!result.ok) throw new Error(`could not create ${user.email}`);
  return { ...user, id: result.user.id };
}

export async function signIn(page: Page, user: Pick<TestUser, "email" | "password">): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();
}

/** Signs out and waits until the session is gone (the sign-in page shows), so a following sign-in starts clean. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
}

/**
 * Changes the signed-in person's password with the form on the page (Your account,
 * or Choose your own password) and waits for the desk to sign them out, as it does.
 */
export async function changePassword(page: Page, current: string, next: string): Promise<void> {
  const form = page.getByRole("form", { name: "Change password" });
  await form.getByLabel("Current password").fill(current);
  await form.getByLabel(/^New password/).fill(next);
  await form.getByLabel("Repeat new password").fill(next);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password was changed" })).toBeVisible();
}

export const test = base;
export { expect };
