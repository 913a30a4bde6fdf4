/**
 * The kinds of e-mail the desk sends, each of which a person can turn off on
 * Your account. The bell tells them either way; e-mail is the extra.
 */
export const MAIL_KINDS = ["assignments", "mentions", "reminders"] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export const MAIL_KIND_LABELS: Record<MailKind, string> = {
  assignments: "Claims assigned to me, verdicts returned to me, claims handed back to me, and requests for more time and their answers",
  mentions: "Comments that mention me",
  reminders: "Claims nearly due (mine, or ones I assigned to someone away)",
};

export function isMailKind(value: unknown): value is MailKind {
  return typeof value === "string" && (MAIL_KINDS as readonly string[]).includes(value);
}

/** Whether someone who turned off `mailOff` still wants e-mail of `kind`. */
export function wantsMail(mailOff: readonly string[], kind: MailKind): boolean {
  return !mailOff.includes(kind);
}
