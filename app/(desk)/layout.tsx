import Link from "next/link";
import type { ReactNode } from "react";
import { NavLinks } from "@/components/desk/nav-links";
import { DeskZoneProvider } from "@/components/ui/desk-zone";
import { getDb } from "@/db";
import { countUnreadNotifications } from "@/db/queries/notifications";
import { requireUser } from "@/lib/auth/guards";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { navigationFor } from "@/lib/workflow/navigation";
import { can } from "@/lib/workflow/permissions";
import { signOutAction } from "./actions";
import { deskTimeZone } from "./desk-time-zone";

export const dynamic = "force-dynamic";

export default async function DeskLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const [unread, zone] = await Promise.all([countUnreadNotifications(getDb(), user.id), deskTimeZone()]);
  return (
    <div className="shell">
      <header className="topbar">
        <Link className="brand" href="/articles">
          Fact-check desk
        </Link>
        <NavLinks links={navigationFor(user.role)} />
        <div className="userbox">
          <Link className="bell" href="/notifications" aria-label={`Notifications, ${unread} unread`}>
            <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2">
              <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
              <path d="M13.7 21a2 2 0 0 1-3.4 0" />
            </svg>
            {unread > 0 ? <span className="count">{unread}</span> : null}
          </Link>
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
      <main className="page" id="main">
        <DeskZoneProvider zone={zone}>{children}</DeskZoneProvider>
      </main>
    </div>
  );
}
