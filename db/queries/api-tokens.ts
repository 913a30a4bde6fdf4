import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { apiTokens, users } from "../schema";
import { can } from "@/lib/workflow/permissions";
import { getUserById, type PublicUser } from "./users";

function hashToken(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/**
 * Issues an API token. The secret is returned once and only its SHA-256 is kept:
 * the token is long and random, so a fast hash is enough (no password stretching).
 */
export async function createApiToken(db: DbOrTx, params: { userId: string; name: string }): Promise<string> {
  const secret = `fcd_${randomBytes(24).toString("base64url")}`;
  await db.insert(apiTokens).values({ userId: params.userId, name: params.name, tokenHash: hashToken(secret) });
  return secret;
}

/** The active user a token belongs to, or null for an unknown or revoked token. */
export async function findUserByApiToken(db: DbOrTx, secret: string): Promise<PublicUser | null> {
  if (!secret) return null;
  const [row] = await db
    .select({ tokenId: apiTokens.id, userId: apiTokens.userId, active: users.active })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashToken(secret)), isNull(apiTokens.revokedAt)))
    .limit(1);
  if (!row?.active) return null;
  const user = await getUserById(db, row.userId);
  // A role that may not hold tokens (a demoted editor) cannot use one either,
  // should revocation at the role change (updateUser) ever have missed it.
  if (!user || !can(user.role, "tokens.manage")) return null;
  await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.tokenId));
  return user;
}

/** A user's tokens (never the secret), newest first. */
export async function listApiTokens(db: DbOrTx, userId: string) {
  return db
    .select({ id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt })
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt));
}

/** Revokes one of the user's own tokens; false when there is no such live token. */
export async function revokeApiToken(db: DbOrTx, params: { userId: string; tokenId: string }): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, params.tokenId), eq(apiTokens.userId, params.userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}
