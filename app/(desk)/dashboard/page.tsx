import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listArticles } from "@/db/queries/articles";
import { requirePermission } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requirePermission("dashboard.view");
  const articles = await listArticles(getDb(), { viewerId: user.id, all: true });
  const open = articles.filter((a) => a.status !== "published");
  const claims = open.reduce((n, a) => n + a.claimCount, 0);
  const settled = open.reduce((n, a) => n + a.settledCount, 0);
  const suggestions = open.reduce((n, a) => n + a.suggestedCount, 0);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Dashboard</h1>
          <p>Where the desk stands across every article not yet published.</p>
        </div>
      </div>
      <div className="form-grid">
        <div className="card"><div className="muted small">Articles in progress</div><div style={{ fontSize: "2rem", fontWeight: 700 }}>{open.length}</div></div>
        <div className="card"><div className="muted small">Claims settled</div><div style={{ fontSize: "2rem", fontWeight: 700 }}>{settled} / {claims}</div></div>
        <div className="card"><div className="muted small">Suggestions to curate</div><div style={{ fontSize: "2rem", fontWeight: 700 }}>{suggestions}</div></div>
      </div>
      {open.length === 0 ? (
        <div className="card empty" style={{ marginTop: "1rem" }}>
          <h2>Nothing in progress</h2>
          <p>
            Bring in an article from <Link href="/articles">Articles</Link> to start a check.
          </p>
        </div>
      ) : null}
    </>
  );
}
