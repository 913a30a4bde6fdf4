/**
 * The worker thread that fits the claim finder to the desk's decisions (see
 * adapt-model.ts): seconds of CPU on a busy desk's history, kept off the
 * server's request thread.
 */
import { parentPort, workerData } from "node:worker_threads";
import { adaptToDesk, shippedModel } from "@/lib/claims";
import type { LabelledText } from "@/lib/claims/train";
import { answerFromWorker } from "@/lib/workers/off-thread";

const { decisions } = workerData as { decisions: LabelledText[] };

answerFromWorker((answer) => parentPort?.postMessage(answer), async () => adaptToDesk(shippedModel(), decisions));
