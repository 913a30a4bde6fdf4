/**
 * Tidying a source address as a reviewer pastes it: the desk's record (and the
 * ClaimReview it exports) should cite the page, not the newsletter campaign that
 * led to it, and a source with no publisher typed is at least known by its site.
 */

/** Query parameters that only say how a reader arrived (campaign and click trackers). */
const TRACKING = /^(?:utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|_ga|_gl|oly_(?:anon|enc)_id|vero_id|mkt_tok)$/i;

/**
 * The address without tracking parameters (the rest, the fragment and the
 * original spelling kept); the input itself when it is no http(s) address or has
 * nothing to drop.
 */
export function withoutTracking(address: string): string {
  const trimmed = address.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return address;
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.search === "") return trimmed;
  // The pairs as written: re-encoding the ones kept ("a%20b" as "a+b") could change what some servers read.
  const pairs = url.search.slice(1).split("&");
  const kept = pairs.filter((pair) => !TRACKING.test(decodeName(pair.split("=")[0])));
  if (kept.length === pairs.length) return trimmed;
  url.search = kept.length ? `?${kept.join("&")}` : "";
  return url.toString();
}

/** A query parameter's name as the URL standard reads it ("utm%5Fsource" is utm_source). */
function decodeName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, " "));
  } catch {
    return name;
  }
}

/** The site an address is on, as a publisher to start from ("ons.gov.uk"); null when it is no http(s) address. */
export function siteOf(address: string): string | null {
  try {
    const url = new URL(address.trim());
    if (url.protocol !== "http:" && url.protocol !== "https:" || url.hostname === "") return null;
    return url.hostname.replace(/^www\d?\./i, "").toLowerCase();
  } catch {
    return null;
  }
}
