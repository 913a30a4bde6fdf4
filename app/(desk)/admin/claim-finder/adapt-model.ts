import { getDb } from "@/db";
import { saveClaimModel } from "@/db/queries/claim-models";
import { listDeskDecisions } from "@/db/queries/decisions";
import type { ActionResult } from "@/lib/auth/guards";
import { Worker, type WorkerOptions } from "node:worker_threads";
import { encodeModel, MIN_DECISIONS, MIN_EACH_LABEL, shippedFingerprint, type AdaptationResult } from "@/lib/claims";
import type { LabelledText } from "@/lib/claims/train";
import { runInWorker, startWorker } from "@/lib/workers/off-thread";

/**
 * The newest decisions at most: a desk's taste drifts, and fitting takes CPU
 * (on these machines 0.3 s for 1,000 decisions, 0.5 s for 5,000, 1.2–3.5 s for
 * 20,000, five folds and the final model included): it runs in a worker thread,
 * so the desk's other requests are not held up meanwhile.
 */
export const MAX_DECISIONS = 20_000;
const ADAPT_TIME_LIMIT_MS = 120_000;

function adaptOffThread(decisions: LabelledText[]): Promise<AdaptationResult> {
  const start = (options: WorkerOptions) => startWorker(import.meta.url, "./adapt-worker.ts", (bundled) => new Worker(new URL("./adapt-worker.ts", import.meta.url), bundled), options);
  return runInWorker<AdaptationResult>(start, { decisions }, {
    timeLimitMs: ADAPT_TIME_LIMIT_MS,
    heapLimitMb: 1024,
    tooSlow: () => new Error("Adapting the claim finder took over two minutes and was stopped."),
    tooBig: () => new Error("Adapting the claim finder ran out of memory and was stopped."),
    revive: (error) => new Error(typeof error.message === "string" ? error.message : "Adapting the claim finder failed."),
  });
}

/**
 * Adapts the shipped claim finder to the desk's decisions and stores the result,
 * not yet in use: the admin compares the figures and chooses. The caller has
 * checked the session and the role.
 */
export async function adaptModelToDesk(actorId: string): Promise<ActionResult<{ modelId: string }>> {
  const db = getDb();
  const decisions = await listDeskDecisions(db, { newest: MAX_DECISIONS });
  const result = await adaptOffThread(decisions);
  if (!result.ok) {
    return {
      ok: false,
      error: `Not enough decisions yet: the desk has accepted ${result.accepted} and dismissed ${result.dismissed} (as opinion or not checkable). Adapting needs ${MIN_DECISIONS} in all, with at least ${MIN_EACH_LABEL} of each.`,
    };
  }
  const baseFingerprint = shippedFingerprint();
  const file = encodeModel(result.model, { adaptedFrom: baseFingerprint, decisions: result.report.decisions, folds: result.report.folds });
  const modelId = await saveClaimModel(db, { file, report: result.report, baseFingerprint, actorId });
  return { ok: true, data: { modelId }, message: `Adapted on ${result.report.decisions} decisions. Compare it with the shipped model below before you use it.` };
}
