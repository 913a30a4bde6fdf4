import { activityDetail, activityPhrase, listed } from "@/lib/audit/activity";

/**
 * Sentences for a claim's audit events, for the history panel. Curation and
 * anchoring events (accepting, dismissing, re-anchoring) read as the Activity
 * page words them, and an unknown kind by its name, so nothing disappears.
 */
export type HistoryEntry = {
  id: string;
  action: string;
  actorName: string | null;
  createdAt: Date;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

export type HistoryLine = { id: string; text: string; detail: string | null; createdAt: Date; tone: "ok" | "warn" | "info" | "plain"; count: number };

const str = (value: unknown): string | null => (typeof value === "string" && value ? value : null);

/** One readable line per event; consecutive draft saves by one person become one line. */
export function historyLines(events: readonly HistoryEntry[], formatTime: (value: Date) => string = (value) => value.toISOString()): HistoryLine[] {
  // An ISO time from an event's record, as the desk reads times; null when absent or unreadable.
  const when = (value: unknown): string | null => {
    const date = typeof value === "string" ? new Date(value) : null;
    return date && !Number.isNaN(date.getTime()) ? formatTime(date) : null;
  };
  const lines: HistoryLine[] = [];
  let previous: HistoryEntry | null = null;
  for (const event of events) {
    const who = event.actorName ?? "Someone";
    const before = event.before ?? {};
    const after = event.after ?? {};
    const number = typeof after.number === "number" ? ` version ${after.number}` : "";
    const last = lines.at(-1);
    // A return's comment also goes into the thread (and so into the history as a
    // comment); its line already quotes it, so the copy is not listed twice.
    if (event.action === "claim.commented" && previous?.action === "verdict.returned" && previous.actorName === event.actorName && previous.after?.comment === after.comment) {
      previous = event;
      continue;
    }
    if (event.action === "verdict.draft_saved" && last && previous?.action === event.action && previous.actorName === event.actorName) {
      last.count += 1;
      last.createdAt = event.createdAt;
      previous = event;
      continue;
    }
    const [text, tone, detail] = ((): [string, HistoryLine["tone"], string | null] => {
      switch (event.action) {
        case "claim.assigned": return [`${who} assigned it to ${str(after.reviewer) ?? "someone"}`, "info", str(after.note)];
        case "claim.reassigned":
          // Reassigned to its holder: the editor changed the due time, priority or note.
          if (before.reviewer && before.reviewer === after.reviewer) {
            // Events written before the change list was kept name every term.
            const changed = Array.isArray(after.changed) ? after.changed.map(String) : ["due time", "priority", "note"];
            return [`${who} changed the ${listed(changed)} for ${str(after.reviewer)}`, "info", str(after.note)];
          }
          return [`${who} reassigned it from ${str(before.reviewer) ?? "someone"} to ${str(after.reviewer) ?? "someone"}`, "info", str(after.note)];
        case "claim.unassigned":
          if (after.because === "holder deactivated") return [`Back in the open pool: ${who} deactivated ${str(before.reviewer) ?? "the reviewer"}, who held it`, "warn", null];
          if (after.because === "handed back") return [`${who} handed it back; it is in the open pool again`, "warn", str(after.reason)];
          if (after.because === "article spiked") return [`Back in the open pool: ${who} spiked the article`, "warn", null];
          return [`${who} took it off ${str(before.reviewer) ?? "the reviewer"}’s queue`, "plain", null];
        case "claim.more_time_asked": return [`${who} asked for more time${when(after.until) ? `, until ${when(after.until)}` : ""}`, "warn", str(after.reason)];
        case "claim.more_time_granted": return [`${who} granted more time${when(after.dueAt) ? `: now due ${when(after.dueAt)}` : ""}`, "ok", str(after.note)];
        case "claim.more_time_declined": return [`${who} declined more time: the due time stands`, "plain", str(after.note)];
        case "verdict.draft_saved": return [`${who} saved a draft of${number}`, "plain", null];
        case "verdict.submitted": return [`${who} submitted${number} for sign-off`, "info", null];
        case "verdict.returned": return [`${who} returned${number} to the reviewer`, "warn", str(after.comment)];
        case "verdict.approved": return [`${who} approved${number}`, "ok", null];
        case "claim.commented": return [`${who} commented`, "plain", str(after.comment)];
        case "claim.comment_edited": return [`${who} edited a comment`, "plain", str(after.comment)];
        case "claim.comment_removed": return [`${who} removed a comment by ${str(after.author) ?? "someone"}`, "plain", null];
        case "claim.reopened": return [`${who} reopened the approved verdict`, "warn", str(after.reason)];
        // The claim's article (listed when a claim page asks what changed since it opened).
        case "article.spiked": return [`${who} spiked the article`, "warn", str(after.reason)];
        case "article.restored": return [`${who} restored the article to the desk`, "info", null];
        case "article.published": return [`${who} marked the article published`, "ok", null];
        // Curation and anchoring steps read as the Activity page words them.
        default: return [`${who} ${activityPhrase(event)}`, "plain", activityDetail(event)];
      }
    })();
    lines.push({ id: event.id, text, detail, createdAt: event.createdAt, tone, count: 1 });
    previous = event;
  }
  return lines;
}
