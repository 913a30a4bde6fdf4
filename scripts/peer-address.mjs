/**
 * Preloaded into each server process (scripts/serve.ts, `--import`): writes the
 * TCP peer's address into the request's `x-desk-peer-address` header before Next
 * sees the request, replacing any value a client sent. `next start` gives the app
 * no other way to learn it: Next fills in X-Forwarded-For from the socket only
 * when the client did not send one, so that header is the client's to write.
 * Sign-in throttling (lib/auth/client-address.ts) counts failures by this
 * address, or by what a configured proxy recorded (TRUST_PROXY_HOPS).
 *
 * Node publishes `http.server.request.start` for every request before the
 * server's "request" event; the subscriber only sets one header.
 */
import diagnostics from "node:diagnostics_channel";

export const PEER_HEADER = "x-desk-peer-address";

diagnostics.subscribe("http.server.request.start", ({ request, socket }) => {
  request.headers[PEER_HEADER] = socket?.remoteAddress ?? "";
});
