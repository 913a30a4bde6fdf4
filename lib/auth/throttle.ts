/**
 * Sign-in throttling policy, pure so it can be tested without a clock or a database.
 * A key (an account or an address) may fail `limit` times inside a window; the next
 * failure locks it for the lock period. Success clears the key.
 */
export type ThrottleState = { failures: number; windowStartedAt: Date; lockedUntil: Date | null };

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const THROTTLE_LOCK_MS = 15 * 60 * 1000;
/** Failures allowed per account, and per address (an office shares one address). */
export const ACCOUNT_FAILURE_LIMIT = 5;
export const ADDRESS_FAILURE_LIMIT = 30;

/** The state after one more failure. */
export function decideThrottle(previous: ThrottleState | null, opts: { limit: number; now: Date }): ThrottleState {
  const { limit, now } = opts;
  const windowOpen = previous && now.getTime() - previous.windowStartedAt.getTime() < THROTTLE_WINDOW_MS;
  const failures = windowOpen ? previous.failures + 1 : 1;
  const windowStartedAt = windowOpen ? previous.windowStartedAt : now;
  const lockedUntil = failures >= limit ? new Date(now.getTime() + THROTTLE_LOCK_MS) : (previous?.lockedUntil ?? null);
  return { failures, windowStartedAt, lockedUntil };
}

/** Minutes left on a lock, or 0 when the key may try again. */
export function lockMinutesLeft(state: ThrottleState | null, now: Date): number {
  if (!state?.lockedUntil) return 0;
  const ms = state.lockedUntil.getTime() - now.getTime();
  return ms > 0 ? Math.ceil(ms / 60_000) : 0;
}
