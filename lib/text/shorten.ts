/**
 * `text` on one line, cut to at most `max` characters with an ellipsis when it is
 * longer. Counts code points, so an emoji or a letter outside the Basic
 * Multilingual Plane is never split in half.
 */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const chars = Array.from(flat);
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join("").trimEnd()}…`;
}
