/**
 * The worker thread that reads an imported file (see off-thread.ts): one file
 * per worker, the answer posted back, then the thread ends.
 */
import { parentPort, workerData } from "node:worker_threads";
import { isIntakeError } from "./errors";
import { importFile } from "./import-file";

const { name, bytes } = workerData as { name: string; bytes: Uint8Array };

importFile(name, bytes).then(
  (value) => parentPort?.postMessage({ ok: true, value }),
  (error: unknown) =>
    parentPort?.postMessage(
      isIntakeError(error)
        ? { ok: false, intake: { code: error.code, userMessage: error.userMessage, status: error.status } }
        : { ok: false, failure: error instanceof Error ? error.message : String(error) },
    ),
);
