import { after } from "next/server";
import { getDb } from "@/db";
import { listMailablePeople } from "@/db/queries/users";
import { mailNotice, type Notice } from "@/lib/mail/mail-notices";
import type { MailKind } from "@/lib/mail/preferences";
import { shortened } from "@/lib/mail/notice-email";

/** E-mails a notice after the response, to the active people among `userIds` who want e-mail of `kind` (when SMTP is configured). */
export function noticeLater(userIds: string[], kind: MailKind, notice: Notice): void {
  if (userIds.length === 0) return;
  after(async () => {
    await mailNotice(await listMailablePeople(getDb(), userIds, kind), notice);
  });
}

/** The e-mail to people a comment mentions (on adding it, or newly on editing it). */
export function mentionNotice(authorName: string, body: string, claimId: string, commentId: string): Notice {
  return {
    subject: `${authorName} mentioned you on a claim`,
    paragraphs: [`${authorName} mentioned you in a comment:`, `“${shortened(body, 500)}”`],
    path: `/claims/${claimId}#comment-${commentId}`,
    linkLabel: "Open the comment",
  };
}
