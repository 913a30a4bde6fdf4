import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { count } from "drizzle-orm";
import { afterEach, expect, test } from "vitest";
import { backupDatabase, backupFileName } from "./backup";
import { applyPragmas, createDatabase, openClient } from "./index";
import { migrateDatabase } from "./migrate";
import { users } from "./schema";
import { createTestAdmin } from "./testing";

const clients: { close(): void }[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.close();
});

async function liveDatabase() {
  const folder = mkdtempSync(path.join(tmpdir(), "desk-backup-"));
  const url = `file:${path.join(folder, "desk.db")}`;
  const client = openClient(url);
  clients.push(client);
  await applyPragmas(client, url);
  const db = createDatabase(client);
  await migrateDatabase(db);
  return { folder, client, db };
}

test("a backup of a live database holds what was committed, the WAL's latest writes included", async () => {
  const { folder, client, db } = await liveDatabase();
  await createTestAdmin(db);
  // Still in the WAL: no checkpoint has copied it into the database file yet.
  expect((await client.execute("PRAGMA journal_mode")).rows[0]?.[0]).toBe("wal");
  expect(statSync(path.join(folder, "desk.db-wal")).size).toBeGreaterThan(0);

  const result = await backupDatabase(client, path.join(folder, "copy.db"));
  expect(result.bytes).toBeGreaterThan(0);
  // It holds password and token hashes: owner-only, like the database.
  expect(statSync(result.path).mode & 0o777).toBe(0o600);
  const copy = openClient(`file:${result.path}`);
  clients.push(copy);
  const [row] = await createDatabase(copy).select({ n: count() }).from(users);
  expect(row?.n).toBe(1);
});

test("a backup never overwrites a file, and says where it could not write", async () => {
  const { folder, client } = await liveDatabase();
  const taken = path.join(folder, "taken.db");
  writeFileSync(taken, "precious");
  await expect(backupDatabase(client, taken)).rejects.toThrow(/already exists; a backup never overwrites/);
  await expect(backupDatabase(client, path.join(folder, "missing", "copy.db"))).rejects.toThrow(/does not exist/);
});

test("default names sort by time", () => {
  expect(backupFileName(new Date("2026-12-06T04:35:59Z"))).toBe("factcheck-2026-12-06T043559Z.db");
});
