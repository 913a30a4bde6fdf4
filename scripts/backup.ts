import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileDatabaseFolder, localPath, openClient } from "@/db";
import { backupDatabase, backupFileName } from "@/db/backup";
import { parseEnv } from "@/lib/env";

/**
 * `npm run db:backup [-- FILE]`: a consistent copy of the desk's SQLite database,
 * safe while the desk is serving (db/backup.ts). Without FILE, the copy goes to
 * `backups/` beside the database, named by the time. A libSQL server keeps its
 * own backups; this copies local files only.
 */
async function main(): Promise<void> {
  const env = parseEnv(process.env);
  const folder = fileDatabaseFolder(env.DATABASE_URL);
  if (!folder || env.DATABASE_URL.includes(":memory:")) {
    throw new Error(`DATABASE_URL=${env.DATABASE_URL} is not a local database file; back up a libSQL server with its own tools.`);
  }
  // Opening a file that is not there would create an empty database and "back it up".
  const source = localPath(env.DATABASE_URL);
  if (source && !existsSync(source)) {
    throw new Error(`There is no database at ${path.resolve(source)}: check DATABASE_URL. Nothing was backed up.`);
  }
  let target = process.argv[2];
  if (!target) {
    const backups = path.join(folder, "backups");
    mkdirSync(backups, { recursive: true });
    target = path.join(backups, backupFileName(new Date()));
  }
  const client = openClient(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN);
  try {
    const result = await backupDatabase(client, target);
    console.log(`Backed up ${env.DATABASE_URL} to ${result.path} (${(result.bytes / 1024 / 1024).toFixed(1)} MB); the copy passed SQLite's check.`);
  } finally {
    client.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
