import type { AssignedClaim } from "@/db/queries/assignments";
import { env } from "@/lib/env";
import { buildAssignmentEmail } from "./assignment-email";
import { sendMail, type MailSettings } from "./send";

type Terms = { assignerName: string; dueAt: Date | null; priority: string; note: string; timeZone: string };

/**
 * One e-mail per reviewer (and article) for a batch of assignments, when SMTP is
 * configured (not for a claim reassigned to its own holder). Returns how many were sent; failures are logged, never thrown,
 * since the assignment itself is already saved and notified in the app.
 */
export async function mailAssignments(
  assigned: readonly AssignedClaim[],
  terms: Terms,
  settings: MailSettings & { APP_URL?: string } = env(),
): Promise<number> {
  if (!settings.SMTP_HOST || !settings.SMTP_FROM || assigned.length === 0) return 0;
  const groups = new Map<string, AssignedClaim[]>();
  // A claim kept by its holder with new terms is no claim "to check" news: the bell tells them.
  for (const item of assigned.filter((a) => !a.sameHolder)) {
    const key = `${item.reviewer.id}\u0000${item.articleId}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  let sent = 0;
  for (const items of groups.values()) {
    const first = items[0];
    const message = buildAssignmentEmail({
      from: settings.SMTP_FROM,
      to: first.reviewer,
      assignerName: terms.assignerName,
      articleTitle: first.articleTitle,
      claims: items.map((item) => ({ id: item.claimId, text: item.claimText })),
      dueAt: terms.dueAt,
      timeZone: terms.timeZone,
      priority: terms.priority,
      note: terms.note,
      appUrl: settings.APP_URL ?? "http://localhost:3000",
    });
    const outcome = await sendMail(settings, message);
    if (outcome.sent) sent += 1;
    else if (outcome.reason === "failed") console.error(`Assignment e-mail to ${first.reviewer.email} failed: ${outcome.error}`);
  }
  return sent;
}
