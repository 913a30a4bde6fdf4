"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

type NavLinksProps = { links: { href: string; label: string }[] };

/**
 * The desk's main navigation; marks the section the user is in. On a phone the
 * sections wrap onto a second row (globals.css) rather than scroll sideways, so
 * "Dashboard" and "Admin" are never hidden off the edge.
 */
export function NavLinks({ links }: NavLinksProps) {
  const pathname = usePathname();
  return (
    <nav className="nav" aria-label="Main">
      {links.map((link) => {
        const current = pathname === link.href || pathname.startsWith(`${link.href}/`);
        return (
          <Link key={link.href} href={link.href} aria-current={current ? "page" : undefined}>
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}
