import { beforeEach, describe, expect, test } from "vitest";
import type { Database } from "@/db";
import { createTestDatabase } from "@/db/testing";
import { recordSignInFailure } from "@/db/queries/throttle";
import { createFirstAdministrator, createUser, setPassword } from "@/db/queries/users";
import { hashPassword } from "./password";
import { checkPassword } from "./sign-in";
import { ACCOUNT_AT_ADDRESS_FAILURE_LIMIT, ACCOUNT_FAILURE_LIMIT, ADDRESS_FAILURE_LIMIT, throttleKeys } from "./throttle";

const now = new Date("2026-03-02T10:00:00Z");
const STRANGER = "198.51.100.66";
const OFFICE = "203.0.113.10";

let db: Database;
let adminId: string;
let ritaId: string;

beforeEach(async () => {
  db = await createTestDatabase();
  const admin = await createFirstAdministrator(db, { name: "Ada", email: "ada@desk.test", passwordHash: await hashPassword("ada-password-1") });
  if (!admin.ok) throw new Error("setup");
  adminId = admin.user.id;
  const rita = await createUser(db, { name: "Rita", email: "rita@desk.test", role: "reviewer", passwordHash: await hashPassword("rita-password-1"), actorId: adminId });
  if (!rita.ok) throw new Error("setup");
  ritaId = rita.user.id;
});

const attempt = (email: string, password: string, address: string) => checkPassword(db, { email, password, address, now });

async function failTimes(n: number, email: string, address: string) {
  for (let i = 0; i < n; i++) expect((await attempt(email, "wrong-guess", address)).kind).toBe("wrong");
}

describe("sign-in locks", () => {
  test("a stranger's wrong passwords lock the stranger out of that account, not its owner", async () => {
    await failTimes(ACCOUNT_AT_ADDRESS_FAILURE_LIMIT, "ada@desk.test", STRANGER);
    expect((await attempt("ada@desk.test", "ada-password-1", STRANGER)).kind).toBe("throttled");
    // The administrator, at the office, still gets in.
    expect((await attempt("ada@desk.test", "ada-password-1", OFFICE)).kind).toBe("ok");
    // And the stranger may still sign in to another account from there (say, their own).
    expect((await attempt("rita@desk.test", "rita-password-1", STRANGER)).kind).toBe("ok");
  }, 30_000);

  test("one address failing across many accounts is locked out of all of them", async () => {
    for (let i = 0; i < ADDRESS_FAILURE_LIMIT; i++) await recordSignInFailure(db, { key: throttleKeys(`person${i}@desk.test`, STRANGER).address, limit: ADDRESS_FAILURE_LIMIT, now });
    expect((await attempt("rita@desk.test", "rita-password-1", STRANGER)).kind).toBe("throttled");
    expect((await attempt("rita@desk.test", "rita-password-1", OFFICE)).kind).toBe("ok");
  }, 30_000);

  test("failures spread over many addresses lock the account everywhere, at a much higher count", async () => {
    const { account } = throttleKeys("rita@desk.test", OFFICE);
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT - 1; i++) await recordSignInFailure(db, { key: account, limit: ACCOUNT_FAILURE_LIMIT, now });
    expect((await attempt("rita@desk.test", "rita-password-1", OFFICE)).kind).toBe("ok");
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) await recordSignInFailure(db, { key: account, limit: ACCOUNT_FAILURE_LIMIT, now });
    expect((await attempt("rita@desk.test", "rita-password-1", OFFICE)).kind).toBe("throttled");
  }, 30_000);

  test("an IPv6 attacker gains nothing by moving around their /64", async () => {
    for (let i = 0; i < ACCOUNT_AT_ADDRESS_FAILURE_LIMIT; i++) expect((await attempt("rita@desk.test", "wrong-guess", `2001:db8:1:2::${i + 1}`)).kind).toBe("wrong");
    expect((await attempt("rita@desk.test", "rita-password-1", "2001:db8:1:2::99")).kind).toBe("throttled");
    expect((await attempt("rita@desk.test", "rita-password-1", "2001:db8:1:3::1")).kind).toBe("ok");
  }, 30_000);

  test("an administrator's password reset lifts every lock on the account, as the lock's message promises", async () => {
    await failTimes(ACCOUNT_AT_ADDRESS_FAILURE_LIMIT, "rita@desk.test", OFFICE);
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) await recordSignInFailure(db, { key: throttleKeys("rita@desk.test", OFFICE).account, limit: ACCOUNT_FAILURE_LIMIT, now });
    expect((await attempt("rita@desk.test", "rita-password-1", OFFICE)).kind).toBe("throttled");
    await setPassword(db, { userId: ritaId, passwordHash: await hashPassword("from-the-admin-1"), actorId: adminId });
    expect((await attempt("rita@desk.test", "from-the-admin-1", OFFICE)).kind).toBe("ok");
  }, 30_000);

  test("changing your own password lifts no lock: a guesser holding the session must not clear their own lock", async () => {
    await failTimes(ACCOUNT_AT_ADDRESS_FAILURE_LIMIT, "rita@desk.test", STRANGER);
    await setPassword(db, { userId: ritaId, passwordHash: await hashPassword("rita-password-2"), actorId: ritaId });
    expect((await attempt("rita@desk.test", "rita-password-2", STRANGER)).kind).toBe("throttled");
  }, 30_000);

  test("an e-mail with LIKE's wildcards lifts only its own locks", async () => {
    const odd = await createUser(db, { name: "Odd", email: "a_b%c@desk.test", role: "reviewer", passwordHash: await hashPassword("odd-password-1"), actorId: adminId });
    if (!odd.ok) throw new Error("setup");
    await failTimes(ACCOUNT_AT_ADDRESS_FAILURE_LIMIT, "axb-c@desk.test", STRANGER);
    await setPassword(db, { userId: odd.user.id, passwordHash: await hashPassword("odd-password-2"), actorId: adminId });
    expect((await attempt("axb-c@desk.test", "whatever-it-is", STRANGER)).kind).toBe("throttled");
  }, 30_000);
});

describe("the password as typed", () => {
  test("is read as a form saved it: characters every form strips (a zero-width space, an override) are stripped here too", async () => {
    // What a form's cleaning (lib/text/clean-input) made of "pass\u200Bword-\u202Eone" when it was set.
    await setPassword(db, { userId: ritaId, passwordHash: await hashPassword("password-one"), actorId: adminId });
    expect((await attempt("rita@desk.test", "pass\u200Bword-\u202Eone", OFFICE)).kind).toBe("ok");
    expect((await attempt("rita@desk.test", "password-one", OFFICE)).kind).toBe("ok");
    expect((await attempt("rita@desk.test", "password-on", OFFICE)).kind).toBe("wrong");
  }, 30_000);
});

