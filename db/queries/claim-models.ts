import { and, desc, eq, ne, notInArray } from "drizzle-orm";
import { decodeModel, shippedFingerprint, shippedModel, type AdaptationReport, type LinearModel, type ModelFile } from "@/lib/claims";
import type { Database, DbOrTx } from "../index";
import { claimModels, settings, users } from "../schema";
import { recordAuditEvent } from "./audit";
import { insertionOrder } from "./insertion-order";
import { WRITE } from "./write-transaction";

/**
 * The claim finder's models adapted to the desk's decisions, and which one "Find
 * claims" and "Mark as claim" use. A row holds the model file (about 700 KB), so
 * lists never select it and the finder decodes it once per process (below).
 */

const ACTIVE_KEY = "claims.model_id";

export type ClaimModelSummary = {
  id: string;
  createdAt: Date;
  createdByName: string;
  decisions: number;
  report: AdaptationReport;
  /** Adapted from the model this build ships; false once a release has replaced it. */
  current: boolean;
};

/** Adapted models kept: each holds about 700 KB of weights, and an admin may adapt again and again. */
export const KEPT_MODELS = 10;

/**
 * Stores a newly adapted model (not yet in use), with its audit event; returns its
 * id. Beyond the newest KEPT_MODELS, older models go, except the one in use.
 */
export async function saveClaimModel(db: Database, params: { file: ModelFile; report: AdaptationReport; baseFingerprint: string; actorId: string }): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(claimModels)
      .values({ createdById: params.actorId, baseFingerprint: params.baseFingerprint, report: JSON.stringify(params.report), file: JSON.stringify(params.file), decisions: params.report.decisions })
      .returning({ id: claimModels.id });
    await recordAuditEvent(tx, {
      actorId: params.actorId,
      entityType: "settings",
      entityId: row.id,
      action: "claim_model.adapted",
      after: { decisions: params.report.decisions, shipped: params.report.shipped, adapted: params.report.adapted },
    });
    const active = (await getActiveClaimModelId(tx)) ?? "";
    const kept = tx.select({ id: claimModels.id }).from(claimModels).orderBy(desc(claimModels.createdAt), desc(insertionOrder(claimModels))).limit(KEPT_MODELS);
    await tx.delete(claimModels).where(and(notInArray(claimModels.id, kept), ne(claimModels.id, active)));
    return row.id;
  }, WRITE);
}

/** Every adapted model, newest first, without the weights. */
export async function listClaimModels(db: DbOrTx): Promise<ClaimModelSummary[]> {
  const rows = await db
    .select({ id: claimModels.id, createdAt: claimModels.createdAt, createdByName: users.name, decisions: claimModels.decisions, report: claimModels.report, base: claimModels.baseFingerprint })
    .from(claimModels)
    .innerJoin(users, eq(users.id, claimModels.createdById))
    .orderBy(desc(claimModels.createdAt), desc(insertionOrder(claimModels)));
  const shipped = shippedFingerprint();
  return rows.map(({ report, base, ...row }) => ({ ...row, report: JSON.parse(report) as AdaptationReport, current: base === shipped }));
}

/** The id of the desk model in use, or null for the shipped model. */
export async function getActiveClaimModelId(db: DbOrTx): Promise<string | null> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, ACTIVE_KEY));
  return row?.value ? row.value : null;
}

/**
 * Puts a desk model in use (`modelId`) or goes back to the shipped model (null),
 * audited with the model before and after. A model adapted from another release's
 * shipped model is refused: its features are not this build's.
 */
export async function adoptClaimModel(db: Database, params: { modelId: string | null; actorId: string }): Promise<{ ok: true } | { ok: false; reason: "missing" | "outdated" }> {
  return db.transaction(async (tx) => {
    if (params.modelId !== null) {
      const [row] = await tx.select({ base: claimModels.baseFingerprint }).from(claimModels).where(eq(claimModels.id, params.modelId));
      if (!row) return { ok: false, reason: "missing" } as const;
      if (row.base !== shippedFingerprint()) return { ok: false, reason: "outdated" } as const;
    }
    const before = await getActiveClaimModelId(tx);
    const value = params.modelId ?? "";
    await tx.insert(settings).values({ key: ACTIVE_KEY, value }).onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
    await recordAuditEvent(tx, { actorId: params.actorId, entityType: "settings", entityId: ACTIVE_KEY, action: "claim_model.used", before: { modelId: before }, after: { modelId: params.modelId } });
    return { ok: true } as const;
  }, WRITE);
}

/** The decoded desk model of this process: decoding 700 KB of weights per "Find claims" would cost more than finding. */
let cached: { id: string; model: LinearModel } | null = null;

/**
 * The model the finder should use now: the desk model in use, or the shipped one
 * when none is, when it is gone, or when it was adapted from another release's
 * shipped model. One indexed read per call; the weights only when the model changed.
 */
export async function activeClaimModel(db: DbOrTx): Promise<LinearModel> {
  const id = await getActiveClaimModelId(db);
  if (id === null) return shippedModel();
  if (cached?.id === id) return cached.model;
  const [row] = await db.select({ file: claimModels.file, base: claimModels.baseFingerprint }).from(claimModels).where(eq(claimModels.id, id));
  if (!row || row.base !== shippedFingerprint()) return shippedModel();
  cached = { id, model: decodeModel(JSON.parse(row.file)) };
  return cached.model;
}
