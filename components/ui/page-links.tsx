import Link from "next/link";

type PageLinksProps = {
  /** Names the navigation for screen readers ("Pages of corrections"). */
  label: string;
  page: number;
  pages: number;
  /** The address of page `n`, keeping the list's filters. */
  href: (n: number) => string;
};

/** "← Newer · Page 2 of 6 · Older →" under a paged list (lib/paging); nothing when it fits on one page. */
export function PageLinks({ label, page, pages, href }: PageLinksProps) {
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      {page > 1 ? <Link href={href(page - 1)}>← Newer</Link> : <span />}
      <span className="muted small">
        Page {page} of {pages}
      </span>
      {page < pages ? <Link href={href(page + 1)}>Older →</Link> : <span />}
    </nav>
  );
}
