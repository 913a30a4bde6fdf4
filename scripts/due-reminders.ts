import { createDatabase, openClient, type Database } from "@/db";
import { sendDueReminders } from "@/db/queries/due-reminders";
import { getDeskTimeZone } from "@/db/queries/settings";
import { listMailablePeople } from "@/db/queries/users";
import type { Env } from "@/lib/env";
import { mailNotice } from "@/lib/mail/mail-notices";
import { REMINDER_SWEEP_MS, reminderLeadMinutes, reminderNotice } from "@/lib/workflow/due-reminders";

/**
 * One sweep: reminds the holders of claims coming due (the bell at once, then an
 * e-mail each when SMTP is configured). Returns how many claims were reminded.
 * Mail goes after the reminders are committed, so a slow mail server holds up nothing.
 */
export async function sweepDueReminders(db: Database, env: Env, now = new Date()): Promise<number> {
  const reminded = await sendDueReminders(db, { now, leadMs: reminderLeadMinutes(env) * 60_000 });
  if (reminded.length === 0) return 0;
  const zone = await getDeskTimeZone(db);
  const wanting = new Set((await listMailablePeople(db, reminded.map((person) => person.userId), "reminders")).map((person) => person.id));
  for (const person of reminded) {
    if (wanting.has(person.userId)) await mailNotice([person], reminderNotice(person.claims, now, zone), env);
  }
  return reminded.reduce((sum, person) => sum + person.claims.length, 0);
}

/**
 * Whether this host sweeps: not when reminders are off (DUE_REMINDER_MINUTES=0),
 * nor for an in-memory database, which lives inside the server process (the
 * sweeping process would see an empty one of its own).
 */
export function sweepsReminders(env: Pick<Env, "DATABASE_URL" | "DUE_REMINDER_MINUTES">): boolean {
  const inMemory = env.DATABASE_URL === ":memory:" || env.DATABASE_URL.startsWith("file::memory:");
  return reminderLeadMinutes(env) > 0 && !inMemory;
}

/**
 * Sweeps now and every few minutes, for as long as the server runs (serve.ts runs
 * one per host, in the process that starts the others). A failed sweep is logged
 * and the next one tries again; nothing is lost, since a claim stays unreminded
 * until a sweep commits. Returns a function that stops it.
 */
export function startDueReminders(env: Env): () => void {
  if (!sweepsReminders(env)) return () => {};
  const db = createDatabase(openClient(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN));
  let running = false;
  const sweep = async () => {
    if (running) return;
    running = true;
    try {
      await sweepDueReminders(db, env);
    } catch (error) {
      console.error("Due reminders: the sweep failed and will run again:", error instanceof Error ? error.message : error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void sweep(), REMINDER_SWEEP_MS);
  timer.unref();
  void sweep();
  return () => clearInterval(timer);
}
