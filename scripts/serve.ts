import cluster, { type Worker } from "node:cluster";
import { availableParallelism } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { prepareOrExit } from "./prepare";
import { serverProcessCount } from "./server-processes";
import { startDueReminders } from "./due-reminders";
import { afterWorkerExit } from "./worker-restarts";

/**
 * Prepares the database once, then runs the production server as one Next.js
 * process per core (WEB_CONCURRENCY overrides), sharing the port through
 * node:cluster. The processes hold no state between requests (sessions are
 * cookies, throttles and everything else live in the database), and SQLite
 * arbitrates their writes; several of them keep the desk answering while one
 * waits for the disk on a commit. A process that crashes is replaced (after a
 * pause when crashes come quickly: scripts/worker-restarts.ts); a desk that never
 * came up (a port in use, say) stops with the error.
 * Signals are passed on, so Ctrl-C stops them all. This process also reminds
 * people of claims coming due (scripts/due-reminders.ts).
 */
prepareOrExit().then((env) => {
  const count = serverProcessCount(env, availableParallelism());
  const args = ["start", "-p", String(env.PORT)];
  if (env.HOSTNAME) args.push("-H", env.HOSTNAME);
  cluster.setupPrimary({
    exec: require.resolve("next/dist/bin/next"),
    args,
    // The TypeScript loader this script runs under is of no use to Next; profiling flags are.
    // The peer-address preload tells sign-in throttling who is connecting (see the file).
    execArgv: [
      ...process.execArgv.filter((arg) => arg.startsWith("--cpu-prof") || arg.startsWith("--max-old-space-size")),
      ...youngGeneration(),
      "--import",
      pathToFileURL(path.join(__dirname, "peer-address.mjs")).href,
    ],
  });
  const workerEnv = { AUTH_SECRET: env.AUTH_SECRET, NEXT_TELEMETRY_DISABLED: "1" };
  const startedAt = new Map<Worker, number>();
  const listened = new WeakSet<Worker>();
  let anyListened = false;
  let quickCrashes = 0;
  let stopping = false;
  const start = () => startedAt.set(cluster.fork(workerEnv), Date.now());

  cluster.on("listening", (worker) => {
    listened.add(worker);
    anyListened = true;
  });
  cluster.on("exit", (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker) ?? 0);
    startedAt.delete(worker);
    if (stopping) {
      if (startedAt.size === 0) process.exit(0);
      return;
    }
    const next = afterWorkerExit({ listened: listened.has(worker), anyListened, livedMs: lived, quickCrashes });
    if (next.kind === "stop") {
      console.error(`The server could not start (exit ${signal ?? code}).`);
      stopping = true;
      for (const other of startedAt.keys()) other.kill("SIGTERM");
      process.exit(1);
    }
    quickCrashes = next.quickCrashes;
    const when = next.delayMs ? ` in ${(next.delayMs / 1000).toFixed(1)} s` : "";
    console.error(`A server process stopped (${signal ?? `exit ${code}`}); starting another${when}.`);
    setTimeout(() => {
      if (!stopping) start();
    }, next.delayMs);
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      stopping = true;
      if (startedAt.size === 0) process.exit(0);
      for (const worker of startedAt.keys()) worker.process.kill(signal);
    });
  }
  console.log(`Serving on port ${env.PORT} with ${count} server ${count === 1 ? "process" : "processes"}.`);
  for (let i = 0; i < count; i++) start();
  // Reminders run here, once per host, not in every server process.
  startDueReminders(env);
});

/**
 * A 32 MB young generation (V8's default is 16 MB here): rendering a page or
 * answering a write leaves mostly short-lived garbage, and a larger nursery lets
 * more of it die before a scavenge copies it. Measured with bench:http, 9–10%
 * less server CPU per verdict write in three paired runs. NODE_OPTIONS wins if it sets one.
 */
function youngGeneration(): string[] {
  return /--max-semi-space-size/.test(process.env.NODE_OPTIONS ?? "") ? [] : ["--max-semi-space-size=32"];
}
