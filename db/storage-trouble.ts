/**
 * SQLite result codes that mean the database could not take the request (not
 * that the request was wrong): busy past the wait, locked, the disk full, the
 * file read-only, an I/O error or a file that cannot be opened.
 */
const TROUBLE = /^SQLITE_(BUSY|LOCKED|FULL|READONLY|IOERR|CANTOPEN)/;

/** Whether an error (or one it wraps, as Drizzle's query errors do) is the database's trouble. */
export function isStorageTrouble(error: unknown): boolean {
  for (let at: unknown = error, depth = 0; at && depth < 5; at = (at as { cause?: unknown }).cause, depth++) {
    const code = (at as { code?: unknown }).code;
    if (typeof code === "string" && TROUBLE.test(code)) return true;
  }
  return false;
}
