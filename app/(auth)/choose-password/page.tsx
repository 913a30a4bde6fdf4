import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/app/(desk)/account/change-password-form";
import { signOutAction } from "@/app/(desk)/actions";
import { currentUser } from "@/lib/auth/guards";
import { homeFor } from "@/lib/workflow/navigation";

export const metadata: Metadata = { title: "Choose your own password" };
export const dynamic = "force-dynamic";

/**
 * Where someone whose password an administrator chose (adding them, or a reset)
 * is sent from every desk page, and all they may do until they choose their own:
 * the guards refuse them everything else, pages, actions and routes alike.
 * Changing it signs them out; they sign in again with their own.
 */
export default async function ChoosePasswordPage() {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  if (!user.passwordFromAdmin) redirect(homeFor(user.role));
  return (
    <main className="auth-wrap">
      <div className="auth-card">
        <span className="brand">
          Fact-check desk <span>· {user.name}</span>
        </span>
        <div className="card">
          <h1>Choose your own password</h1>
          <p className="muted">An administrator set your password, so someone else knows it. Choose one of your own before you go on.</p>
          <ChangePasswordForm />
          <form action={signOutAction} style={{ marginTop: "1rem" }}>
            <button type="submit" className="small">
              Sign out
            </button>
          </form>
        </div>
      </div>
    </main>
  );
}
