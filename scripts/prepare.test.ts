import { chmodSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { prepare } from "./prepare";

test("a fresh data folder gets a migrated database and an owner-only secret, kept across starts", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "factcheck-prepare-"));
  const env = { DATABASE_URL: `file:${path.join(dir, "data", "desk.db")}` };
  const first = await prepare(env);
  expect(first.AUTH_SECRET.length).toBeGreaterThan(30);
  expect(statSync(path.join(dir, "data", "auth-secret")).mode & 0o777).toBe(0o600);
  expect((await prepare(env)).AUTH_SECRET).toBe(first.AUTH_SECRET);
});

test("the database and its folder are readable by their owner only, an existing world-readable database too (ops QA)", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "factcheck-prepare-"));
  const env = { DATABASE_URL: `file:${path.join(dir, "data", "desk.db")}` };
  await prepare(env);
  expect(statSync(path.join(dir, "data")).mode & 0o777).toBe(0o700);
  expect(statSync(path.join(dir, "data", "desk.db")).mode & 0o077).toBe(0);
  chmodSync(path.join(dir, "data", "desk.db"), 0o644);
  await prepare(env);
  expect(statSync(path.join(dir, "data", "desk.db")).mode & 0o777).toBe(0o600);
});

test.each([
  ["an unwritable data folder", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "factcheck-prepare-"));
    writeFileSync(path.join(dir, "not-a-folder"), "");
    return { DATABASE_URL: `file:${path.join(dir, "not-a-folder", "desk.db")}` };
  }, /data folder .* is not writable/],
  ["a malformed DATABASE_URL", () => ({ DATABASE_URL: "postgres://nope" }), /DATABASE_URL must start with/],
  ["a libSQL server without AUTH_SECRET", () => ({ DATABASE_URL: "libsql://example.invalid" }), /AUTH_SECRET is not set/],
  ["half an OIDC configuration", () => ({ OIDC_ISSUER: "https://accounts.google.com" }), /OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET/],
])("refuses %s with one line saying what to fix", async (_name, makeEnv, message) => {
  const error = await prepare(makeEnv()).then(() => null, (e: unknown) => e as Error);
  expect(error?.message).toMatch(message);
  expect(error?.message.includes("\n")).toBe(false);
});
