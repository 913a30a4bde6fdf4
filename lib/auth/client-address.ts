/**
 * Set on every request from the TCP connection by scripts/peer-address.mjs (the
 * server processes preload it), replacing anything a client sent.
 */
export const PEER_HEADER = "x-desk-peer-address";

/**
 * The address a request came from, for throttling sign-in failures: a key for
 * counting, never a proof of identity. With `trustedProxyHops` proxies in front
 * (TRUST_PROXY_HOPS), the address the outermost of them saw: the entry that many
 * places from the right of X-Forwarded-For, since each proxy appends the address
 * it was reached from and everything further left is the client's to write.
 * Otherwise the connection's own address. "local" when neither is known (a
 * development server, which does not preload the peer header).
 */
export function clientAddress(headerList: Pick<Headers, "get"> | undefined, trustedProxyHops = 0): string {
  if (trustedProxyHops > 0) {
    const hops = (headerList?.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
    if (hops.length >= trustedProxyHops) return hops[hops.length - trustedProxyHops];
  }
  return headerList?.get(PEER_HEADER)?.trim() || "local";
}
