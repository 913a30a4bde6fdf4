import type { Role } from "@/lib/auth/roles";
import { can, type Permission } from "./permissions";

const SECTIONS: { href: string; label: string; permission: Permission }[] = [
  { href: "/articles", label: "Articles", permission: "articles.view" },
  { href: "/queue", label: "My queue", permission: "queue.view" },
  { href: "/archive", label: "Archive", permission: "archive.search" },
  { href: "/corrections", label: "Corrections", permission: "corrections.view" },
  { href: "/dashboard", label: "Dashboard", permission: "dashboard.view" },
  { href: "/admin", label: "Admin", permission: "users.manage" },
];

/** The navigation a role sees: only the sections it may open. */
export function navigationFor(role: Role): { href: string; label: string }[] {
  return SECTIONS.filter((section) => can(role, section.permission)).map(({ href, label }) => ({ href, label }));
}

/**
 * Where someone starts (signing in, the desk's name in the top bar): a reviewer's
 * work is their queue, not the articles list, which shows them little they can act on.
 */
export function homeFor(role: Role): string {
  return role === "reviewer" ? "/queue" : "/articles";
}
