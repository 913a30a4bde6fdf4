/**
 * `npx tsx scripts/bench/sqlite-reads.ts`: what a memory-mapped read costs against
 * a read through read(), on a WAL database that another connection keeps writing
 * (as the desk's other server process and its writer connection do). Prints, for
 * each setting side by side, the median time of: a one-row read by primary key, a
 * page of 50 rows, and a full scan of 150,000 rows, each straight after another
 * connection's commit, and the scan again with no commit between. Settings
 * alternate twice, so the host's drift falls on both. Why the desk's connections
 * do not map the file: db/driver/sqlite-client.ts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "libsql";

const MAPPED = 256 * 1024 * 1024;
const ROWS = 150_000;

function millis(work: () => unknown): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function seed(file: string): void {
  const db = new Database(file);
  db.exec("PRAGMA journal_mode=WAL; CREATE TABLE t(id INTEGER PRIMARY KEY, a TEXT, b TEXT); CREATE TABLE u(id INTEGER PRIMARY KEY, v INT); INSERT INTO u VALUES (1, 0);");
  const insert = db.prepare("INSERT INTO t(a, b) VALUES (?, ?)");
  db.exec("BEGIN");
  for (let i = 0; i < ROWS; i++) insert.run(`${"x".repeat(100)}${i}`, "y".repeat(100));
  db.exec("COMMIT");
  db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
  db.close();
}

function measure(file: string, mmapBytes: number) {
  const reader = new Database(file);
  const writer = new Database(file);
  for (const db of [reader, writer]) db.exec(`PRAGMA synchronous=FULL; PRAGMA mmap_size=${mmapBytes}`);
  const row = reader.prepare("SELECT id, a FROM t WHERE id = ?");
  const page = reader.prepare("SELECT * FROM t WHERE id > ? ORDER BY id LIMIT 50");
  const scan = reader.prepare("SELECT count(*), sum(length(a)) FROM t");
  const commit = writer.prepare("UPDATE u SET v = v + 1 WHERE id = 1");
  const rowTimes: number[] = [];
  const pageTimes: number[] = [];
  const scanTimes: number[] = [];
  const warmScanTimes: number[] = [];
  for (let i = 0; i < 2000; i++) {
    commit.run();
    rowTimes.push(millis(() => row.all(1 + (i % ROWS))));
    commit.run();
    pageTimes.push(millis(() => page.all((i * 50) % ROWS)));
  }
  for (let i = 0; i < 10; i++) {
    commit.run();
    scanTimes.push(millis(() => scan.all()));
    warmScanTimes.push(millis(() => scan.all()));
  }
  reader.close();
  writer.close();
  return { row: median(rowTimes) * 1000, page: median(pageTimes), scan: median(scanTimes), warmScan: median(warmScanTimes) };
}

function main(): void {
  const dir = mkdtempSync(path.join(tmpdir(), "factcheck-sqlite-reads-"));
  try {
    const file = path.join(dir, "reads.db");
    seed(file);
    console.log(`${ROWS.toLocaleString("en-GB")} rows; medians, each read straight after another connection's commit unless said\n`);
    console.log("setting        one row µs   page of 50 ms   full scan ms   scan again ms");
    for (const mmapBytes of [MAPPED, 0, MAPPED, 0]) {
      const r = measure(file, mmapBytes);
      const name = mmapBytes ? "mapped 256 MB" : "read()";
      console.log(`${name.padEnd(15)}${r.row.toFixed(1).padStart(10)}${r.page.toFixed(3).padStart(16)}${r.scan.toFixed(1).padStart(15)}${r.warmScan.toFixed(1).padStart(16)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
