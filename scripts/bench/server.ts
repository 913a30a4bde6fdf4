import type { ChildProcess } from "node:child_process";

/**
 * Waits until the server the bench started answers at `base`. A server already
 * listening there (one a crashed run left behind) would answer with another
 * database and make every figure wrong, so the port must be free first, and a
 * server that exits before answering (the port taken meanwhile) stops the wait.
 */
export async function waitForServer(base: string, server: ChildProcess, seconds = 60): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`the server exited (${server.signalCode ?? `code ${server.exitCode}`}) before answering at ${base}: is the port taken?`);
    }
    try {
      if ((await fetch(`${base}/sign-in`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not answer at ${base} within ${seconds} s`);
}

/** Throws when something already answers at `base`: the bench's own server could not bind there. */
export async function assertPortFree(base: string): Promise<void> {
  try {
    await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) });
  } catch {
    return; // nothing listening
  }
  throw new Error(`Something is already serving at ${base} (a server an earlier run left behind?). Stop it first.`);
}

/** Stops the server and waits for it (and, through serve.ts, its server processes) to exit. SIGINT lets Node write a CPU profile. */
export async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGINT");
  await exited;
}
