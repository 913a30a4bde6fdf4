import type { Database } from "@/db";
import { clearThrottle, readThrottle, recordSignInFailure } from "@/db/queries/throttle";
import { findUserByEmail, normaliseEmail, type UserRow } from "@/db/queries/users";
import { dummyPasswordHash, verifyPassword } from "./password";
import { ACCOUNT_FAILURE_LIMIT, ADDRESS_FAILURE_LIMIT, lockMinutesLeft } from "./throttle";

export type PasswordCheck = { kind: "ok"; user: UserRow } | { kind: "wrong" } | { kind: "throttled" };

/**
 * Checks an e-mail and password with throttling per account and per address.
 * Unknown accounts, wrong passwords and deactivated users all answer "wrong"
 * after the same amount of hashing work, so the answer reveals nothing.
 */
export async function checkPassword(
  db: Database,
  input: { email: string; password: string; address: string; now: Date },
): Promise<PasswordCheck> {
  const accountKey = `account:${normaliseEmail(input.email)}`;
  const addressKey = `address:${input.address}`;
  const [account, address] = await Promise.all([readThrottle(db, accountKey), readThrottle(db, addressKey)]);
  if (lockMinutesLeft(account, input.now) > 0 || lockMinutesLeft(address, input.now) > 0) return { kind: "throttled" };

  const user = input.email ? await findUserByEmail(db, input.email) : undefined;
  const hash = user?.passwordHash ?? (await dummyPasswordHash());
  const matches = await verifyPassword(hash, input.password);
  if (user && user.active && user.passwordHash && matches) {
    await clearThrottle(db, accountKey);
    return { kind: "ok", user };
  }
  await recordSignInFailure(db, { key: accountKey, limit: ACCOUNT_FAILURE_LIMIT, now: input.now });
  await recordSignInFailure(db, { key: addressKey, limit: ADDRESS_FAILURE_LIMIT, now: input.now });
  return { kind: "wrong" };
}
