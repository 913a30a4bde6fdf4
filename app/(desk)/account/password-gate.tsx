import { ChangePasswordForm } from "./change-password-form";

/**
 * What every desk page shows, in place of itself, to someone whose password an
 * administrator chose (adding them, or a reset): someone else knows it, so it is
 * changed before anything else. Changing it signs them out; they sign in again
 * with their own and the desk opens as usual.
 */
export function PasswordGate() {
  return (
    <section className="card password-gate" aria-labelledby="gate-heading">
      <h1 id="gate-heading">Choose your own password</h1>
      <p>An administrator set your password, so someone else knows it. Choose one of your own before you go on.</p>
      <ChangePasswordForm />
    </section>
  );
}
