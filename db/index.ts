import { mkdirSync } from "node:fs";
import path from "node:path";
import { createClient, type Client } from "@libsql/client";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import { env, isFileDatabase } from "@/lib/env";
import { SqliteClient } from "./driver/sqlite-client";
import * as schema from "./schema";

export type Database = LibSQLDatabase<typeof schema>;
/** A transaction handle; query functions that accept either take `DbOrTx`. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type DbOrTx = Database | Transaction;

const BUSY_TIMEOUT_MS = 5000;

/** The folder a `file:` URL points into, or null for other URLs. */
export function fileDatabaseFolder(url: string): string | null {
  if (!isFileDatabase(url)) return null;
  const filePath = url.replace(/^file:(\/\/)?/, "").split("?")[0];
  return path.dirname(path.resolve(filePath));
}

/**
 * Opens a libSQL client. A local file (or `:memory:`) gets the desk's own client,
 * which keeps prepared statements (db/driver/sqlite-client.ts); a file database
 * gets its folder created (next build collects page data before anything else
 * runs) and a busy timeout on every connection; `applyPragmas` sets the rest.
 * A libSQL server, or a file URL with options, goes through @libsql/client.
 */
export function openClient(url: string, authToken?: string): Client {
  const folder = fileDatabaseFolder(url);
  if (folder) mkdirSync(folder, { recursive: true });
  const local = localPath(url);
  if (local !== null) return new SqliteClient(local, { timeout: BUSY_TIMEOUT_MS });
  return createClient({ url, authToken, timeout: BUSY_TIMEOUT_MS });
}

/** The path a plain local URL names (`file:data/desk.db`, `file:///abs.db`, `:memory:`), else null. */
export function localPath(url: string): string | null {
  if (url === ":memory:" || url === "file::memory:") return ":memory:";
  if (!isFileDatabase(url) || url.includes("?") || url.includes("#")) return null;
  // file://host/… names another machine: @libsql/client refuses it with a clear message.
  if (/^file:\/\/(?!\/|localhost\/)/.test(url)) return null;
  const filePath = decodeURIComponent(url.replace(/^file:(\/\/(localhost)?)?/, ""));
  return filePath && !filePath.startsWith(":memory:") ? filePath : null;
}

/**
 * WAL lets readers work while a verdict is written; FULL sync keeps committed
 * verdicts through a power cut. WAL is stored in the file; foreign keys and FULL
 * sync are also libSQL's defaults for each new pooled connection, set here too so
 * the intent is written down.
 */
export async function applyPragmas(client: Client, url: string): Promise<void> {
  if (!isFileDatabase(url)) return;
  await client.execute("PRAGMA journal_mode=WAL");
  await client.execute("PRAGMA foreign_keys=ON");
  await client.execute("PRAGMA synchronous=FULL");
  await client.execute(`PRAGMA busy_timeout=${BUSY_TIMEOUT_MS}`);
}

export function createDatabase(client: Client): Database {
  return drizzle(client, { schema });
}

const globalForDb = globalThis as unknown as { factcheckDb?: Database };

/** The process-wide database (one instance per process, kept across dev reloads). */
export function getDb(): Database {
  if (!globalForDb.factcheckDb) {
    const { DATABASE_URL, DATABASE_AUTH_TOKEN } = env();
    const client = openClient(DATABASE_URL, DATABASE_AUTH_TOKEN);
    applyPragmas(client, DATABASE_URL).catch((error: unknown) => {
      console.error("Could not set database pragmas:", error instanceof Error ? error.message : error);
    });
    globalForDb.factcheckDb = createDatabase(client);
  }
  return globalForDb.factcheckDb;
}

export { schema };
