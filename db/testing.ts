import { createDatabase, openClient, type Database } from "./index";
import { migrateDatabase } from "./migrate";
import { ensureVerdictScale } from "./queries/settings";
import { createFirstAdministrator } from "./queries/users";

/**
 * A fresh in-memory database with every migration applied and the default
 * verdict scale, for query tests. Each call is an independent database.
 */
export async function createTestDatabase(): Promise<Database> {
  const db = createDatabase(openClient(":memory:"));
  await migrateDatabase(db);
  await ensureVerdictScale(db);
  return db;
}

/** An administrator to act as, for tests that need someone to attribute changes to. */
export async function createTestAdmin(db: Database): Promise<{ id: string; name: string }> {
  const result = await createFirstAdministrator(db, { name: "Ada", email: "ada@example.org", passwordHash: "x" });
  if (!result.ok) throw new Error("the test database already has users");
  return result.user;
}
