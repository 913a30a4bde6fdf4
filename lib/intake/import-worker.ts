/**
 * The worker thread that reads an imported file or a fetched page's HTML (see
 * off-thread.ts): one job per worker, the answer posted back, then it ends.
 */
import { parentPort, workerData } from "node:worker_threads";
import { isIntakeError } from "./errors";
import { importFile } from "./import-file";
import { extractReadableArticle } from "./readable";

export type ImportJob = { kind: "file"; name: string; bytes: Uint8Array } | { kind: "page"; html: string; url: string };

const job = workerData as ImportJob;

// Async either way, so a throw in the page reader is answered like a refusal.
const work = async () => (job.kind === "file" ? importFile(job.name, job.bytes) : extractReadableArticle(job.html, job.url));

work().then(
  (value) => parentPort?.postMessage({ ok: true, value }),
  (error: unknown) =>
    parentPort?.postMessage(
      isIntakeError(error)
        ? { ok: false, intake: { code: error.code, userMessage: error.userMessage, status: error.status } }
        : { ok: false, failure: error instanceof Error ? error.message : String(error) },
    ),
);
