import { escapeHtml, oneLine, quoteName, type BuiltEmail } from "./parts";

/**
 * An e-mail for a notice that needs the person soon, beside the bell in the app:
 * a verdict returned to its reviewer, a mention in a comment. Built as plain data
 * so a test can read what would be sent; claim text and comments come from people,
 * so the HTML part escapes them.
 */
export type NoticeEmailInput = {
  from: string;
  to: { name: string; email: string };
  subject: string;
  /** Paragraphs of the message, plain text. */
  paragraphs: string[];
  /** The desk page it is about, as a path ("/claims/…"), and what the link says. */
  path: string;
  linkLabel: string;
  /** The desk's public address, e.g. https://desk.example; links are absolute. */
  appUrl: string;
};

export function buildNoticeEmail(input: NoticeEmailInput): BuiltEmail {
  const link = `${input.appUrl.replace(/\/+$/, "")}${input.path}`;
  const text = [`Hello ${input.to.name},`, "", ...input.paragraphs.flatMap((p) => [p, ""]), `${input.linkLabel}: ${link}`].join("\n");
  const html = [
    `<p>Hello ${escapeHtml(input.to.name)},</p>`,
    ...input.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(link)}">${escapeHtml(input.linkLabel)}</a></p>`,
  ].join("");
  return { from: input.from, to: `${quoteName(input.to.name)} <${input.to.email}>`, subject: oneLine(input.subject), text, html };
}

/** "The bridge will cost $48.5 million…": a claim or comment cut for a subject line or a quote. */
export function shortened(text: string, max = 80): string {
  const flat = oneLine(text).trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
