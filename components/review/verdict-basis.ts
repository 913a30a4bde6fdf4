/**
 * The saved verdict version a form's content stands on: the one the page loaded
 * it from, or the one its last save made. Null fields: no verdict saved yet.
 */
export type VerdictBasis = { verdictId: string | null; number: number | null; version: number | null };

export const NO_VERDICT: VerdictBasis = { verdictId: null, number: null, version: null };

/**
 * Whether `server` is a later save than the one the form holds (`held`). A page
 * restored by Back or Forward comes from the browser's copy of an earlier render,
 * so its form can start from a version older than what the server has; a later
 * version number, or the same version saved again, is newer. Anything else
 * (the same save, or an older render arriving late) is not, so a form that made
 * a save itself never steps back to what it showed before.
 */
export function isNewerSave(server: VerdictBasis, held: VerdictBasis): boolean {
  if (server.verdictId === null || server.number === null || server.version === null) return false;
  if (held.verdictId === null || held.number === null || held.version === null) return true;
  if (server.number !== held.number) return server.number > held.number;
  return server.verdictId === held.verdictId && server.version > held.version;
}
