/**
 * Remembers which user a session token names, once Auth.js has decrypted it.
 *
 * Decrypting the session JWE (key derivation, AES and HMAC) cost about 0.7 ms per
 * request, the largest single part of a verdict autosave. A session token is
 * immutable: the same string under the same secret always decrypts to the same
 * payload, so the answer can be reused until the token's own expiry. Only tokens
 * that decrypted are remembered (a forged one is decrypted, and refused, every
 * time), the secret is part of the match (a rotated secret misses), and the
 * least recently used entry goes first when the cache is full. Whether the user
 * is still active, and their role, is still read from the database per request.
 */
export type SessionCache<T> = {
  /** What this token under this secret decrypted to, or undefined when not known (or expired). */
  get(token: string, secret: string, now: number): T | undefined;
  /** Remembers a token that decrypted to `session` and expires at `expiresAt` (ms since epoch). */
  set(token: string, secret: string, session: T, expiresAt: number): void;
  readonly size: number;
};

type Entry<T> = { secret: string; session: T; expiresAt: number };

export function createSessionCache<T = string>(limit = 2000): SessionCache<T> {
  const entries = new Map<string, Entry<T>>();
  return {
    get(token, secret, now) {
      const entry = entries.get(token);
      if (!entry) return undefined;
      if (entry.secret !== secret || now >= entry.expiresAt) {
        entries.delete(token);
        return undefined;
      }
      // Re-insert so the Map's order stays least recently used first.
      entries.delete(token);
      entries.set(token, entry);
      return entry.session;
    },
    set(token, secret, session, expiresAt) {
      entries.delete(token);
      entries.set(token, { secret, session, expiresAt });
      while (entries.size > limit) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
    get size() {
      return entries.size;
    },
  };
}
