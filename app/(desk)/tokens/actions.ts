"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { createApiToken, revokeApiToken } from "@/db/queries/api-tokens";
import { recordAuditEvent } from "@/db/queries/audit";
import { authedAction, type ActionResult } from "@/lib/auth/guards";
import { createTokenSchema } from "./schema";

const create = authedAction("tokens.manage", createTokenSchema, async ({ name }, user): Promise<ActionResult<{ secret: string }>> => {
  const db = getDb();
  const secret = await createApiToken(db, { userId: user.id, name });
  await recordAuditEvent(db, { actorId: user.id, entityType: "user", entityId: user.id, action: "token.created", after: { name } });
  revalidatePath("/tokens");
  return { ok: true, data: { secret } };
});

/** Issues an export API token for the signed-in editor; the secret is shown once. */
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
