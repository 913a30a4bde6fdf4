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

/**
 * Like `shorten`, but a cut falls between words, so a caption never ends on half
 * a word ("Harbour Valley NHS Trust: 84,312…", not "…84,31…"). A first word longer
 * than half the room, or a script written without spaces, is cut where it must be.
 * Punctuation left dangling at the cut (a comma, a colon) goes before the ellipsis.
 */
export function shortenAtWord(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  const room = chars.slice(0, max - 1);
  const cutInWord = chars[max - 1] !== " ";
  const lastSpace = room.lastIndexOf(" ");
  const kept = cutInWord && lastSpace >= max / 2 ? room.slice(0, lastSpace) : room;
  return `${kept.join("").replace(/[\s,;:–—-]+$/u, "")}…`;
}
