/**
 * The worker thread that reads an imported file or a fetched page's HTML (see
 * off-thread.ts): one job per worker, the answer posted back, then it ends.
 */
import { parentPort, workerData } from "node:worker_threads";
import { answerFromWorker } from "@/lib/workers/off-thread";
import { importFile } from "./import-file";
import { extractReadableArticle } from "./readable";

export type ImportJob = { kind: "file"; name: string; bytes: Uint8Array } | { kind: "page"; html: string; url: string };

const job = workerData as ImportJob;

answerFromWorker((answer) => parentPort?.postMessage(answer), async () => (job.kind === "file" ? importFile(job.name, job.bytes) : extractReadableArticle(job.html, job.url)));
