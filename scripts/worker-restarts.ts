/**
 * What `npm start`'s primary process does when a server process exits on its own
 * (scripts/serve.ts). Pure, so the policy is tested without killing processes.
 *
 * Only a desk that never came up stops: no process ever listened (the port is
 * taken, the configuration is bad), and starting more would fail the same way.
 * Once the desk has served, a process that dies is replaced, whatever its age,
 * since stopping would take the desk away from everyone for one process's crash.
 * Crashes in quick succession wait longer each time (half a second, doubling, at
 * most 30 s), so a process that dies at once does not spin a core; a process
 * that lived a minute clears the count.
 */
export type WorkerExit = {
  /** Whether this process ever listened on the port. */
  listened: boolean;
  /** Whether any process of this server ever did. */
  anyListened: boolean;
  /** How long the process lived, in ms. */
  livedMs: number;
  /** Quick crashes before this one, in a row. */
  quickCrashes: number;
};

export type AfterExit = { kind: "stop" } | { kind: "replace"; delayMs: number; quickCrashes: number };

/** A process that dies sooner than this counts as a quick crash. */
export const QUICK_CRASH_MS = 60_000;
const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 30_000;

export function afterWorkerExit(exit: WorkerExit): AfterExit {
  if (!exit.listened && !exit.anyListened) return { kind: "stop" };
  if (exit.livedMs >= QUICK_CRASH_MS) return { kind: "replace", delayMs: 0, quickCrashes: 0 };
  const quickCrashes = exit.quickCrashes + 1;
  return { kind: "replace", delayMs: Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (quickCrashes - 1)), quickCrashes };
}
