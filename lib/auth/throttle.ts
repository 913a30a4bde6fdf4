/**
 * Sign-in throttling policy, pure so it can be tested without a clock or a database.
 * A key (an account or an address) may fail `limit` times inside a window; the next
 * failure locks it for the lock period. Success clears the key.
 */
export type ThrottleState = { failures: number; windowStartedAt: Date; lockedUntil: Date | null };

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const THROTTLE_LOCK_MS = 15 * 60 * 1000;
/**
 * Failures allowed in a window: for one account from one address (someone who
 * forgot their password, or a guesser: either waits), from one address for any
 * accounts (an office shares one address), and for one account from anywhere.
 * The last is high on purpose: at 5 a stranger could keep anyone, the
 * administrator included, out of the desk by typing their e-mail with wrong
 * passwords. Now a stranger at one address locks only that address out; to lock
 * an account they need 100 failures in 15 minutes from at least four addresses
 * (a /64 of IPv6 counts as one address), while its owner, elsewhere, still signs in
 * until then. An administrator's password reset lifts every lock on the account.
 */
export const ACCOUNT_AT_ADDRESS_FAILURE_LIMIT = 5;
export const ADDRESS_FAILURE_LIMIT = 30;
export const ACCOUNT_FAILURE_LIMIT = 100;

/** The throttle keys a sign-in with this (normalised) e-mail from this address counts against. */
export function throttleKeys(email: string, address: string): { account: string; accountAtAddress: string; address: string } {
  const where = addressForThrottling(address);
  return { account: accountKey(email), accountAtAddress: `${accountKey(email)}|${where}`, address: `address:${where}` };
}

/** An account's own key; its keys at each address start with it and "|". */
export const accountKey = (email: string): string => `account:${email}`;

/**
 * The address as throttling counts it. IPv6 by its /64: one home or office line
 * gets a whole /64, so counting single IPv6 addresses would give an attacker
 * billions of fresh ones. An IPv4 address written as IPv6 (::ffff:1.2.3.4) is that
 * IPv4 address. Anything else ("local", a malformed value) is kept as it came.
 */
export function addressForThrottling(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) return mapped[1];
  const groups = expandIpv6(address);
  if (!groups) return address;
  // An IPv4 address written as IPv6 in any other way (::ffff:c633:6407, 0:0:0:0:0:ffff:1.2.3.4) is that IPv4 address too.
  if (groups.slice(0, 5).every((g) => g === "0") && groups[5] === "ffff") {
    const [high, low] = [parseInt(groups[6], 16), parseInt(groups[7], 16)];
    return [high >> 8, high & 255, low >> 8, low & 255].join(".");
  }
  return `${groups.slice(0, 4).join(":")}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, without leading zeros; null when it is not one. */
function expandIpv6(address: string): string[] | null {
  const bare = address.replace(/%.*$/, "");
  if (!bare.includes(":") || !/^[0-9a-f:.]+$/i.test(bare)) return null;
  const halves = bare.split("::");
  if (halves.length > 2) return null;
  const part = (text: string) => (text ? text.split(":") : []);
  const head = part(halves[0]);
  const tail = halves.length === 2 ? part(halves[1]) : [];
  // A trailing dotted IPv4 takes two groups.
  const last = (halves.length === 2 ? tail : head).at(-1) ?? "";
  const dotted = /^\d{1,3}(?:\.\d{1,3}){3}$/.test(last) ? last.split(".").map(Number) : null;
  if (dotted) {
    if (dotted.some((n) => n > 255)) return null;
    (halves.length === 2 ? tail : head).splice(-1, 1, ((dotted[0] << 8) | dotted[1]).toString(16), ((dotted[2] << 8) | dotted[3]).toString(16));
  }
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  if (groups.some((g) => !/^[0-9a-f]{1,4}$/i.test(g))) return null;
  return groups.map((g) => parseInt(g, 16).toString(16));
}

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
