/**
 * One message, not three, when an open claim leaves the person holding it. The
 * page's watcher (ClaimWatch) is first to hear when the claim is no longer open
 * to the viewer; when the verdict form is on the page, the form says it instead,
 * beside the reviewer's text and its "Copy my text", and the watcher stays quiet.
 * The form answers the announcement by cancelling it.
 */
const CLAIM_GONE = "factcheck:claim-gone";

/** Says the claim is gone; true when a form on the page took it up (and says so itself). */
export function announceClaimGone(claimId: string): boolean {
  const event = new CustomEvent(CLAIM_GONE, { detail: claimId, cancelable: true });
  return !window.dispatchEvent(event);
}

/** Calls `taken` when the claim is announced gone, and tells the announcer it was taken up. Returns the unsubscribe. */
export function onClaimGone(claimId: string, taken: () => void): () => void {
  const listener = (event: Event) => {
    if ((event as CustomEvent<string>).detail !== claimId) return;
    event.preventDefault();
    taken();
  };
  window.addEventListener(CLAIM_GONE, listener);
  return () => window.removeEventListener(CLAIM_GONE, listener);
}
