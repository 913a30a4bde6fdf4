import type { Database } from "@/db";
import { clearThrottle, readThrottle, recordSignInFailure } from "@/db/queries/throttle";
import { findUserByEmail, normaliseEmail, type UserRow } from "@/db/queries/users";
import { dummyPasswordHash, verifyPassword } from "./password";
import { ACCOUNT_AT_ADDRESS_FAILURE_LIMIT, ACCOUNT_FAILURE_LIMIT, ADDRESS_FAILURE_LIMIT, lockMinutesLeft, throttleKeys } from "./throttle";
import { cleanText } from "@/lib/text/clean-input";

export type PasswordCheck = { kind: "ok"; user: UserRow } | { kind: "wrong" } | { kind: "throttled" };

/**
 * Checks an e-mail and password with throttling per account at an address, per
 * address and per account (lib/auth/throttle has the limits and why).
 * Unknown accounts, wrong passwords and deactivated users all answer "wrong"
 * after the same amount of hashing work, so the answer reveals nothing.
 */
export async function checkPassword(
  db: Database,
  input: { email: string; password: string; address: string; now: Date },
): Promise<PasswordCheck> {
  const keys = throttleKeys(normaliseEmail(input.email), input.address);
  const states = await Promise.all([readThrottle(db, keys.accountAtAddress), readThrottle(db, keys.address), readThrottle(db, keys.account)]);
  if (states.some((state) => lockMinutesLeft(state, input.now) > 0)) return { kind: "throttled" };

  const user = input.email ? await findUserByEmail(db, input.email) : undefined;
  const hash = user?.passwordHash ?? (await dummyPasswordHash());
  // Read as it was set: a new password comes through a form, whose input is cleaned
  // (lib/text/clean-input: no control, direction or invisible characters), so the
  // one typed here is cleaned alike, or such a character would lock its owner out.
  const matches = await verifyPassword(hash, cleanText(input.password));
  if (user && user.active && user.passwordHash && matches) {
    await clearThrottle(db, keys.accountAtAddress);
    await clearThrottle(db, keys.account);
    return { kind: "ok", user };
  }
  await recordSignInFailure(db, { key: keys.accountAtAddress, limit: ACCOUNT_AT_ADDRESS_FAILURE_LIMIT, now: input.now });
  await recordSignInFailure(db, { key: keys.address, limit: ADDRESS_FAILURE_LIMIT, now: input.now });
  await recordSignInFailure(db, { key: keys.account, limit: ACCOUNT_FAILURE_LIMIT, now: input.now });
  return { kind: "wrong" };
}
