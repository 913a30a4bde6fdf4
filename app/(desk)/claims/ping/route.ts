/**
 * A bare route: no session, no database, a fixed answer. It is the baseline
 * `npm run bench:http` compares the review routes against (same server, same
 * framework overhead), and doubles as a liveness probe for the review area.
 */
export const dynamic = "force-dynamic";

export function GET(): Response {
  return new Response("ok", { headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
