import Link from "next/link";
import type { ReactNode } from "react";
import { NavLinks } from "@/components/desk/nav-links";
import { NotificationBell } from "@/components/desk/notification-bell";
import { DeskZoneProvider } from "@/components/ui/desk-zone";
import { getDb } from "@/db";
import { countUnreadNotifications } from "@/db/queries/notifications";
import { requireUser } from "@/lib/auth/guards";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { homeFor, navigationFor } from "@/lib/workflow/navigation";
import { can } from "@/lib/workflow/permissions";
import { signOutAction } from "./actions";
import { deskTimeZone } from "./desk-time-zone";

export const dynamic = "force-dynamic";

export default async function DeskLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const [unread, zone] = await Promise.all([countUnreadNotifications(getDb(), user.id), deskTimeZone()]);
  return (
    <div className="shell">
      {/* For keyboard and screen-reader users: past the navigation in one key press. */}
      <a className="skip-link" href="#main">Skip to the page</a>
      <header className="topbar">
        <Link className="brand" href={homeFor(user.role)}>
          Fact-check desk
        </Link>
        <NavLinks links={navigationFor(user.role)} />
        <div className="userbox">
          <NotificationBell initialUnread={unread} />
          {can(user.role, "tokens.manage") ? (
            <Link href="/tokens" className="userbox-link">
              API tokens
            </Link>
          ) : null}
          <Link href="/account" className="userbox-name" title="Your account">
            {user.name}
          </Link>
          <span className="role">{ROLE_LABELS[user.role]}</span>
          <form action={signOutAction}>
            <button type="submit" className="small">
              Sign out
            </button>
          </form>
        </div>
      </header>
      <main className="page" id="main" tabIndex={-1}>
        <DeskZoneProvider zone={zone}>{children}</DeskZoneProvider>
      </main>
    </div>
  );
}
