import { Worker } from "node:worker_threads";
import { runInWorker, startWorker } from "@/lib/workers/off-thread";
import { IntakeError, type IntakeErrorCode } from "./errors";
import type { ImportedArticle } from "./import-file";
import type { ImportJob } from "./import-worker";
import type { ReadableArticle } from "./readable";

/**
 * Reading a file or a fetched page is CPU work (parsing HTML, unpacking Word):
 * in the request's own thread a large one stalls every other request the server
 * process holds for seconds. It runs in a worker thread (lib/workers) with a time
 * limit and a memory ceiling instead, and a file that would take too long is
 * stopped with a message.
 */
export const IMPORT_TIME_LIMIT_MS = 20_000;
const HEAP_LIMIT_MB = 768;

/** Reads an imported file (import-file.ts) off the request's thread. */
export function importFileOffThread(name: string, bytes: Uint8Array, timeLimitMs = IMPORT_TIME_LIMIT_MS): Promise<ImportedArticle> {
  return runJob<ImportedArticle>({ kind: "file", name, bytes }, `"${name}"`, timeLimitMs);
}

/** Reads a fetched page's article (readable.ts) off the request's thread: for fetchArticleFromUrl's `extract`. */
export function extractArticleOffThread(html: string, url: string, timeLimitMs = IMPORT_TIME_LIMIT_MS): Promise<ReadableArticle> {
  return runJob<ReadableArticle>({ kind: "page", html, url }, "The page", timeLimitMs);
}

function runJob<T>(job: ImportJob, subject: string, timeLimitMs: number): Promise<T> {
  const start = (options: ConstructorParameters<typeof Worker>[1]) =>
    startWorker(import.meta.url, "./import-worker.ts", (bundledOptions) => new Worker(new URL("./import-worker.ts", import.meta.url), bundledOptions), options ?? {});
  return runInWorker<T>(start, job, {
    timeLimitMs,
    heapLimitMb: HEAP_LIMIT_MB,
    tooSlow: () => new IntakeError("too_complex", `${subject} took too long to read (over ${Math.round(timeLimitMs / 1000)} seconds). Nothing was imported. Try saving it as plain text, or split it into parts.`),
    tooBig: () => new IntakeError("too_big", `${subject} is too large to read once unpacked. Nothing was imported.`),
    // An IntakeError keeps its code and message across the thread; anything else is a plain error.
    revive: (error) =>
      error.name === "IntakeError" && typeof error.code === "string" && typeof error.userMessage === "string"
        ? new IntakeError(error.code as IntakeErrorCode, error.userMessage, { status: typeof error.status === "number" ? error.status : undefined })
        : new Error(typeof error.message === "string" ? error.message : "The import failed."),
  });
}
