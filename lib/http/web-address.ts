/**
 * A web address as the desk keeps it (a source, an archive copy, the article's
 * own page, the newsroom's site): http or https, a host name with a dot, no user
 * name or password (they would be published in ClaimReview and every export),
 * and written back in the URL standard's own form, so quotes, spaces and line
 * breaks are escaped and a look-alike host shows as the punycode it really is
 * (https://аpple.com is https://xn--pple-43d.com). A bare host keeps the form it
 * was typed in (no slash added).
 */
export type WebAddress = { ok: true; href: string } | { ok: false; problem: "not_web" | "credentials" };

export function webAddress(value: string, options: { keepFragment?: boolean } = {}): WebAddress {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { ok: false, problem: "not_web" };
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || !url.hostname.includes(".")) return { ok: false, problem: "not_web" };
  if (url.username || url.password) return { ok: false, problem: "credentials" };
  if (options.keepFragment === false) url.hash = "";
  const bare = url.pathname === "/" && !url.search && !url.hash && !value.trim().endsWith("/");
  return { ok: true, href: bare ? url.href.slice(0, -1) : url.href };
}

export const CREDENTIALS_MESSAGE = "Leave the user name and password out of the address: it would be published.";
