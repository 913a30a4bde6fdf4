/**
 * The words a verdict was given for, when the claim's words have changed since
 * (the article was edited after the check and the claim went stale). The claim
 * page and the memo show them beside the verdict, so nobody reads it as a ruling
 * on the new words. Null when they are the same, spacing aside, or not known
 * (versions saved before the desk kept them).
 */
export function earlierWording(checkedText: string | null | undefined, currentText: string): string | null {
  const checked = checkedText?.trim();
  if (!checked) return null;
  return squash(checked) === squash(currentText) ? null : checked;
}

const squash = (value: string) => value.replace(/\s+/g, " ").trim();
