import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { apiTokens, users } from "../schema";
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
  await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.tokenId));
  return (await getUserById(db, row.userId)) ?? null;
}
