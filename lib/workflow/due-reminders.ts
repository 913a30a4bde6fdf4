import type { Notice } from "@/lib/mail/mail-notices";
import { formatDate, formatDateTime } from "@/lib/time/format";
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

/**
 * A claim someone holds that is nearly due (or already late), as a reminder names
 * it. `awayHolder` is set when the holder is away and the reminder goes to the
 * editor who assigned it instead.
 */
export type DueClaim = { claimId: string; claimText: string; dueAt: Date; awayHolder?: { name: string; awayUntil: Date } };

/** "Due in 40 minutes" or "Overdue (due 2 hours ago)", from `now`. */
export function dueWords(dueAt: Date, now: Date): string {
  return dueAt.getTime() > now.getTime() ? `Due ${formatRelative(dueAt, now)}` : `Overdue (due ${formatRelative(dueAt, now)})`;
}

const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text);

/** The bell's line for one claim: what is due when, and which claim. */
export function reminderMessage(claim: DueClaim, now: Date): string {
  const away = claim.awayHolder ? ` and ${claim.awayHolder.name}, who holds it, is away` : "";
  return `${dueWords(claim.dueAt, now)}${away}: “${clip(claim.claimText, 140)}”`;
}

/** More claims than this coming due for one person in one sweep ring the bell once, not once each. */
export const BELL_EACH_UP_TO = 5;

/**
 * The bell's lines for one person's claims coming due in a sweep: one per claim,
 * each linking to it, up to BELL_EACH_UP_TO; past that one line for them all
 * (a desk back from a long weekend must not bury everything else under 166 bells).
 */
export function bellReminders(claims: readonly DueClaim[], now: Date): { message: string; link: string }[] {
  if (claims.length <= BELL_EACH_UP_TO) return claims.map((claim) => ({ message: reminderMessage(claim, now), link: `/claims/${claim.claimId}` }));
  const sorted = [...claims].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  const covering = sorted.some((claim) => claim.awayHolder);
  const whose = sorted.every((claim) => claim.awayHolder) ? "you assigned, their holders away," : covering ? "you hold or assigned" : "you hold";
  return [{
    message: `${sorted.length} claims ${whose} are nearly due or overdue. The soonest: ${reminderMessage(sorted[0], now)}`,
    // My queue lists one's own; a summary that names others' claims leads to the Dashboard's list of them.
    link: covering ? "/dashboard#needs-attention" : "/queue",
  }];
}

/**
 * One e-mail per person for all their claims coming due in a sweep, soonest
 * first, each with its due time on the desk's clock.
 */
export function reminderNotice(claims: readonly DueClaim[], now: Date, zone: string): Notice {
  const sorted = [...claims].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  const one = sorted.length === 1;
  const covering = sorted.filter((claim) => claim.awayHolder).length;
  const subject =
    covering === sorted.length
      ? one
        ? `${dueWords(sorted[0].dueAt, now)}: a claim you assigned, its holder away`
        : `${sorted.length} claims you assigned are nearly due, their holders away`
      : one
        ? `${dueWords(sorted[0].dueAt, now)}: a claim you hold`
        : covering === 0
          ? `${sorted.length} claims you hold are nearly due`
          : `${sorted.length} claims are nearly due`;
  const intro =
    covering === 0
      ? one ? "A claim you are checking is nearly due:" : "Claims you are checking are nearly due:"
      : covering === sorted.length
        ? "Claims you assigned are nearly due while the people holding them are away; you may want to reassign them:"
        : "Claims nearly due: yours to check, and ones you assigned to people who are away (you may want to reassign those):";
  return {
    subject,
    paragraphs: [
      intro,
      ...sorted.map((claim) => {
        const away = claim.awayHolder ? `, held by ${claim.awayHolder.name}, away until ${formatDate(claim.awayHolder.awayUntil, zone)}` : "";
        return `${dueWords(claim.dueAt, now)} (${formatDateTime(claim.dueAt, zone)}${away}): “${clip(claim.claimText, 200)}”`;
      }),
    ],
    // Several: My queue lists one's own; the bell's list links each claim, those of people away included.
    path: one ? `/claims/${sorted[0].claimId}` : covering === 0 ? "/queue" : "/notifications",
    linkLabel: one ? "Open the claim" : covering === 0 ? "Open My queue" : "Open your notifications",
  };
}
