import { Worker, type WorkerOptions } from "node:worker_threads";
import { IntakeError, type IntakeErrorCode } from "./errors";
import type { ImportedArticle } from "./import-file";
import type { ImportJob } from "./import-worker";
import type { ReadableArticle } from "./readable";

/**
 * Reading a file is CPU work (parsing HTML, unpacking Word): in the request's
 * own thread a large one stalls every other request the server process holds
 * for seconds. Here it runs in a worker thread with a time limit and a memory
 * ceiling, so the desk stays responsive and a file that would take too long is
 * stopped with a message instead of tying up the process.
 */
export const IMPORT_TIME_LIMIT_MS = 20_000;
const HEAP_LIMIT_MB = 768;

/**
 * The import worker. Built, Next bundles import-worker.ts as a worker chunk
 * (it follows `new Worker(new URL(…, import.meta.url))`). Run from source (the
 * unit tests), the worker registers tsx first to load the TypeScript itself.
 */
function startWorker(options: WorkerOptions): Worker {
  if (import.meta.url.endsWith(".ts")) {
    const entry = import.meta.url.replace(/off-thread\.ts$/, "import-worker.ts");
    return new Worker(`import("tsx/esm/api").then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}));`, { ...options, eval: true });
  }
  return new Worker(new URL("./import-worker.ts", import.meta.url), options);
}

type Answer<T> =
  | { ok: true; value: T }
  | { ok: false; intake: { code: IntakeErrorCode; userMessage: string; status?: number } }
  | { ok: false; failure: string };

/** Reads an imported file (import-file.ts) off the request's thread. */
export function importFileOffThread(name: string, bytes: Uint8Array, timeLimitMs = IMPORT_TIME_LIMIT_MS): Promise<ImportedArticle> {
  return runJob<ImportedArticle>({ kind: "file", name, bytes }, `"${name}"`, timeLimitMs);
}

/** Reads a fetched page's article (readable.ts) off the request's thread: for fetchArticleFromUrl's `extract`. */
export function extractArticleOffThread(html: string, url: string, timeLimitMs = IMPORT_TIME_LIMIT_MS): Promise<ReadableArticle> {
  return runJob<ReadableArticle>({ kind: "page", html, url }, "The page", timeLimitMs);
}

function runJob<T>(job: ImportJob, subject: string, timeLimitMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = startWorker({ workerData: job, resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB } });
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      finish();
    };
    const timer = setTimeout(
      () => settle(() => reject(new IntakeError("too_complex", `${subject} took too long to read (over ${Math.round(timeLimitMs / 1000)} seconds). Nothing was imported. Try saving it as plain text, or split it into parts.`))),
      timeLimitMs,
    );
    worker.once("message", (answer: Answer<T>) =>
      settle(() => {
        if (answer.ok) resolve(answer.value);
        else if ("intake" in answer) reject(new IntakeError(answer.intake.code, answer.intake.userMessage, { status: answer.intake.status }));
        else reject(new Error(answer.failure));
      }),
    );
    worker.once("error", (error) =>
      settle(() =>
        // ERR_WORKER_OUT_OF_MEMORY: the file unpacks into more than the ceiling allows.
        (error as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY"
          ? reject(new IntakeError("too_big", `${subject} is too large to read once unpacked. Nothing was imported.`))
          : reject(error),
      ),
    );
    worker.once("exit", (code) => settle(() => reject(new Error(`The import worker stopped (exit code ${code}) before answering.`))));
  });
}
