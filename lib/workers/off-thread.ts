import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * CPU work that would stall a server process (reading a large import, fitting
 * the claim finder) runs in a worker thread: a time limit and a heap ceiling
 * stop what runs away, and every other request keeps being answered.
 *
 * A worker answers with one `WorkerAnswer` message (see `answerFromWorker`).
 */
export type WorkerAnswer<T> = { ok: true; value: T } | { ok: false; error: Record<string, unknown> };

/**
 * Starts a worker. Built, Next bundles the entry as a worker chunk, which it
 * finds only in a literal `new Worker(new URL("./entry.ts", import.meta.url))`
 * in the caller: that is `bundled`. Run from source (the unit tests), the
 * worker registers tsx to load the TypeScript entry itself.
 */
export function startWorker(callerUrl: string, entryFile: string, bundled: (options: WorkerOptions) => Worker, options: WorkerOptions): Worker {
  if (!callerUrl.endsWith(".ts")) return bundled(options);
  const entry = new URL(entryFile, callerUrl).href;
  return new Worker(`import("tsx/esm/api").then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}));`, { ...options, eval: true });
}

type RunOptions = {
  timeLimitMs: number;
  heapLimitMb: number;
  /** The error for a worker that did not answer within the time limit. */
  tooSlow: () => Error;
  /** The error for a worker that ran out of its heap. */
  tooBig: () => Error;
  /** Turns a refusal the worker posted back into the caller's error. */
  revive: (error: Record<string, unknown>) => Error;
};

/** Runs one job in a fresh worker and settles with its one answer, or with why there was none. */
export function runInWorker<T>(start: (options: WorkerOptions) => Worker, workerData: unknown, run: RunOptions): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = start({ workerData, resourceLimits: { maxOldGenerationSizeMb: run.heapLimitMb } });
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      finish();
    };
    const timer = setTimeout(() => settle(() => reject(run.tooSlow())), run.timeLimitMs);
    worker.once("message", (answer: WorkerAnswer<T>) => settle(() => (answer.ok ? resolve(answer.value) : reject(run.revive(answer.error)))));
    worker.once("error", (error) => settle(() => reject((error as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY" ? run.tooBig() : error)));
    worker.once("exit", (code) => settle(() => reject(new Error(`The worker stopped (exit code ${code}) before answering.`))));
  });
}

/** In a worker: runs `work` and posts its one answer back (a thrown error as its plain fields). */
export function answerFromWorker<T>(post: (answer: WorkerAnswer<T>) => void, work: () => Promise<T>): void {
  work().then(
    (value) => post({ ok: true, value }),
    (error: unknown) => post({ ok: false, error: error instanceof Error ? { ...error, name: error.name, message: error.message } : { message: String(error) } }),
  );
}
