/**
 * Keyboard curation in the claim list: an editor going through fifty suggestions
 * on deadline moves with ↑/↓ (or J/K), accepts with A and dismisses with D,
 * without reaching for the mouse. Pure, so the rules are tested without a browser.
 */
export type CurationKeyAction = "next" | "previous" | "accept" | "dismiss";

const KEYS: Record<string, CurationKeyAction> = {
  ArrowDown: "next",
  j: "next",
  ArrowUp: "previous",
  k: "previous",
  a: "accept",
  d: "dismiss",
};

export type KeyPress = { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean };

/**
 * The action a key pressed in the claim list stands for, or null. Typing in a
 * field (the filter, the dismissal reason) and shortcuts with Ctrl, Cmd or Alt
 * (the browser's own) are never curation.
 */
export function curationKeyAction(press: KeyPress, inField: boolean): CurationKeyAction | null {
  if (inField || press.ctrlKey || press.metaKey || press.altKey) return null;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  return Object.hasOwn(KEYS, key) ? KEYS[key] : null;
}

/**
 * The claim `step` places from the selected one in the list's order, stopping at
 * either end; with nothing selected (or the selection filtered out), the first
 * claim going down and the last going up.
 */
export function stepClaim(ids: readonly string[], selectedId: string | null, step: 1 | -1): string | null {
  if (ids.length === 0) return null;
  const at = selectedId === null ? -1 : ids.indexOf(selectedId);
  if (at < 0) return step === 1 ? ids[0] : ids[ids.length - 1];
  return ids[Math.min(ids.length - 1, Math.max(0, at + step))];
}

/** Where the selection goes once a claim is decided: the next one, else the one before, else nowhere. */
export function claimAfter(ids: readonly string[], decidedId: string): string | null {
  const at = ids.indexOf(decidedId);
  if (at < 0) return null;
  return ids[at + 1] ?? ids[at - 1] ?? null;
}
