import { env } from "@/lib/env";
import { buildNoticeEmail, type NoticeEmailInput } from "./notice-email";
import { sendMail, type MailSettings } from "./send";

export type Notice = Pick<NoticeEmailInput, "subject" | "paragraphs" | "path" | "linkLabel">;

/**
 * Sends one notice to each person, when SMTP is configured. Returns how many
 * were sent; failures are logged, never thrown: the change is already saved and
 * the in-app notification already there.
 */
export async function mailNotice(
  people: readonly { name: string; email: string }[],
  notice: Notice,
  settings: MailSettings & { APP_URL?: string } = env(),
): Promise<number> {
  if (!settings.SMTP_HOST || !settings.SMTP_FROM || people.length === 0) return 0;
  let sent = 0;
  for (const person of people) {
    const message = buildNoticeEmail({ ...notice, from: settings.SMTP_FROM, to: person, appUrl: settings.APP_URL ?? "http://localhost:3000" });
    const outcome = await sendMail(settings, message);
    if (outcome.sent) sent += 1;
    else if (outcome.reason === "failed") console.error(`Notice e-mail to ${person.email} failed: ${outcome.error}`);
  }
  return sent;
}
