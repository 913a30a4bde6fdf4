import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime, formatRelative } from "@/components/ui/format";
import { getDb } from "@/db";
import { countUnreadNotifications, listNotificationsPage, markNotificationsRead } from "@/db/queries/notifications";
import { requirePermission } from "@/lib/auth/guards";
import { deskTimeZone } from "../desk-time-zone";
import { MarkAllRead } from "./mark-all-read";
import styles from "./notifications.module.css";
import { NOTIFICATIONS_PAGE_SIZE, notificationsHref, parseNotificationsQuery, type NotificationsShow } from "./notifications-query";

export const metadata: Metadata = { title: "Notifications" };

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const SHOW_LABELS: Record<NotificationsShow, string> = { all: "All", mentions: "Mentions" };

/**
 * The bell's page: newest first, a page at a time, the unread ones marked.
 * Opening a page reads the notifications on it and no others (after loading, so
 * this visit still shows which were new); older unread ones wait on older pages
 * and keep the bell's count. "Mentions" picks out the few addressed to the
 * person from the many workflow notices. "Mark all as read" empties an inbox
 * too long to page through (thousands, on a desk a year old).
 */
export default async function NotificationsPage({ searchParams }: PageProps) {
  const user = await requirePermission("notifications.read");
  const db = getDb();
  const query = parseNotificationsQuery(await searchParams);
  const kind = query.show === "all" ? undefined : query.show;
  // Before the list is read: "Mark all as read" leaves unread whatever arrived after it.
  const openedAt = new Date();
  const [{ rows, more }, zone] = await Promise.all([
    listNotificationsPage(db, { userId: user.id, kind, before: query.before, limit: NOTIFICATIONS_PAGE_SIZE }),
    deskTimeZone(),
  ]);
  await markNotificationsRead(db, { userId: user.id, ids: rows.filter((row) => !row.readAt).map((row) => row.id) });
  // Counted after this page is read: what is left to see, in all and among the mentions.
  const [unread, unreadMentions] = await Promise.all([countUnreadNotifications(db, user.id), countUnreadNotifications(db, user.id, "mentions")]);
  const now = new Date();
  const last = rows.at(-1);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Notifications</h1>
          <p>Assignments, sign-off decisions, mentions, comments on your claims, claims handed back to you, requests for more time and their answers, and due reminders, newest first.</p>
        </div>
        <MarkAllRead unread={unread} openedAt={openedAt.toISOString()} />
      </div>
      <nav className={styles.show} aria-label="Show notifications">
        {(Object.keys(SHOW_LABELS) as NotificationsShow[]).map((show) => (
          <Link key={show} href={notificationsHref({ show })} aria-current={query.show === show ? "page" : undefined}>
            {SHOW_LABELS[show]}
            {show === "mentions" && unreadMentions > 0 ? <span className="badge info">{unreadMentions} new</span> : null}
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <div className="card empty">
          {query.show === "mentions" ? (
            <>
              <h2>{query.before ? "No older mentions" : "No mentions yet"}</h2>
              <p>When someone writes @ and your name in a comment on a claim, it shows here.</p>
            </>
          ) : (
            <>
              <h2>{query.before ? "Nothing older" : "Nothing yet"}</h2>
              <p>You will hear here when someone assigns you a claim, decides your verdict, mentions you or comments on a claim you hold or assigned, and when a claim you hold is nearly due.</p>
            </>
          )}
        </div>
      ) : (
        <div className="card table-card">
          <table className="list stack" aria-label={query.show === "mentions" ? "Mentions" : "Notifications"}>
            <thead>
              <tr>
                <th scope="col">What happened</th>
                <th scope="col">When</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className={row.readAt ? undefined : styles.unread}>
                  <td>
                    {row.readAt ? null : <span className={`badge info ${styles.newBadge}`}>New</span>}
                    {row.link ? <Link href={row.link}>{row.message}</Link> : row.message}
                  </td>
                  <td className="muted small nowrap">
                    <time dateTime={row.createdAt.toISOString()} title={formatDateTime(row.createdAt, zone)}>
                      {formatRelative(row.createdAt, now)}
                    </time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {query.before || more ? (
        <nav className="pager" aria-label="Older and newer notifications">
          {query.before ? <Link href={notificationsHref({ show: query.show })}>Newest</Link> : <span />}
          {more && last ? <Link href={notificationsHref({ show: query.show, before: last.cursor })}>Older</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
