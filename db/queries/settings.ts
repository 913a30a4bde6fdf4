import { asc, count, eq, gt } from "drizzle-orm";
import { currentZoneName, DEFAULT_TIME_ZONE, isTimeZone } from "@/lib/time/zone";
import { DEFAULT_VERDICT_SCALE, type VerdictScaleEntry } from "@/lib/verdicts/scale";
import { awayUntilInZone } from "@/lib/workflow/away";
import type { Database, DbOrTx } from "../index";
import { settings, users, verdictScale } from "../schema";
import { recordAuditEvent } from "./audit";
import { WRITE } from "./write-transaction";

/** The newsroom as exports name it, and the clock the desk reads times on (lib/time/zone.ts). */
export type NewsroomSettings = { name: string; url: string; timeZone: string };

const DEFAULTS: NewsroomSettings = { name: "Our newsroom", url: "https://newsroom.example", timeZone: DEFAULT_TIME_ZONE };
const TIME_ZONE_KEY = "desk.time_zone";

/**
 * A stored zone this runtime no longer knows (its time zone data changed) reads as
 * the default; one saved under an old spelling ("Asia/Calcutta", as the settings
 * once listed it) reads under its current name, the one the settings list offers.
 */
const knownZone = (value: string | undefined) => (value !== undefined && isTimeZone(value) ? currentZoneName(value) : DEFAULTS.timeZone);

export async function getNewsroomSettings(db: DbOrTx): Promise<NewsroomSettings> {
  const rows = await db.select().from(settings);
  const map = new Map(rows.map((row) => [row.key, row.value]));
  return { name: map.get("newsroom.name") ?? DEFAULTS.name, url: map.get("newsroom.url") ?? DEFAULTS.url, timeZone: knownZone(map.get(TIME_ZONE_KEY)) };
}

/**
 * Whether an administrator has named the newsroom yet. Until then exports call
 * it "Our newsroom" at newsroom.example, which must not go out unnoticed.
 */
export async function isNewsroomNamed(db: DbOrTx): Promise<boolean> {
  const [row] = await db.select({ key: settings.key }).from(settings).where(eq(settings.key, "newsroom.name"));
  return row !== undefined;
}

/**
 * The desk's first clock: the founding administrator's own zone, so a desk in
 * London does not start on UTC and put every deadline an hour out in summer.
 * Nothing is written when the zone is unknown or the desk already has a clock.
 */
export async function startDeskClock(db: DbOrTx, zone: string): Promise<boolean> {
  if (!isTimeZone(zone)) return false;
  const set = await db.insert(settings).values({ key: TIME_ZONE_KEY, value: currentZoneName(zone) }).onConflictDoNothing().returning({ key: settings.key });
  return set.length > 0;
}

/** The desk's time zone alone: every page that shows a time reads it. */
export async function getDeskTimeZone(db: DbOrTx): Promise<string> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, TIME_ZONE_KEY));
  return knownZone(row?.value);
}

export async function saveNewsroomSettings(db: DbOrTx, value: NewsroomSettings): Promise<void> {
  const entries = [["newsroom.name", value.name], ["newsroom.url", value.url], [TIME_ZONE_KEY, value.timeZone]] as const;
  for (const [key, v] of entries) {
    await db.insert(settings).values({ key, value: v }).onConflictDoUpdate({ target: settings.key, set: { value: v, updatedAt: new Date() } });
  }
}

/** Changes the newsroom's name, URL and time zone, with the audit event, in one write transaction. */
export async function updateNewsroomSettings(db: Database, params: { value: NewsroomSettings; actorId: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await getNewsroomSettings(tx);
    await saveNewsroomSettings(tx, params.value);
    if (before.timeZone !== params.value.timeZone) await rebaseAbsences(tx, before.timeZone, params.value.timeZone);
    await recordAuditEvent(tx, { actorId: params.actorId, entityType: "settings", entityId: "newsroom", action: "settings.newsroom_changed", before, after: params.value });
  }, WRITE);
}

/** Absences still to end keep their last day when the desk's clock changes zone (lib/workflow/away). */
async function rebaseAbsences(tx: DbOrTx, fromZone: string, toZone: string): Promise<void> {
  const away = await tx.select({ id: users.id, awayUntil: users.awayUntil }).from(users).where(gt(users.awayUntil, new Date()));
  for (const person of away) {
    await tx.update(users).set({ awayUntil: awayUntilInZone(person.awayUntil!, fromZone, toZone) }).where(eq(users.id, person.id));
  }
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
export async function updateVerdictScale(
  db: Database,
  params: { entries: ScaleEdit[]; actorId: string; expected?: ScaleEdit[] },
): Promise<{ ok: true } | { ok: false; reason: "conflict" }> {
  return db.transaction(async (tx) => {
    const before = await listVerdictScale(tx);
    // Over the scale the form showed, or not at all: a second administrator's
    // save in between would otherwise be undone without a word.
    if (params.expected && scaleKey(params.expected) !== scaleKey(before)) return { ok: false, reason: "conflict" } as const;
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
    return { ok: true } as const;
  }, WRITE);
}

/** A scale's entries as one comparable string, whatever order they were listed in. */
function scaleKey(entries: readonly ScaleEdit[]): string {
  return JSON.stringify([...entries].sort((a, b) => a.key.localeCompare(b.key)).map(({ key, label, color, position }) => [key, label, color, position]));
}
