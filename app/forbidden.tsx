import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="auth-wrap">
      <div className="auth-card">
        <div className="card empty">
          <h1>You do not have access to this page</h1>
          <p>Your role does not include this part of the desk. Ask an administrator if you need it.</p>
          <Link className="button primary" href="/articles">Go to Articles</Link>
        </div>
      </div>
    </main>
  );
}
