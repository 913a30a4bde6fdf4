import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, test } from "vitest";

let folder = "";
afterEach(() => rmSync(folder, { recursive: true, force: true }));

test("db:backup of a database file that is not there refuses, and creates neither file", () => {
  folder = mkdtempSync(path.join(tmpdir(), "backup-"));
  const missing = path.join(folder, "mistyped.db");
  const target = path.join(folder, "copy.db");
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/backup.ts", target], {
    env: { ...process.env, DATABASE_URL: `file:${missing}` },
    encoding: "utf8",
  });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain(`There is no database at ${missing}`);
  expect(existsSync(missing)).toBe(false);
  expect(existsSync(target)).toBe(false);
});
