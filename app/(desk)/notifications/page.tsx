import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime, formatRelative } from "@/components/ui/format";
import { getDb } from "@/db";
import { listNotifications, markNotificationsRead } from "@/db/queries/notifications";
import { requirePermission } from "@/lib/auth/guards";
import { deskTimeZone } from "../desk-time-zone";

export const metadata: Metadata = { title: "Notifications" };

/**
 * The bell's page: newest first, the unread ones marked. Opening the list reads
 * them (after loading, so this visit still shows which were new); the bell
 * asks for its count once the page is shown, so it drops to nought here.
 */
export default async function NotificationsPage() {
  const user = await requirePermission("notifications.read");
  const db = getDb();
  const [items, zone] = await Promise.all([listNotifications(db, { userId: user.id, limit: 100 }), deskTimeZone()]);
  if (items.some((item) => !item.readAt)) await markNotificationsRead(db, user.id);
  const now = new Date();
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Notifications</h1>
          <p>Assignments, sign-off decisions, mentions, comments on your claims, claims handed back to you, requests for more time and their answers, and due reminders, newest first.</p>
        </div>
      </div>
      {items.length === 0 ? (
        <div className="card empty">
          <h2>Nothing yet</h2>
          <p>You will hear here when someone assigns you a claim, decides your verdict, mentions you or comments on a claim you hold or assigned, and when a claim you hold is nearly due.</p>
        </div>
      ) : (
        <div className="card table-card">
          <table className="list stack">
            <thead>
              <tr><th scope="col">What happened</th><th scope="col">When</th></tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id} style={item.readAt ? undefined : { background: "var(--accent-soft)" }}>
                  <td>
                    {item.readAt ? null : <span className="badge info" style={{ marginRight: "0.5rem" }}>New</span>}
                    {item.link ? <Link href={item.link}>{item.message}</Link> : item.message}
                  </td>
                  <td className="muted small nowrap">
                    <time dateTime={item.createdAt.toISOString()} title={formatDateTime(item.createdAt, zone)}>
                      {formatRelative(item.createdAt, now)}
                    </time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
