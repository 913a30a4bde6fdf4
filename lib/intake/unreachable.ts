/**
 * What to tell an editor when the desk's server could not get to a site.
 * "Could not be found. Check the URL for typos" blamed the editor for a valid
 * address (www.bbc.co.uk) when the real cause was the server: a newsroom's
 * firewall often keeps it off the internet. So the message says the server
 * could not reach the site, that the address may be right, and what works
 * without the server fetching anything: pasting the text, or Import file.
 * A typo is mentioned only where one is likely (typoHint).
 */

/** How the server failed: looking the name up, connecting to it, or waiting for the page. */
export type UnreachableStep = "lookup" | "connect" | "timeout";

/** What works without the server fetching anything. */
const PASTE = "copy the article's text from your browser and paste it instead";
const IMPORT_FILE = "save the page and use Import file";
const NO_INTERNET = "the server may not be able to reach the internet (a newsroom firewall often stops it)";

/** Top-level domains that are slips for .com or .org, not real ones. */
const MISTYPED_TLD = new Set(["con", "cmo", "ocm", "vom", "xom", "comm", "coom", "ogr", "orgg", "nte"]);

/**
 * Why the address itself is probably wrong, or null when it looks like a real
 * site's name: a host without a dot ("bbc"), "www" run into the name
 * ("wwwbbc.co.uk"), or a slip in the ending ("bbc.con").
 */
export function typoHint(host: string): string | null {
  const name = host.replace(/\.$/, "").toLowerCase();
  if (!name.includes(".")) return `"${host}" has no dot, so it is not a full site name (like www.example.com).`;
  if (/^www[a-z]/.test(name) && name.split(".").length <= 3) return `"${host}" may be missing the dot after "www".`;
  const ending = name.split(".").at(-1) ?? "";
  if (MISTYPED_TLD.has(ending)) return `"${host}" ends in ".${ending}", which may be a typo.`;
  return null;
}

function seconds(ms: number): string {
  const n = Math.max(1, Math.round(ms / 1000));
  return n === 1 ? "1 second" : `${n} seconds`;
}

/** The message for a site the server could not get to, with a typo hint only where the address looks wrong. */
export function unreachableMessage(host: string, step: UnreachableStep, timeoutMs?: number): string {
  const typo = step === "lookup" ? typoHint(host) : null;
  if (typo) return `The desk's server could not find ${host}. Check the address: ${typo} If it is right, ${NO_INTERNET}: ${PASTE}, or ${IMPORT_FILE}.`;
  if (step === "timeout") {
    return `${host} did not answer the desk's server within ${seconds(timeoutMs ?? 0)}. The address may well be right: the site may be slow, or ${NO_INTERNET}. Try again later, or ${PASTE} (or ${IMPORT_FILE}).`;
  }
  const what = step === "lookup" ? `The desk's server could not look up ${host} on the internet.` : `The desk's server could not connect to ${host}.`;
  return `${what} The address may well be right: ${NO_INTERNET}. ${PASTE[0].toUpperCase()}${PASTE.slice(1)}, or ${IMPORT_FILE}.`;
}

/** Network error codes (node:dns, node:net) saying the name did not resolve. */
const LOOKUP_CODES = new Set(["ENOTFOUND", "EAI_AGAIN", "EAI_FAIL", "EAI_NONAME", "ENODATA", "ESERVFAIL"]);

/** Whether a failed fetch failed at the name lookup: its error, or one it wraps (fetch's TypeError has `cause`), has a DNS code. */
export function failedAtLookup(error: unknown): boolean {
  for (let at: unknown = error, depth = 0; at instanceof Error && depth < 5; at = at.cause, depth++) {
    const code = (at as NodeJS.ErrnoException).code;
    if (code && LOOKUP_CODES.has(code)) return true;
  }
  return false;
}
