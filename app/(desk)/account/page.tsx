import type { Metadata } from "next";
import { formatDate } from "@/components/ui/format";
import { getDb } from "@/db";
import { getAwayUntil, getMailOff, getPasswordHash } from "@/db/queries/users";
import { env } from "@/lib/env";
import { requirePermission } from "@/lib/auth/guards";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { dayIn } from "@/lib/time/days";
import { isAway } from "@/lib/workflow/away";
import { AwayForm } from "./away-form";
import { ChangePasswordForm } from "./change-password-form";
import { MailForm } from "./mail-form";
import { SignOutEverywhereForm } from "./sign-out-everywhere-form";
import { deskTimeZone } from "../desk-time-zone";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requirePermission("account.manage");
  const db = getDb();
  const [usesPassword, zone, awayUntil, mailOff] = await Promise.all([getPasswordHash(db, user.id).then(Boolean), deskTimeZone(), getAwayUntil(db, user.id), getMailOff(db, user.id)]);
  const now = new Date();
  const away = isAway(awayUntil, now) ? awayUntil : null;
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Your account</h1>
          <p>Your name, e-mail address and role are set by the desk&apos;s administrator.</p>
        </div>
      </div>
      <div className="account-grid">
        <section className="card" aria-labelledby="details-heading">
          <h2 id="details-heading">Details</h2>
          <dl className="facts">
            <dt>Name</dt>
            <dd>{user.name}</dd>
            <dt>Email</dt>
            <dd>{user.email}</dd>
            <dt>Role</dt>
            <dd>{ROLE_LABELS[user.role]}</dd>
            <dt>On the desk since</dt>
            <dd>{formatDate(user.createdAt, zone)}</dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="away-heading">
          <h2 id="away-heading">Away</h2>
          <AwayForm awayDay={away ? dayIn(zone, away) : null} awayLabel={away ? formatDate(away, zone) : null} today={dayIn(zone, now)} />
        </section>
        <section className="card" aria-labelledby="mail-heading">
          <h2 id="mail-heading">E-mail</h2>
          <MailForm off={mailOff} mailConfigured={Boolean(env().SMTP_HOST)} />
        </section>
        <section className="card" aria-labelledby="password-heading" id="change-password">
          <h2 id="password-heading">Change password</h2>
          {usesPassword ? (
            <ChangePasswordForm />
          ) : (
            <p className="muted">You sign in through single sign-on, so your password is kept by your organisation&apos;s identity provider.</p>
          )}
        </section>
        <section className="card" aria-labelledby="sessions-heading">
          <h2 id="sessions-heading">Sessions</h2>
          <SignOutEverywhereForm />
        </section>
      </div>
    </>
  );
}
