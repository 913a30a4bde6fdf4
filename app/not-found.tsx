import Link from "next/link";

export default function NotFound() {
  return (
    <main className="auth-wrap">
      <div className="auth-card">
        <div className="card empty">
          <h1>Page not found</h1>
          <p>The page you asked for does not exist, or it was moved.</p>
          <Link className="button primary" href="/articles">Go to Articles</Link>
        </div>
      </div>
    </main>
  );
}
