/**
 * The Internet Archive's Wayback Machine, for sources that may change or vanish
 * after a check: a page to open that saves a copy now, and the address of the
 * copy nearest the day the reviewer read the source (the Wayback Machine answers
 * a dated address with its closest capture, so the link is right once a copy exists).
 */
const WAYBACK = "https://web.archive.org";

/** Opening this saves a fresh copy of `source` (in the reviewer's browser, not from the desk). */
export function waybackSaveUrl(source: string): string {
  return `${WAYBACK}/save/${source.trim()}`;
}

/** The copy of `source` nearest `accessedOn` (YYYY-MM-DD; today's copy when it is not a date). */
export function waybackCopyUrl(source: string, accessedOn: string, today = new Date()): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(accessedOn) ? accessedOn : today.toISOString().slice(0, 10);
  return `${WAYBACK}/web/${day.replace(/-/g, "")}/${source.trim()}`;
}

/** Whether an address is already an archived copy (Wayback, archive.today), so it needs no archiving itself. */
export function isArchiveAddress(address: string): boolean {
  try {
    const host = new URL(address.trim()).hostname.toLowerCase();
    return host === "web.archive.org" || /(^|\.)archive\.(today|ph|is|li|vn|fo|md)$/.test(host);
  } catch {
    return false;
  }
}
