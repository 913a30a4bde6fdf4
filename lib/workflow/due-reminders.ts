import type { Notice } from "@/lib/mail/mail-notices";
import { formatDateTime } from "@/lib/time/format";
import { formatRelative } from "@/lib/time/relative";

/** How long before a claim is due its holder is reminded, unless DUE_REMINDER_MINUTES says otherwise. */
export const DEFAULT_REMINDER_LEAD_MINUTES = 120;

/** Minutes of warning before a claim is due (DUE_REMINDER_MINUTES); 0 means reminders are off. */
export function reminderLeadMinutes(env: { DUE_REMINDER_MINUTES?: number }): number {
  return env.DUE_REMINDER_MINUTES ?? DEFAULT_REMINDER_LEAD_MINUTES;
}

/** Not yet late but within `leadMinutes` of its due time: My queue marks it "Due soon". */
export function isDueSoon(dueAt: Date | null, now: Date, leadMinutes: number): boolean {
  if (!dueAt) return false;
  const left = dueAt.getTime() - now.getTime();
  return left >= 0 && left <= leadMinutes * 60_000;
}

/** How often the server looks for claims coming due. */
export const REMINDER_SWEEP_MS = 5 * 60_000;

/** A claim someone holds that is nearly due (or already late), as a reminder names it. */
export type DueClaim = { claimId: string; claimText: string; dueAt: Date };

/** "Due in 40 minutes" or "Overdue (due 2 hours ago)", from `now`. */
export function dueWords(dueAt: Date, now: Date): string {
  return dueAt.getTime() > now.getTime() ? `Due ${formatRelative(dueAt, now)}` : `Overdue (due ${formatRelative(dueAt, now)})`;
}

const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text);

/** The bell's line for one claim: what is due when, and which claim. */
export function reminderMessage(claim: DueClaim, now: Date): string {
  return `${dueWords(claim.dueAt, now)}: “${clip(claim.claimText, 140)}”`;
}

/**
 * One e-mail per person for all their claims coming due in a sweep, soonest
 * first, each with its due time on the desk's clock.
 */
export function reminderNotice(claims: readonly DueClaim[], now: Date, zone: string): Notice {
  const sorted = [...claims].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  const one = sorted.length === 1;
  return {
    subject: one ? `${dueWords(sorted[0].dueAt, now)}: a claim you hold` : `${sorted.length} claims you hold are nearly due`,
    paragraphs: [
      one ? "A claim you are checking is nearly due:" : "Claims you are checking are nearly due:",
      ...sorted.map((claim) => `${dueWords(claim.dueAt, now)} (${formatDateTime(claim.dueAt, zone)}): “${clip(claim.claimText, 200)}”`),
    ],
    path: one ? `/claims/${sorted[0].claimId}` : "/queue",
    linkLabel: one ? "Open the claim" : "Open My queue",
  };
}
