import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { countUsers } from "@/db/queries/users";
import { currentUser, refusedSessionReason } from "@/lib/auth/guards";
import { safeRedirectPath } from "@/lib/auth/redirect";
import { env, oidcEnabled } from "@/lib/env";
import { signInWithSsoAction } from "./actions";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ from?: string; error?: string; changed?: string; ended?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  if ((await countUsers(getDb())) === 0) redirect("/setup");
  const { from, error, changed, ended } = await searchParams;
  if (await currentUser()) redirect(safeRedirectPath(from));
  // Sent here with a session the desk no longer accepts: say why, once nothing else on the page does.
  const refused = changed || ended ? null : await refusedSessionReason();
  const sso = oidcEnabled();
  return (
    <main className="auth-wrap">
      <div className="auth-card">
        <span className="brand">
          Fact-check desk <span>· sign in</span>
        </span>
        <div className="card">
          <h1>Sign in</h1>
          <p className="muted">Use the e-mail address your desk administrator registered.</p>
          {changed ? (
            <p className="form-ok" role="status">
              Your password was changed and every session of yours has ended. Sign in with the new password.
            </p>
          ) : null}
          {ended ? (
            <p className="form-ok" role="status">
              You are signed out on every device and browser.{tokensNote(ended)} Sign in again here.
            </p>
          ) : null}
          {refused === "ended" ? (
            <p className="form-note" role="status">
              Your session has ended: your password may have been reset or your access changed, or you signed out everywhere. Sign in again to go on.
            </p>
          ) : refused === "deactivated" ? (
            <p className="form-error" role="alert">
              Your account has been deactivated. Ask an administrator if you still need access.
            </p>
          ) : null}
          {error === "AccessDenied" ? (
            <p className="form-error" role="alert">
              Single sign-on worked, but this address has no active account on the desk. Ask an administrator to add you.
            </p>
          ) : null}
          <SignInForm from={from} />
          {sso ? (
            <>
              <p className="divider">or</p>
              <form action={signInWithSsoAction}>
                <input type="hidden" name="from" value={from ?? ""} />
                <button type="submit" style={{ width: "100%", justifyContent: "center" }}>
                  Continue with {env().OIDC_NAME ?? "single sign-on"}
                </button>
              </form>
            </>
          ) : null}
        </div>
      </div>
    </main>
  );
}

/** After Sign out everywhere: how many API tokens went with the sessions ("tokens-2"), so scripts that stop working are no surprise. */
function tokensNote(ended: string): string {
  const count = Number(/^tokens-(\d{1,4})$/.exec(ended)?.[1] ?? 0);
  if (!count) return "";
  return count === 1 ? " Your API token was revoked too: make a new one for the script that used it." : ` Your ${count} API tokens were revoked too: make new ones for the scripts that used them.`;
}
