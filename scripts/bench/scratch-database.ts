import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { applyPragmas, createDatabase, openClient, type Database } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { ensureVerdictScale } from "@/db/queries/settings";

/**
 * Runs `work` on a new database file in a temp folder, set up as the desk's
 * (pragmas, migrations, the default scale), and removes the folder afterwards.
 * A file rather than memory: the benchmarks measure the desk as it runs.
 */
export async function withScratchDatabase<T>(name: string, work: (db: Database) => Promise<T>): Promise<T> {
  const folder = mkdtempSync(path.join(tmpdir(), `bench-${name}-`));
  const url = `file:${path.join(folder, `${name}.db`)}`;
  const client = openClient(url);
  try {
    await applyPragmas(client, url);
    const db = createDatabase(client);
    await migrateDatabase(db);
    await ensureVerdictScale(db);
    return await work(db);
  } finally {
    client.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
