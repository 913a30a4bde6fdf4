/**
 * The token of an `Authorization: Bearer <token>` header, or null when the header
 * is missing or names another scheme (the request then rides on its session).
 * HTTP auth schemes are case-insensitive (RFC 9110 §11.1), so `bearer` and
 * `BEARER` count too; the token itself is taken exactly as sent.
 */
export function bearerToken(header: string | null | undefined): string | null {
  const scheme = header ? /^bearer[ \t]+/i.exec(header) : null;
  return header && scheme ? header.slice(scheme[0].length).trim() : null;
}
