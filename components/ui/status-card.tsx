import Link from "next/link";
import type { ReactNode } from "react";

type StatusCardProps = {
  title: string;
  children: ReactNode;
  /** The way out; defaults to a link back to Articles. */
  action?: ReactNode;
};

/**
 * The card of a not-found, forbidden or error page. Inside the desk it sits in
 * the page under the navigation; the root pages wrap it in the sign-in backdrop.
 */
export function StatusCard({ title, children, action }: StatusCardProps) {
  return (
    <div className="card empty status-card">
      <h1>{title}</h1>
      {children}
      {action ?? (
        <Link className="button primary" href="/articles">
          Go to Articles
        </Link>
      )}
    </div>
  );
}
