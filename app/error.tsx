"use client";

// Shown for unexpected errors. It never shows the error's message or stack: only
// the digest, which the server log carries next to the full error.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="auth-wrap">
      <div className="auth-card">
        <div className="card empty status-card">
          <h1>Something went wrong</h1>
          <p>The desk could not finish this request. Your saved work is safe. Try again, and if it keeps happening, tell your administrator.</p>
          {error.digest ? <p className="muted small">Reference: {error.digest}</p> : null}
          <button className="primary" onClick={reset}>Try again</button>
        </div>
      </div>
    </main>
  );
}
