import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { IntakeError } from "./errors";
import { unreachableMessage } from "./unreachable";

// Addresses a server-side fetch must never reach on a user's say-so:
// loopback, private networks, link-local (cloud metadata at 169.254.169.254),
// carrier-grade NAT, multicast and reserved ranges.
const blocked = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16],
  ["172.16.0.0", 12], ["192.0.0.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["224.0.0.0", 3],
] as const) {
  blocked.addSubnet(network, prefix, "ipv4");
}
// IPv6: loopback and unspecified, IPv4-compatible (::a.b.c.d, so ::7f00:1 is
// 127.0.0.1), unique-local, link-local, the old site-local, multicast, NAT64,
// discard-only, documentation, and the tunnels that carry an IPv4 address
// inside (6to4 2002::/16, Teredo 2001::/32), which could point at a private one.
for (const [network, prefix] of [
  ["::", 96], ["fc00::", 7], ["fe80::", 10], ["fec0::", 10], ["ff00::", 8], ["64:ff9b::", 96],
  ["100::", 64], ["2001:db8::", 32], ["2002::", 16], ["2001::", 32],
] as const) {
  blocked.addSubnet(network, prefix, "ipv6");
}

/** True for loopback, private, link-local and other non-public addresses. */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return blocked.check(mapped[1], "ipv4");
  const family = isIP(address);
  if (family === 0) return true;
  return blocked.check(address, family === 4 ? "ipv4" : "ipv6");
}

/**
 * Resolves a URL's host name (node:dns) and refuses it when any address it
 * resolves to is private. Checking every address matters: a name may list a
 * public and a private one and the client may pick either.
 */
export async function assertPublicHost(url: URL): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);
  } catch (cause) {
    // Often not a typo: a newsroom firewall keeps the server from looking up any site (unreachable.ts).
    throw new IntakeError("unreachable", unreachableMessage(url.hostname, "lookup"), { cause });
  }
  if (addresses.length === 0 || addresses.some(isPrivateAddress)) {
    throw new IntakeError(
      "private_address",
      `${url.hostname} is an internal or private address, which the desk does not fetch. Use the article's public URL, or import it as a file.`,
    );
  }
}
