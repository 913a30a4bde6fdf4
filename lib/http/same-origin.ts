/**
 * Whether a request came from the desk's own pages, for route handlers that
 * change data on the strength of the session cookie (server actions get the same
 * check from Next). A browser names the page that sent a request in
 * Sec-Fetch-Site and Origin; another site's page cannot forge either, so a
 * request another site makes with the reviewer's cookie is refused. The host
 * compared is the one the browser addressed (X-Forwarded-Host behind a proxy),
 * as Next compares it for actions. A request without Origin is refused: every
 * browser sends it on a cross-origin or non-GET fetch.
 */
export function isSameOriginRequest(headers: Headers): boolean {
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return false;
  const origin = headers.get("origin");
  const host = (headers.get("x-forwarded-host") ?? headers.get("host"))?.split(",")[0].trim();
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
