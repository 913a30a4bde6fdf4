import { eq, or, sql } from "drizzle-orm";
import { accountKey, decideThrottle, type ThrottleState } from "@/lib/auth/throttle";
import type { DbOrTx } from "../index";
import { signInThrottles } from "../schema";

/** Reads the failure counter for a key (lib/auth/throttle's throttleKeys). */
export async function readThrottle(db: DbOrTx, key: string): Promise<ThrottleState | null> {
  const [row] = await db.select().from(signInThrottles).where(eq(signInThrottles.key, key)).limit(1);
  return row ? { failures: row.failures, windowStartedAt: row.windowStartedAt, lockedUntil: row.lockedUntil } : null;
}

/** Records one failed sign-in against a key and returns the new state. */
export async function recordSignInFailure(
  db: DbOrTx,
  params: { key: string; limit: number; now: Date },
): Promise<ThrottleState> {
  const next = decideThrottle(await readThrottle(db, params.key), { limit: params.limit, now: params.now });
  await db
    .insert(signInThrottles)
    .values({ key: params.key, ...next })
    .onConflictDoUpdate({ target: signInThrottles.key, set: next });
  return next;
}

export async function clearThrottle(db: DbOrTx, key: string): Promise<void> {
  await db.delete(signInThrottles).where(eq(signInThrottles.key, key));
}

/** Lifts every sign-in lock on an account, from every address (an administrator's password reset). */
export async function clearAccountThrottles(db: DbOrTx, email: string): Promise<void> {
  const key = accountKey(email);
  const prefix = `${key}|`;
  // substr, not LIKE: an e-mail may hold % or _, which LIKE would read as wildcards.
  await db.delete(signInThrottles).where(or(eq(signInThrottles.key, key), sql`substr(${signInThrottles.key}, 1, ${prefix.length}) = ${prefix}`));
}
