import { existsSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Client } from "@libsql/client";
import { openClient } from "./index";

export type BackupResult = { path: string; bytes: number };

/**
 * A consistent copy of the desk's database file, taken while the desk runs.
 * SQLite's VACUUM INTO reads one snapshot (what the WAL holds included) and
 * writes it as a new, compact file, so no server needs stopping and no page is
 * copied half-written, as a plain file copy of a live database can be. A backup
 * never replaces another file, and the copy is checked to open whole.
 */
export async function backupDatabase(client: Client, target: string): Promise<BackupResult> {
  const file = path.resolve(target);
  if (existsSync(file)) throw new Error(`${file} already exists; a backup never overwrites a file. Choose another name.`);
  if (!existsSync(path.dirname(file))) throw new Error(`The folder ${path.dirname(file)} does not exist.`);
  // Owner-only from the start, like the database it copies: it holds password and
  // token hashes. VACUUM INTO fills an empty file; creating it first leaves no moment
  // at which it is readable by others ("wx": never someone else's file put there since).
  writeFileSync(file, "", { mode: 0o600, flag: "wx" });
  await client.execute({ sql: "VACUUM INTO ?", args: [file] });
  const copy = openClient(`file:${file}`);
  try {
    const check = await copy.execute("PRAGMA quick_check");
    const verdict = String(check.rows[0]?.[0] ?? "");
    if (verdict !== "ok") throw new Error(`The copy at ${file} failed SQLite's check (${verdict}); keep the database as it is and try again.`);
  } finally {
    copy.close();
  }
  return { path: file, bytes: statSync(file).size };
}

/** The default name of a backup taken at `now`: `factcheck-2026-12-06T043559Z.db`, sorting by time (to the second, so two in a minute do not clash). */
export function backupFileName(now: Date): string {
  return `factcheck-${now.toISOString().slice(0, 19).replace(/:/g, "")}Z.db`;
}
