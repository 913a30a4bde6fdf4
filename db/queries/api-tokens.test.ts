import { expect, test } from "vitest";
import { createTestAdmin, createTestDatabase } from "../testing";
import { createApiToken, findUserByApiToken, listApiTokens, revokeApiToken } from "./api-tokens";
import { createUser, updateUser } from "./users";

test("a token finds its active user until it is revoked or the user is deactivated", async () => {
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

  await updateUser(db, { userId: editor.user.id, actorId: admin.user.id, active: false });
  expect(await findUserByApiToken(db, secret)).toBeNull();
  await updateUser(db, { userId: editor.user.id, actorId: admin.user.id, active: true });
  expect(await revokeApiToken(db, { userId: admin.user.id, tokenId: listed.id })).toBe(false);
  expect(await revokeApiToken(db, { userId: editor.user.id, tokenId: listed.id })).toBe(true);
  expect(await findUserByApiToken(db, secret)).toBeNull();
});
