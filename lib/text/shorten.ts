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
  const end = wordEnd(chars, max - 1, (char) => char === " ");
  const kept = chars.slice(0, end >= max / 2 ? end : max - 1);
  return `${kept.join("").replace(/[\s,;:–—-]+$/u, "")}…`;
}

/**
 * `text` cut to at most `max` characters (code points) between words, with no
 * ellipsis: for file names, where a half word ("…as-trust-mi-2026-12-07.md")
 * reads as a word that is not there. Words end at a space or a hyphen. Only a
 * first word longer than `max` is cut inside: a Chinese or Japanese title,
 * written without spaces, is one "word" here, and keeping part of it says more
 * than keeping nothing.
 */
export function cutAtWord(text: string, max: number): string {
  const chars = Array.from(text.trim());
  if (chars.length <= max) return chars.join("");
  const end = wordEnd(chars, max, (char) => /[\s-]/u.test(char));
  return chars.slice(0, end > 0 ? end : max).join("").replace(/[\s-]+$/u, "");
}

/**
 * Where a cut of `chars` to `limit` can fall between words: `limit` itself when
 * a break follows it (the last word ends right there), else the last break
 * before it, or -1 when there is none.
 */
function wordEnd(chars: readonly string[], limit: number, isBreak: (char: string) => boolean): number {
  if (limit < chars.length && isBreak(chars[limit])) return limit;
  for (let i = Math.min(limit, chars.length) - 1; i >= 0; i--) if (isBreak(chars[i])) return i;
  return -1;
}
