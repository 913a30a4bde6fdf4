import { createDatabase, openClient, type Database } from "./index";
import { migrateDatabase } from "./migrate";
import { ensureVerdictScale } from "./queries/settings";

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
