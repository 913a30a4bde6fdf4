"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

type NavLinksProps = { links: { href: string; label: string }[] };

/**
 * The desk's main navigation; marks the section the user is in. On a phone the
 * sections scroll sideways, so the current one is scrolled into view: otherwise
 * "Dashboard" or "Admin" sits off the edge with nothing to say where you are.
 */
export function NavLinks({ links }: NavLinksProps) {
  const pathname = usePathname();
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    const bar = nav.current;
    const current = bar?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!bar || !current || bar.scrollWidth <= bar.clientWidth) return;
    // Scroll the bar alone (scrollIntoView would move the page too).
    const left = current.offsetLeft - bar.offsetLeft;
    if (left < bar.scrollLeft || left + current.offsetWidth > bar.scrollLeft + bar.clientWidth) bar.scrollLeft = left - 8;
  }, [pathname]);
  return (
    <nav className="nav" aria-label="Main" ref={nav}>
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
