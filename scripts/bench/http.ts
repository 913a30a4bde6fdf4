/**
 * `npm run bench:http`: the production server on a throwaway database, seeded,
 * driven by autocannon at 32 connections against three targets in the same
 * server: a bare route (the baseline), the record-verdict write (the verdict
 * form's draft save, PUT /api/claims/:id/verdict, as the browser sends it) and
 * the reviewer's queue page. Prints
 * throughput and p50/p99 latency for each and the ratio to the bare route.
 *
 * The bare route defaults to /api/health, a route handler in the same server with
 * no session or database; `--bare /path` measures another.
 *
 * Uses the build in NEXT_DIST_DIR (default .next); run `next build` first.
 * Each target gets `--seconds` in all, in `--rounds` interleaved rounds (every
 * target once per round, the order reversed every other round), so a burst of
 * someone else's work on this shared machine falls on all targets alike and the
 * ratios hold up better than the absolute figures. Throughput and CPU are totals
 * over the rounds; p50 and p99 are the median of the rounds'.
 *
 * Usage: tsx scripts/bench/http.ts [--seconds 10] [--rounds 5] [--connections 32] [--bare /path] [--only bare|write|queue] [--cpu-prof DIR]
 * (`--cpu-prof DIR` writes the server's V8 CPU profile there; build with
 * `next build --no-mangling` to read function names in it. `--only write` (or
 * bare, or queue) drives that target alone after the bare route's warm-up, so a
 * profile holds one target's work.)
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { encode } from "next-auth/jwt";
import { createDatabase, openClient } from "@/db";
import { getWorkingVerdict } from "@/db/queries/verdicts";
import { prepare } from "../prepare";
import { seedBenchDesk } from "./http-seed";
import { assertPortFree, stopServer, waitForServer } from "./server";
import { median } from "./numbers";

// autocannon ships no type declarations; these are the parts used here.
type Request = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
type Options = Record<string, unknown> & { url: string; connections: number; duration: number };
type Result = { requests: { average: number; total: number }; duration: number; latency: { p50: number; p99: number }; "2xx": number; non2xx: number; errors: number; timeouts: number };
const autocannon = createRequire(__filename)("autocannon") as (options: Options) => Promise<Result>;

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const SECONDS = arg("seconds", 10);
const ROUNDS = Math.max(1, arg("rounds", 5));
const CONNECTIONS = arg("connections", 32);
const PORT = 3290 + Math.floor(Math.random() * 100);
const BASE = `http://127.0.0.1:${PORT}`;
const distDir = process.env.NEXT_DIST_DIR || ".next";

/** The bare route: `--bare /path`, else the liveness route (a route handler with no session or database). */
function barePath(): string {
  const at = process.argv.indexOf("--bare");
  return at === -1 ? "/api/health" : process.argv[at + 1];
}

/** The verdict an answer carries: the saved one, or the current one of a conflict. */
function savedVerdict(body: string): { id: string; version: number } | null {
  try {
    const result = JSON.parse(body) as { data?: { verdict?: { id: string; version: number } }; current?: { id: string; version: number } | null };
    return result.data?.verdict ?? result.current ?? null;
  } catch {
    return null;
  }
}


type Row = { name: string; rps: number; p50: number; p99: number; ok: number; bad: number; cpu: number };

/**
 * CPU seconds the server has used: its primary process and every server process
 * under it (Linux /proc; NaN elsewhere). Per request this is steadier than req/s
 * on a shared machine, where other work takes turns on the cores and moves
 * throughput from run to run.
 */
let serverPid = 0;
function serverCpuSeconds(): number {
  try {
    let ticks = 0;
    for (const pid of processTree(serverPid)) {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    }
    return ticks / 100;
  } catch {
    return Number.NaN;
  }
}

function processTree(pid: number): number[] {
  const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
    readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(" ").filter(Boolean).map(Number),
  );
  return [pid, ...children.flatMap(processTree)];
}

type Target = { name: string; options: Record<string, unknown>; count?: () => { ok: number; bad: number }; beforeEachRun?: () => Promise<void> };
type Round = { served: number; seconds: number; p50: number; p99: number; ok: number; bad: number; cpu: number };

async function runOnce(target: Target, duration: number): Promise<Round> {
  await target.beforeEachRun?.();
  const before = target.count?.();
  const cpuBefore = serverCpuSeconds();
  const result = await autocannon({ url: BASE, connections: CONNECTIONS, duration, ...target.options });
  const cpu = serverCpuSeconds() - cpuBefore;
  const after = target.count?.();
  const ok = after && before ? after.ok - before.ok : result["2xx"];
  const bad = after && before ? after.bad - before.bad : result.non2xx + result.errors + result.timeouts;
  return { served: result["2xx"] + result.non2xx, seconds: result.duration, p50: result.latency.p50, p99: result.latency.p99, ok, bad, cpu };
}


/** Warms every target up (JIT, route compilation, connection pools), then runs the interleaved rounds. */
async function driveAll(targets: Target[]): Promise<Row[]> {
  for (const target of targets) await runOnce(target, 2);
  const rounds = targets.map(() => [] as Round[]);
  for (let r = 0; r < ROUNDS; r++) {
    for (let i = 0; i < targets.length; i++) {
      const k = r % 2 === 0 ? i : targets.length - 1 - i;
      rounds[k].push(await runOnce(targets[k], Math.max(1, Math.round(SECONDS / ROUNDS))));
    }
  }
  return targets.map((target, k) => {
    const rs = rounds[k];
    const sum = (pick: (x: Round) => number) => rs.reduce((n, x) => n + pick(x), 0);
    const served = sum((x) => x.served);
    return {
      name: target.name,
      rps: served / sum((x) => x.seconds),
      p50: median(rs.map((x) => x.p50)),
      p99: median(rs.map((x) => x.p99)),
      ok: sum((x) => x.ok),
      bad: sum((x) => x.bad),
      cpu: served ? (sum((x) => x.cpu) * 1000) / served : Number.NaN,
    };
  });
}

async function main(): Promise<void> {
  if (!existsSync(path.join(distDir, "BUILD_ID"))) throw new Error(`No production build in ${distDir}: run \`next build\` first.`);
  const dataDir = mkdtempSync(path.join(tmpdir(), "factcheck-bench-"));
  const env = { ...process.env, DATABASE_URL: `file:${path.join(dataDir, "bench.db")}`, AUTH_SECRET: randomBytes(33).toString("base64"), PORT: String(PORT), HOSTNAME: "127.0.0.1", DUE_REMINDER_MINUTES: "0" };
  await prepare(env);
  const desk = await seedBenchDesk(env.DATABASE_URL, CONNECTIONS * 2);
  const cookieName = "authjs.session-token";
  const session = await encode({ secret: env.AUTH_SECRET, salt: cookieName, token: { sub: desk.reviewer.id, uid: desk.reviewer.id, role: "reviewer", name: desk.reviewer.name, email: desk.reviewer.email } });
  const cookie = `${cookieName}=${session}`;

  const profileAt = process.argv.indexOf("--cpu-prof");
  const profile = profileAt === -1 ? [] : ["--cpu-prof", `--cpu-prof-dir=${process.argv[profileAt + 1]}`];
  // The server as `npm start` runs it (scripts/serve.ts): one process per core unless WEB_CONCURRENCY says otherwise.
  await assertPortFree(BASE);
  const server = spawn(process.execPath, [...profile, "--import", "tsx", path.join(__dirname, "..", "serve.ts")], {
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: distDir },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let processes = "";
  server.stdout.on("data", (chunk: Buffer) => {
    processes ||= /with (\d+ server process(?:es)?)/.exec(chunk.toString())?.[1] ?? "";
  });
  serverPid = server.pid ?? 0;
  try {
    await waitForServer(BASE, server);
    const targets: Target[] = [];
    const bare = barePath();
    targets.push({ name: `bare  GET ${bare.length > 28 ? `${bare.slice(0, 25)}…` : bare}`, options: { requests: [{ method: "GET", path: bare, headers: { cookie } }] } });

    // autocannon resets a connection's context after every request, so the claims'
    // verdict versions live here: a request takes a claim nobody is saving, sends the
    // version it last saw, and puts the claim back with the version the answer gave.
    // A run's last requests are cut off unanswered, so before every run each claim
    // goes back in the pool with the version the database holds.
    const free: string[] = [];
    const seen = new Map<string, { verdictId: string | null; version: number | null }>();
    const reader = createDatabase(openClient(env.DATABASE_URL));
    const readVersions = async () => {
      const versions = new Map<string, { verdictId: string | null; version: number | null }>();
      for (const claimId of desk.claimIds) {
        const working = await getWorkingVerdict(reader, claimId);
        versions.set(claimId, working ? { verdictId: working.id, version: working.version } : { verdictId: null, version: null });
      }
      return versions;
    };
    const resync = async () => {
      // Writes autocannon gave up on may still be committing: read until two reads agree.
      let versions = await readVersions();
      for (let again = await readVersions(); JSON.stringify([...again]) !== JSON.stringify([...versions]); again = await readVersions()) versions = again;
      free.splice(0, free.length, ...desk.claimIds);
      for (const [claimId, version] of versions) seen.set(claimId, version);
    };
    const tally = { ok: 0, bad: 0, sample: "", n: 0 };
    type Ctx = { claimId?: string };
    targets.push({
      name: "record verdict  PUT draft",
      options: {
        requests: [
          {
            method: "PUT",
            setupRequest: (req: Request, context: Ctx) => {
              const claimId = free.shift() ?? desk.claimIds[0];
              context.claimId = claimId;
              tally.n += 1;
              const payload = {
                expected: seen.get(claimId) ?? { verdictId: null, version: null },
                // The words the form showed, as the browser sends them.
                claimText: desk.claimTexts.get(claimId),
                verdictKey: "mostly_accurate",
                rationale: `Checked against the audited accounts, revision ${tally.n}.`,
                evidence: [{ url: "https://city.example/accounts.pdf", title: "Accounts", publisher: "City", quote: "4.1m", accessedOn: "2026-01-02", archiveUrl: null, stance: "supports" }],
              };
              return {
                ...req,
                method: "PUT",
                path: `/api/claims/${claimId}/verdict`,
                headers: { "content-type": "application/json", origin: BASE, cookie },
                body: JSON.stringify(payload),
              };
            },
            onResponse: (status: number, body: string, context: Ctx) => {
              const claimId = context.claimId;
              if (!claimId) return;
              const verdict = savedVerdict(body);
              if (verdict) seen.set(claimId, { verdictId: verdict.id, version: verdict.version });
              if (status === 200 && body.includes('"ok":true')) tally.ok += 1;
              else {
                tally.bad += 1;
                tally.sample ||= `HTTP ${status}: ${body.slice(0, 400)}`;
              }
              free.push(claimId);
            },
          },
        ],
      },
      count: () => ({ ok: tally.ok, bad: tally.bad }),
      beforeEachRun: resync,
    });
    targets.push({ name: "queue page  GET /queue", options: { requests: [{ method: "GET", path: "/queue", headers: { cookie } }] } });
    const only = process.argv.indexOf("--only");
    if (only !== -1) {
      const name = process.argv[only + 1];
      const wanted = name === "bare" ? targets[0] : name === "write" ? targets[1] : name === "queue" ? targets[2] : null;
      if (!wanted) throw new Error("--only takes bare, write or queue");
      await runOnce(targets[0], 2);
      const [row] = await driveAll([wanted]);
      console.log(`\n${row.name}: ${row.rps.toFixed(0)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, ${row.ok} ok, ${row.bad} failed, ${row.cpu.toFixed(2)} ms CPU/req`);
      if (tally.sample) console.log(`first failed write: ${tally.sample}`);
      return;
    }
    const rows = await driveAll(targets);

    const bareRps = rows[0].rps;
    console.log(`\nnode ${process.version}, ${processes || "? server processes"}, ${CONNECTIONS} connections, ${SECONDS} s per target in ${ROUNDS} interleaved rounds (after 2 s warm-up), ${desk.claimIds.length} claims in the queue\n`);
    console.log("target                              req/s    p50 ms   p99 ms   ok       failed   vs bare   server CPU ms/req");
    for (const r of rows) {
      console.log(`${r.name.padEnd(34)} ${r.rps.toFixed(0).padStart(7)} ${String(r.p50).padStart(8)} ${String(r.p99).padStart(8)}   ${String(r.ok).padEnd(8)} ${String(r.bad).padEnd(8)} ${`${((r.rps / bareRps) * 100).toFixed(0)}%`.padEnd(9)} ${r.cpu.toFixed(2)}`);
    }
    const write = rows[1];
    if (tally.sample) console.log(`\nfirst failed write: ${tally.sample}`);
    console.log(`\ntargets: verdict write ≥ 50% of bare (${((write.rps / bareRps) * 100).toFixed(0)}%), p99 < 100 ms (${write.p99} ms)`);
  } finally {
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
