/**
 * The secrets sessions are signed and read with: the first signs new sessions,
 * every one of them is tried when a session is read. AUTH_SECRET (or the older
 * name NEXTAUTH_SECRET) signs; AUTH_SECRET_1, _2 and _3 are earlier secrets still
 * accepted while a rotation runs, so open tabs stay signed in.
 *
 * Given to Auth.js explicitly: left to itself, next-auth sets the secret to
 * AUTH_SECRET alone whenever that is set (and `npm start` always sets it), so the
 * rotation list was never read and a rotation signed everyone out (ops QA).
 * Null when there is no secret at all.
 */
export function sessionSecrets(environment: Record<string, string | undefined>): string[] | null {
  const current = environment.AUTH_SECRET || environment.NEXTAUTH_SECRET;
  const earlier = [1, 2, 3].map((i) => environment[`AUTH_SECRET_${i}`]).filter((value): value is string => Boolean(value));
  const all = [...(current ? [current] : []), ...earlier.filter((value) => value !== current)];
  return all.length > 0 ? all : null;
}
