import { eq } from "drizzle-orm";
import { decideThrottle, type ThrottleState } from "@/lib/auth/throttle";
import type { DbOrTx } from "../index";
import { signInThrottles } from "../schema";

/** Reads the failure counter for a key ("account:<email>" or "address:<ip>"). */
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
