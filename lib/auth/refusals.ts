/**
 * What the guards answer a request they refuse (lib/auth/guards.ts), here so a
 * page in the browser can tell "you may no longer do this" from any other refusal
 * without loading the server's guard module.
 */

/** In another tab: signing in here would leave the page, and what is typed on it. */
export const NOT_SIGNED_IN = "Your session has ended, so this did not go through and nothing was changed. Sign in again in another tab, then try again here.";
export const NOT_ALLOWED = "Your role does not allow this. Nothing was saved.";
export const ACCOUNT_DEACTIVATED = "Your account has been deactivated, so you can no longer save on the desk.";
/**
 * The answer to anything but changing it, while the person's password is one an
 * administrator chose (adding them, or a reset): someone else knows it.
 */
export const PASSWORD_FROM_ADMIN = "An administrator set your password, so someone else knows it: choose your own first.";
/** Where a person whose password an administrator chose does that, and nothing else. */
export const CHOOSE_PASSWORD_PATH = "/choose-password";

/** An action's answer to a deactivated account: "did not go through", not "nothing was saved", since a draft saved before it stands. */
export const DEACTIVATED_REFUSAL = `${ACCOUNT_DEACTIVATED} This did not go through.`;

/**
 * Whether an action was refused because the person may no longer act here (signed
 * out, role changed, deactivated). A page must not refresh then: it would render
 * as a page they may not see ("Page not found"), over what they had on screen.
 */
export function refusedForAccess(error: string): boolean {
  return error === NOT_SIGNED_IN || error === NOT_ALLOWED || error === PASSWORD_FROM_ADMIN || error.startsWith(ACCOUNT_DEACTIVATED);
}

/**
 * When the database could not take a write (busy past its wait, the disk full,
 * the file read-only): what is typed stays on the page, and it is not the
 * person's connection, which "did not answer" would send them to check.
 */
export const STORAGE_TROUBLE = "The desk could not save this just now: its database is busy or out of space. What you entered is still here; try again in a minute, and tell your administrator if this goes on.";
