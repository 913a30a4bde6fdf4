import nodemailer, { type Transporter } from "nodemailer";
import type { Env } from "@/lib/env";
import type { BuiltEmail } from "./assignment-email";

/** SMTP settings as lib/env.ts reads them; only the mail part matters here. */
export type MailSettings = Pick<Env, "SMTP_HOST" | "SMTP_PORT" | "SMTP_USER" | "SMTP_PASSWORD" | "SMTP_FROM"> & Partial<Pick<Env, "SMTP_SECURE">>;

let cached: { key: string; transport: Transporter } | undefined;

function transportFor(settings: MailSettings & { SMTP_HOST: string }): Transporter {
  const secure = settings.SMTP_SECURE === true;
  const key = JSON.stringify([settings.SMTP_HOST, settings.SMTP_PORT, settings.SMTP_USER, secure]);
  // One pooled transport per configuration: a batch of assignments reuses the connection.
  if (cached?.key !== key) {
    cached = {
      key,
      transport: nodemailer.createTransport({
        host: settings.SMTP_HOST,
        port: settings.SMTP_PORT ?? (secure ? 465 : 587),
        secure,
        auth: settings.SMTP_USER ? { user: settings.SMTP_USER, pass: settings.SMTP_PASSWORD ?? "" } : undefined,
        pool: true,
      }),
    };
  }
  return cached.transport;
}

export type SendOutcome = { sent: true; messageId: string } | { sent: false; reason: "not_configured" | "failed"; error?: string };

/**
 * Sends a built e-mail when SMTP_HOST is set, and does nothing otherwise. Mail
 * is a courtesy next to the in-app notification, so a failure is reported to the
 * caller (to log) and never thrown into the action that assigned the work.
 */
export async function sendMail(settings: MailSettings, message: BuiltEmail): Promise<SendOutcome> {
  if (!settings.SMTP_HOST) return { sent: false, reason: "not_configured" };
  try {
    const info = await transportFor({ ...settings, SMTP_HOST: settings.SMTP_HOST }).sendMail(message);
    return { sent: true, messageId: String(info.messageId) };
  } catch (error) {
    return { sent: false, reason: "failed", error: error instanceof Error ? error.message : String(error) };
  }
}
