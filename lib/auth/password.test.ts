import { expect, test } from "vitest";
import { hashPassword, verifyPassword } from "./password";

test("hashes with argon2id and verifies", async () => {
  const stored = await hashPassword("correct horse battery");
  expect(stored.startsWith("$argon2id$")).toBe(true);
  expect(await verifyPassword(stored, "correct horse battery")).toBe(true);
  expect(await verifyPassword(stored, "wrong horse battery")).toBe(false);
});

test("a malformed hash is a mismatch, not a crash", async () => {
  expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
});
