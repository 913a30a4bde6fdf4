/**
 * Invisible characters that word processors and web pages leave inside words.
 * A soft hyphen (U+00AD) marks where a word may break; a zero-width space
 * (U+200B) where a line may break; a word joiner (U+2060) and the old
 * zero-width no-break space (U+FEFF, a byte-order mark when it opens a file)
 * where it may not. None is part of the words, and inside a word they make
 * "con\u00ADtractor" miss a search for "contractor", a claim's quote miss the
 * source's and the claim finder split a word in two.
 *
 * Zero-width joiners and non-joiners (U+200D, U+200C) stay: emoji sequences
 * and scripts such as Persian and the Indic ones need them.
 */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;

/** The text without soft hyphens, zero-width spaces, word joiners and stray BOMs. */
export function stripInvisibleCharacters(text: string): string {
  return text.replace(INVISIBLE, "");
}

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, which linkedom does not define globally

/** Strips the same characters from every text node under `root`, in place. */
export function stripInvisibleText(root: Node): void {
  const document = root.ownerDocument ?? (root as Document);
  const walker = document.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? "";
    const stripped = stripInvisibleCharacters(text);
    if (stripped !== text) node.textContent = stripped;
  }
}
