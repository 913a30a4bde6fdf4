"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { getDb } from "@/db";
import { createApiToken, revokeApiToken } from "@/db/queries/api-tokens";
import { recordAuditEvent } from "@/db/queries/audit";
import { authedAction, type ActionResult } from "@/lib/auth/guards";
import { getPasswordHash } from "@/db/queries/users";
import { clientAddress } from "@/lib/auth/client-address";
import { checkPassword } from "@/lib/auth/sign-in";
import { env } from "@/lib/env";
import { createTokenSchema, TOKEN_PASSWORD_MISSING } from "./schema";

const create = authedAction("tokens.manage", createTokenSchema, async ({ name, password }, user): Promise<ActionResult<{ secret: string }>> => {
  const db = getDb();
  // The sign-in check itself, throttle included (see createTokenSchema for why it is asked).
  if (await getPasswordHash(db, user.id)) {
    if (!password) return { ok: false, error: "Some fields need attention.", fieldErrors: { password: TOKEN_PASSWORD_MISSING } };
    const check = await checkPassword(db, { email: user.email, password, address: clientAddress(await headers(), env().TRUST_PROXY_HOPS), now: new Date() });
    if (check.kind === "throttled") return { ok: false, error: "Too many wrong passwords. Wait 15 minutes and try again; no token was made." };
    if (check.kind !== "ok") return { ok: false, error: "Some fields need attention.", fieldErrors: { password: "That is not your password. No token was made." } };
  }
  const secret = await createApiToken(db, { userId: user.id, name });
  await recordAuditEvent(db, { actorId: user.id, entityType: "user", entityId: user.id, action: "token.created", after: { name } });
  revalidatePath("/tokens");
  return { ok: true, data: { secret } };
});

/** Issues an export API token for the signed-in editor, on their password; the secret is shown once. */
export async function createTokenAction(raw: unknown): Promise<ActionResult<{ secret: string }>> {
  return create(raw);
}

const revoke = authedAction("tokens.manage", z.object({ tokenId: z.string().min(1) }), async ({ tokenId }, user): Promise<ActionResult> => {
  const db = getDb();
  if (!(await revokeApiToken(db, { userId: user.id, tokenId }))) return { ok: false, error: "That token is already revoked." };
  await recordAuditEvent(db, { actorId: user.id, entityType: "user", entityId: user.id, action: "token.revoked", after: { tokenId } });
  revalidatePath("/tokens");
  return { ok: true, data: null };
});

/** Revokes one of the caller's own tokens. */
export async function revokeTokenAction(raw: unknown): Promise<ActionResult> {
  return revoke(raw);
}
