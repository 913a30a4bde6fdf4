/**
 * Word gates: a cheap proof that a regular expression cannot match. Each list
 * holds lower-case \w-words (the runs of [A-Za-z0-9_] that \b delimits) of which
 * every match of some expression contains at least one. One pass over the text
 * hashes its \w-words and looks them up, so an expression runs only on text that
 * holds one of its words. A hash collision only lets a regex run needlessly; a
 * missing word would silently drop matches, so lists must cover every alternative.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SIZE = 1024;
/**
 * Keys are hashes cut to 30 bits: a number outside V8's small-integer range passed
 * to a function that is not inlined is boxed, one heap number per word looked up.
 * Callers in hot loops pass `h & SMALL` themselves; lookup cuts again (a no-op then).
 */
export const SMALL = 0x3fffffff;

/** FNV-1a of a lower-case ASCII word, as the scan computes it. */
export function gateHash(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h | 0;
}

export interface WordGate {
  /** The bits of the lists holding the word with this gateHash, or 0. */
  lookup(hash: number): number;
  /** The union of bits over every \w-word of `text`. */
  scan(text: string): number;
}

/** Builds a gate from [bit, space-separated words] lists (at most SIZE/2 words in all). */
export function makeWordGate(lists: [number, string][]): WordGate {
  const keys = new Int32Array(SIZE);
  const bits = new Int32Array(SIZE); // 0 = empty slot
  for (const [bit, list] of lists) {
    for (const word of list.split(" ")) {
      const h = gateHash(word) & SMALL;
      let slot = (h ^ (h >>> 13)) & (SIZE - 1);
      while (bits[slot] !== 0 && keys[slot] !== h) slot = (slot + 1) & (SIZE - 1);
      keys[slot] = h;
      bits[slot] |= bit;
    }
  }
  const lookup = (hash: number): number => {
    const h = hash & SMALL;
    let slot = (h ^ (h >>> 13)) & (SIZE - 1);
    for (let b = bits[slot]; b !== 0; b = bits[slot]) {
      if (keys[slot] === h) return b;
      slot = (slot + 1) & (SIZE - 1);
    }
    return 0;
  };
  const scan = (text: string): number => {
    let found = 0;
    let h = FNV_OFFSET;
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const lower = c >= 65 && c <= 90 ? c + 32 : c;
      if ((lower >= 97 && lower <= 122) || (c >= 48 && c <= 57) || c === 95) {
        if (!inWord) {
          h = FNV_OFFSET;
          inWord = true;
        }
        h = Math.imul(h ^ lower, FNV_PRIME);
      } else if (inWord) {
        found |= lookup(h & SMALL);
        inWord = false;
      }
    }
    if (inWord) found |= lookup(h & SMALL);
    return found;
  };
  return { lookup, scan };
}

/**
 * An exact set of lower-case ASCII words, asked about a range of a text: whether
 * text[start, end), lower-cased (ASCII letters only), is one of them, without a
 * slice or a lower-case copy. A hash hit is confirmed code unit by code unit.
 * `size` (a power of two) is the table's: at least twice the words, so probes stay short.
 */
export function makeWordSet(words: readonly string[], size = 256): (text: string, start: number, end: number) => boolean {
  if (new Set(words).size * 2 > size || (size & (size - 1)) !== 0) throw new Error(`makeWordSet: ${size} slots for ${new Set(words).size} words`);
  const keys = new Int32Array(size);
  const entry = new Int16Array(size); // index + 1 into `list` (0: empty)
  const list: string[] = [];
  for (const word of new Set(words)) {
    const h = gateHash(word) & SMALL;
    let slot = (h ^ (h >>> 9)) & (size - 1);
    while (entry[slot] !== 0) slot = (slot + 1) & (size - 1);
    keys[slot] = h;
    list.push(word);
    entry[slot] = list.length;
  }
  return (text, start, end) => {
    let h = FNV_OFFSET;
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);
    }
    h &= SMALL;
    let slot = (h ^ (h >>> 9)) & (size - 1);
    for (let e = entry[slot]; e !== 0; e = entry[slot]) {
      const word = list[e - 1];
      if (keys[slot] === h && word.length === end - start) {
        let k = 0;
        while (k < word.length) {
          const c = text.charCodeAt(start + k);
          if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(k)) break;
          k++;
        }
        if (k === word.length) return true;
      }
      slot = (slot + 1) & (size - 1);
    }
    return false;
  };
}
