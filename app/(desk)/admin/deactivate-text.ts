/**
 * What the Admin page says before deactivating someone: the claims they hold go
 * back to the open pool (an editor must hand them out again), which one careless
 * click used to do unannounced.
 */
export function deactivateWarning(name: string, held: number): string {
  const claims =
    held === 0
      ? `${name} holds no claims.`
      : held === 1
        ? `${name} holds 1 claim; it goes back to the open pool for reassigning.`
        : `${name} holds ${held} claims; they go back to the open pool for reassigning.`;
  return `${claims} They are signed out at once and cannot sign in until reactivated; their history stays.`;
}
