/**
 * Where to send someone after signing in. Only same-site paths are accepted, so a
 * crafted "from=https://evil.example" link cannot bounce an editor off the desk.
 */
export function safeRedirectPath(from: unknown, fallback = "/articles"): string {
  if (typeof from !== "string") return fallback;
  if (!from.startsWith("/") || from.startsWith("//") || from.startsWith("/\\")) return fallback;
  if (from.startsWith("/sign-in") || from.startsWith("/setup") || from.startsWith("/api/")) return fallback;
  return from;
}
