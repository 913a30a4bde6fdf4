/** What every desk e-mail is built from: nodemailer's message shape, and the escaping its parts need. */
export type BuiltEmail = { from: string; to: string; subject: string; text: string; html: string };

/** Text from articles and people, safe inside the HTML part. */
export { escapeHtml } from "@/lib/text/escape-html";

/** A header-safe display name: no line breaks, quotes escaped. */
export function quoteName(name: string): string {
  return `"${name.replace(/[\r\n]+/g, " ").replace(/["\\]/g, "\\$&")}"`;
}

/** A header-safe subject: one line. */
export function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, " ");
}
