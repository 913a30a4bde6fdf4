/**
 * A field with a length limit (maxLength) keeps only what fits of a paste, and
 * the browser says nothing: the end of a long rationale (its conclusion, as often
 * as not) or of a web address would be gone unseen. This says how much was left
 * out, so the field can say so.
 */

/** How many characters of the paste `event` carries do not fit in its field's `max`; 0 when all of it fits. */
export function charactersLeftOut(event: { clipboardData: DataTransfer; currentTarget: HTMLInputElement | HTMLTextAreaElement }, max: number): number {
  const field = event.currentTarget;
  const pasted = event.clipboardData.getData("text/plain").replace(/\r\n?/g, "\n");
  // The pasted text replaces the selection; maxLength counts UTF-16 units, as .length does.
  const kept = field.value.length - ((field.selectionEnd ?? 0) - (field.selectionStart ?? 0));
  return Math.max(0, pasted.length - Math.max(0, max - kept));
}

/** What a field says after a paste that did not fit. */
export function leftOutMessage(leftOut: number, max: number): string {
  return `This field holds at most ${max.toLocaleString("en")} characters, so the last ${leftOut.toLocaleString("en")} of what you pasted were left out.`;
}
