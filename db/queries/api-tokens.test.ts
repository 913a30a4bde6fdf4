import { expect, test } from "vitest";
import { createTestAdmin, createTestDatabase } from "../testing";
import { createApiToken, findUserByApiToken, listApiTokens, revokeApiToken } from "./api-tokens";
import { eq } from "drizzle-orm";
import { users } from "../schema";
import { createUser, getSessionUser, updateUser } from "./users";

test("a token finds its active user until it is revoked", async () => {
  const db = await createTestDatabase();
  const admin = { user: await createTestAdmin(db) };
  const editor = await createUser(db, { name: "Ed", email: "ed@example.org", role: "editor", passwordHash: "x", actorId: admin.user.id });
  if (!editor.ok) throw new Error("setup");
  const secret = await createApiToken(db, { userId: editor.user.id, name: "Data desk" });
  expect(secret).toMatch(/^fcd_/);
  expect((await findUserByApiToken(db, secret))?.id).toBe(editor.user.id);
  expect(await findUserByApiToken(db, `${secret}x`)).toBeNull();
  const [listed] = await listApiTokens(db, editor.user.id);
  expect(listed).toMatchObject({ name: "Data desk", revokedAt: null });
  expect(JSON.stringify(listed)).not.toContain(secret);

  expect(await revokeApiToken(db, { userId: admin.user.id, tokenId: listed.id })).toBe(false);
  expect(await revokeApiToken(db, { userId: editor.user.id, tokenId: listed.id })).toBe(true);
  expect(await findUserByApiToken(db, secret)).toBeNull();
});

test("demotion to reviewer and deactivation revoke a user's tokens; reactivation brings neither tokens nor old sessions back", async () => {
  const db = await createTestDatabase();
  const admin = await createTestAdmin(db);
  const made = await createUser(db, { name: "Tess", email: "tess@example.org", role: "editor", passwordHash: "x", actorId: admin.id });
  if (!made.ok) throw new Error("setup");
  const tess = made.user;
  const first = await createApiToken(db, { userId: tess.id, name: "Feeds" });
  await updateUser(db, { userId: tess.id, actorId: admin.id, role: "reviewer" });
  expect(await findUserByApiToken(db, first)).toBeNull();
  expect((await listApiTokens(db, tess.id))[0].revokedAt).not.toBeNull();

  await updateUser(db, { userId: tess.id, actorId: admin.id, role: "editor" });
  const second = await createApiToken(db, { userId: tess.id, name: "Feeds again" });
  const epochBefore = (await getSessionUser(db, tess.id))!.sessionEpoch;
  await updateUser(db, { userId: tess.id, actorId: admin.id, active: false });
  await updateUser(db, { userId: tess.id, actorId: admin.id, active: true });
  expect(await findUserByApiToken(db, second)).toBeNull();
  expect(await findUserByApiToken(db, first)).toBeNull();
  // Sessions signed in before the deactivation carry the old epoch, which no longer matches.
  expect((await getSessionUser(db, tess.id))!.sessionEpoch).toBe(epochBefore + 1);
});

test("a token of a user whose role may not hold tokens is refused even if it was never revoked", async () => {
  const db = await createTestDatabase();
  const admin = await createTestAdmin(db);
  const made = await createUser(db, { name: "Rae", email: "rae@example.org", role: "editor", passwordHash: "x", actorId: admin.id });
  if (!made.ok) throw new Error("setup");
  const secret = await createApiToken(db, { userId: made.user.id, name: "Feeds" });
  // Straight to the table, as a migration or a bug might: the role changes, the token stays live.
  await db.update(users).set({ role: "reviewer" }).where(eq(users.id, made.user.id));
  expect(await findUserByApiToken(db, secret)).toBeNull();
});
