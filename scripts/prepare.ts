import { randomBytes } from "node:crypto";
import { accessSync, chmodSync, constants, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { applyPragmas, createDatabase, fileDatabaseFolder, localPath, openClient } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { ensureVerdictScale } from "@/db/queries/settings";
import { parseEnv, type Env } from "@/lib/env";

/**
 * Everything that must be true before the desk serves a request: a valid
 * configuration, a writable data folder, an AUTH_SECRET, and a migrated database.
 * Each failure is one line that says what to fix; the process then exits 1.
 */
export async function prepare(source: Record<string, string | undefined> = process.env): Promise<Env & { AUTH_SECRET: string }> {
  const env = parseEnv(source);
  const folder = fileDatabaseFolder(env.DATABASE_URL);
  if (folder) ensureWritableFolder(folder);
  const secret = env.AUTH_SECRET ?? readOrCreateSecret(folder);

  let client;
  try {
    client = openClient(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN);
    await applyPragmas(client, env.DATABASE_URL);
    const db = createDatabase(client);
    await migrateDatabase(db);
    await ensureVerdictScale(db);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new Error(`Cannot open the database at DATABASE_URL=${env.DATABASE_URL}: ${reason}. Check the URL (and DATABASE_AUTH_TOKEN for a libSQL server).`);
  } finally {
    client?.close();
  }
  const file = localPath(env.DATABASE_URL);
  if (file && file !== ":memory:") ownerOnly(file);
  return { ...env, AUTH_SECRET: secret };
}

/**
 * The database holds password and token hashes and every unpublished article:
 * readable by its owner only, as the secret and the backups are. SQLite gives
 * the -wal and -shm files the database file's permissions when it makes them.
 * Only ever narrows: what the owner may do is left as it is.
 */
function ownerOnly(file: string): void {
  for (const name of [file, `${file}-wal`, `${file}-shm`]) {
    if (!existsSync(name)) continue;
    const mode = statSync(name).mode & 0o777;
    if (mode & 0o077) chmodSync(name, mode & 0o700);
  }
}

function ensureWritableFolder(folder: string): void {
  try {
    // A folder made here is the owner's alone (an existing one keeps its permissions).
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    accessSync(folder, constants.W_OK);
  } catch {
    throw new Error(`The data folder ${folder} is not writable: create it and give this user write access, or set DATABASE_URL.`);
  }
}

/**
 * For the embedded default the secret is generated once and kept beside the
 * database, readable by the owner only. With a libSQL server there is no local
 * folder to share between app servers, so AUTH_SECRET must be set.
 */
function readOrCreateSecret(folder: string | null): string {
  if (!folder) throw new Error("AUTH_SECRET is not set: with a libSQL server every app server needs the same AUTH_SECRET (generate one with `openssl rand -base64 33`).");
  const file = path.join(folder, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(33).toString("base64");
  writeFileSync(file, secret + "\n", { mode: 0o600, flag: "wx" });
  return secret;
}

/** Runs `prepare` and turns a failure into one line on stderr and exit code 1. */
export async function prepareOrExit(): Promise<Env & { AUTH_SECRET: string }> {
  try {
    return await prepare();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  prepareOrExit().then(() => console.log("Database ready."));
}
