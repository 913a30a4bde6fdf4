import { formatDateTime } from "@/lib/time/format";
import { escapeHtml, quoteName, type BuiltEmail } from "./parts";

/**
 * The e-mail a reviewer gets when claims are assigned to them. Built as plain
 * data (nodemailer's message shape) so a test can read exactly what would be sent.
 * Claim text comes from articles people paste in, so the HTML part escapes it.
 */

export type AssignmentEmailInput = {
  from: string;
  to: { name: string; email: string };
  assignerName: string;
  articleTitle: string;
  claims: { id: string; text: string }[];
  dueAt: Date | null;
  /** The desk's time zone: the due time reads as the desk shows it. */
  timeZone: string;
  priority: string;
  note: string;
  /** The desk's public address, e.g. https://desk.example; links are absolute. */
  appUrl: string;
};

export type { BuiltEmail } from "./parts";

function formatDue(dueAt: Date | null, zone: string): string {
  return dueAt ? formatDateTime(dueAt, zone) : "no due time";
}

/** Builds the subject, plain text and HTML of an assignment e-mail. */
export function buildAssignmentEmail(input: AssignmentEmailInput): BuiltEmail {
  const base = input.appUrl.replace(/\/+$/, "");
  const count = input.claims.length;
  const subject = `${count === 1 ? "A claim" : `${count} claims`} to check: ${input.articleTitle}`.replace(/[\r\n]+/g, " ");
  const lines = input.claims.map((claim) => `- ${claim.text}\n  ${base}/claims/${claim.id}`);
  const text = [
    `Hello ${input.to.name},`,
    "",
    `${input.assignerName} assigned you ${count === 1 ? "a claim" : `${count} claims`} on “${input.articleTitle}”.`,
    `Due: ${formatDue(input.dueAt, input.timeZone)}. Priority: ${input.priority}.`,
    ...(input.note ? [`Note: ${input.note}`] : []),
    "",
    ...lines,
    "",
    `Your queue: ${base}/queue`,
  ].join("\n");
  const items = input.claims
    .map((claim) => `<li><a href="${escapeHtml(`${base}/claims/${claim.id}`)}">${escapeHtml(claim.text)}</a></li>`)
    .join("");
  const html = [
    `<p>Hello ${escapeHtml(input.to.name)},</p>`,
    `<p>${escapeHtml(input.assignerName)} assigned you ${count === 1 ? "a claim" : `${count} claims`} on “${escapeHtml(input.articleTitle)}”.</p>`,
    `<p>Due: ${escapeHtml(formatDue(input.dueAt, input.timeZone))}. Priority: ${escapeHtml(input.priority)}.</p>`,
    input.note ? `<p>Note: ${escapeHtml(input.note)}</p>` : "",
    `<ul>${items}</ul>`,
    `<p><a href="${escapeHtml(`${base}/queue`)}">Open your queue</a></p>`,
  ].join("");
  return { from: input.from, to: `${quoteName(input.to.name)} <${input.to.email}>`, subject, text, html };
}
