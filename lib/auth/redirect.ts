/** Stands in for the desk's own origin while a path is resolved. */
const HOME = "http://desk.invalid";

/**
 * Where to send someone after signing in. Only a path on the desk itself is
 * accepted, so a crafted "from=https://evil.example" link cannot bounce an editor
 * off the desk. The path is resolved as a browser would resolve it, against a
 * stand-in origin, and kept only if it stays there: browsers drop tabs and line
 * breaks and read "\" as "/", so "/\t/evil.example" is "//evil.example" to them.
 * A path that only becomes "//host" once resolved ("/.//host") is refused too.
 * Control characters are refused outright (in a Location header they also break
 * the response).
 */
export function safeRedirectPath(from: unknown, fallback = "/"): string {
  if (typeof from !== "string" || !from.startsWith("/")) return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(from)) return fallback;
  let url: URL;
  try {
    url = new URL(from, HOME);
  } catch {
    return fallback;
  }
  if (url.origin !== HOME) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Resolving can itself make a path another site's: "/.//evil.example" and
  // "/x/..//evil.example" both come out as "//evil.example", which the browser
  // then reads as a host. What is sent must be a path however often it is read.
  if (path.startsWith("//") || new URL(path, HOME).origin !== HOME) return fallback;
  if (path.startsWith("/sign-in") || path.startsWith("/setup") || path.startsWith("/api/")) return fallback;
  return path;
}
