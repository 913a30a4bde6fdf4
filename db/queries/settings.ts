import { asc, count, eq } from "drizzle-orm";
import { DEFAULT_VERDICT_SCALE, type VerdictScaleEntry } from "@/lib/verdicts/scale";
import type { Database, DbOrTx } from "../index";
import { settings, verdictScale } from "../schema";
import { recordAuditEvent } from "./audit";
import { WRITE } from "./write-transaction";

export type NewsroomSettings = { name: string; url: string };

const DEFAULTS: NewsroomSettings = { name: "Our newsroom", url: "https://newsroom.example" };

export async function getNewsroomSettings(db: DbOrTx): Promise<NewsroomSettings> {
  const rows = await db.select().from(settings);
  const map = new Map(rows.map((row) => [row.key, row.value]));
  return { name: map.get("newsroom.name") ?? DEFAULTS.name, url: map.get("newsroom.url") ?? DEFAULTS.url };
}

export async function saveNewsroomSettings(db: DbOrTx, value: NewsroomSettings): Promise<void> {
  for (const [key, v] of [["newsroom.name", value.name], ["newsroom.url", value.url]] as const) {
    await db.insert(settings).values({ key, value: v }).onConflictDoUpdate({ target: settings.key, set: { value: v, updatedAt: new Date() } });
  }
}

/** Changes the newsroom's name and URL, with the audit event, in one write transaction. */
export async function updateNewsroomSettings(db: Database, params: { value: NewsroomSettings; actorId: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await getNewsroomSettings(tx);
    await saveNewsroomSettings(tx, params.value);
    await recordAuditEvent(tx, { actorId: params.actorId, entityType: "settings", entityId: "newsroom", action: "settings.newsroom_changed", before, after: params.value });
  }, WRITE);
}

/** Seeds the default verdict scale into an empty table; later edits are the admins'. */
export async function ensureVerdictScale(db: DbOrTx): Promise<void> {
  const [row] = await db.select({ n: count() }).from(verdictScale);
  if ((row?.n ?? 0) > 0) return;
  await db.insert(verdictScale).values(DEFAULT_VERDICT_SCALE.map((entry) => ({ ...entry })));
}

/** The live scale in display order. */
export async function listVerdictScale(db: DbOrTx): Promise<VerdictScaleEntry[]> {
  const rows = await db.select().from(verdictScale).orderBy(asc(verdictScale.position));
  return rows.map(({ active: _active, ...entry }) => entry);
}

export type ScaleEdit = { key: string; label: string; color: string; position: number };

/**
 * Saves admins' edits to the scale's labels, colours and order. Keys, rating
 * values and correction rules stay: exports and corrections depend on them.
 */
export async function updateVerdictScale(db: Database, params: { entries: ScaleEdit[]; actorId: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await listVerdictScale(tx);
    for (const entry of params.entries) {
      await tx.update(verdictScale).set({ label: entry.label, color: entry.color, position: entry.position }).where(eq(verdictScale.key, entry.key));
    }
    await recordAuditEvent(tx, {
      actorId: params.actorId,
      entityType: "scale",
      entityId: "verdict_scale",
      action: "scale.updated",
      before: { entries: before.map(({ key, label, color, position }) => ({ key, label, color, position })) },
      after: { entries: params.entries },
    });
  }, WRITE);
}
