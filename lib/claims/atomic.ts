import type { Span } from "./types";
import { makeWordGate } from "./wordgate";
import { doubled } from "./grow";

/**
 * Splits a sentence into atomic claims: independent clauses joined by "and",
 * "but", "while" or a semicolon. Without a parser the test for "independent
 * clause" is a subject-looking word followed closely by a verb (before any comma),
 * and the part before must have a verb of its own — so "The president and his wife
 * visited Paris" stays one claim. Each part is a real span of the sentence.
 *
 * Never split: a relative clause (", who was acquitted …") from its head noun, which
 * it is about; or the pair in "between X and Y" or "of rice and corn". A source
 * that trails the sentence ("…, the company said") stays on the last part's span;
 * every part carries it as the sentence's claimant (find.ts).
 */

const JOINT = /;\s+|,\s+(?=(?:who|which)\s)|,?\s+(?=(?:and|but|while|whereas|yet)\s)/g;
/** Adverbs that open a verb phrase sharing the earlier subject ("…, and later founded", "and then raced"): no subject. */
const ADVERB = /^(?:later|then|also|still|now|once|soon|often|again|since|\p{L}+ly)$/iu;
const SUBJECT_START = /^(?:the|a|an|its|their|his|her|our|my|this|that|these|those|he|she|it|they|we|i|there|some|many|most|all|no|more|\p{Lu}[\p{L}'’.-]*|\d[\d,.]*%?)$/u;
const VERB_WORDS = "is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|should|do|does|did|said|says|face|faces|remain|remains|live|lives|lack|lacks|rose|fell|grew|won|lost|led|leads|made|makes|took|takes|gave|gives|became|becomes|got|gets|spent|spends|paid|pays|saw|sees|cut|cuts|hold|holds|held|left|leaves|need|needs|want|wants|know|knows|knew|include|includes|own|owns|run|runs|ran|went|goes|came|comes|reach|reaches|account|accounts|earn|earns|died|dies";
export const VERB = new RegExp(`^(?:${VERB_WORDS}|\\p{L}{3,}ed|\\p{L}+n't)$`, "u");
/** Hashes of VERB's listed words: a miss proves an ASCII word is none of them. */
const verbWordLookup = makeWordGate([[1, VERB_WORDS.replaceAll("|", " ")]]).lookup;
/**
 * What goes before a claim without being part of it: a live blog's time stamp
 * ("23:58 ", "10.42am: ", "UPDATE 1:12 a.m.: ", before a capital), a list marker ("- ", "• ", "3. ") or a
 * dateline. Datelines may name places joined by "/" ("STOCKHOLM/FRANKFURT, Oct 23
 * (Wire) – ") or a region after the place ("MANCHESTER, England — "). Datelines: "WASHINGTON (AP) — ", "LONDON, Dec 4 (Reuters) - "
 * (a place in capitals, maybe a date, the agency), or a place in capitals alone
 * before a spaced dash and a capital ("HARBOURTON — The council…"), or with a date
 * and maybe a wire service in slashes ("SPRINGFIELD, Dec. 3 — ", "NEW YORK,
 * Sept. 12, 2026 /PRNewswire/ -- "); the capital
 * keeps "NASA — the agency — said" whole, and the spaces keep "COVID-19".
 */
export const LEAD =
  /^(?:(?:UPDATED?\s*:?\s+|Updated?\s*:?\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*:?\s+(?=\p{Lu})|[-*•–—]\s+|\d{1,3}[.)]\s+|[\p{Lu}\s.,]{3,40}\([\p{L}\s]{1,20}\)\s*[—–-]\s*|\p{Lu}{2}[\p{Lu}\s.'’/]{0,30},[\p{L}\d\s.]{1,20}\([\p{L}\s]{1,20}\)\s*[—–-]\s*|\p{Lu}{2}[\p{Lu}\s.'’/]{0,30},\s+\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}\s(?:[—–]|--?)\s+(?=\p{Lu})|\p{Lu}{2}[\p{Lu}\s.'’]{0,30},\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*(?:\/[\p{L}\s-]{1,30}\/\s*)?(?:[—–]|--?)\s+(?=\p{Lu})|\p{Lu}{2}[\p{Lu}\s.,'’]{0,38}\s(?:[—–]|--?)\s+(?=\p{Lu}))/u;
const LEAD_FROM_START = new RegExp(LEAD.source, "gu");

const WORD = /[\p{L}\p{N}'’-]+/gu;
const words = (text: string) => text.match(WORD) ?? [];
/**
 * VERB.test(w.toLowerCase()), answered without the lower-case copy and the regex for
 * a word of ASCII letters whose lower case is no listed verb: it is a verb exactly
 * when it is five letters or more ending in "ed" (no apostrophe, so no "n't").
 * Pinned to the regex by a test.
 */
export function isVerb(w: string): boolean {
  return isVerbAt(w, 0, w.length);
}

/** isVerb(text.slice(start, end)), slicing only for the exact path. */
function isVerbAt(text: string, start: number, end: number): boolean {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k) | 32;
    if (c < 97 || c > 122) return VERB.test(text.slice(start, end).toLowerCase());
    h = Math.imul(h ^ c, 0x01000193);
  }
  if (verbWordLookup(h & 0x3fffffff) !== 0) return VERB.test(text.slice(start, end).toLowerCase());
  const n = end - start;
  return n >= 5 && (text.charCodeAt(end - 2) | 32) === 101 && (text.charCodeAt(end - 1) | 32) === 100;
}
const hasVerb = (text: string) => words(text).some(isVerb);

/**
 * The first `limit` words of `text` (fewer if it has fewer). The right-hand side of
 * a joint is the rest of the sentence, so listing all its words at every joint made
 * long sentences cost more than their length; the tests below read five at most.
 */
function firstWords(text: string, limit: number): string[] {
  const found: string[] = [];
  WORD.lastIndex = 0;
  while (found.length < limit) {
    const m = WORD.exec(text);
    if (m === null) break;
    found.push(m[0]);
  }
  WORD.lastIndex = 0;
  return found;
}

/** Whether text[from, to) holds a comma followed by a space. */
function hasCommaBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++) if (text.charCodeAt(i) === 44 && isSpaceCode(text.charCodeAt(i + 1))) return true;
  return false;
}

/** How many words back from a joint "between" still pairs its two sides ("between 1 June 2017 and …"). */
const PAIR_REACH = 4;

/**
 * Whether the "and" after `leftWords` joins a pair of nouns, not two clauses:
 * "between X and Y" (within PAIR_REACH words), or "of X and Y" with a bare noun
 * after the "and" ("hectares of rice and corn affected").
 */
function pairsNouns(leftWords: string[], rightFirst: string): boolean {
  if (leftWords.slice(-PAIR_REACH).some((w) => w.toLowerCase() === "between")) return true;
  return leftWords.length >= 2 && leftWords[leftWords.length - 2].toLowerCase() === "of" && !SUBJECT_START.test(rightFirst);
}

function startsClause(text: string): boolean {
  const cut = text.search(/,\s/);
  const ws = firstWords(cut < 0 ? text : text.slice(0, cut), 5);
  if (ws.length < 2) return false;
  // "profits fell": a bare noun counts as a subject when a verb follows at once ("later founded" has none).
  if (!SUBJECT_START.test(ws[0])) return !isVerb(ws[0]) && !ADVERB.test(ws[0]) && isVerb(ws[1]);
  return ws.slice(1).some(isVerb);
}

/** The sentence without a list marker or dateline in front and stops at the end. */
export function claimCore(sentence: string): Span {
  findCore(sentence);
  return { start: coreStart, end: coreEnd };
}

/**
 * How long the sentence's list marker or dateline is (0 when it has none, or when
 * nothing follows it): the part its claims leave out, and so its signals too.
 */
export function leadLength(sentence: string): number {
  if (!mayHaveLead(sentence)) return 0;
  findCore(sentence);
  return coreStart;
}

/** Where the last findCore's core starts and ends. */
let coreStart = 0;
let coreEnd = 0;

/** claimCore into coreStart/coreEnd, without a span object per sentence. */
function findCore(sentence: string): void {
  // LEAD is anchored and never matches empty: where a global copy's test leaves
  // lastIndex is the lead's length, with no match array.
  LEAD_FROM_START.lastIndex = 0;
  const start = mayHaveLead(sentence) && LEAD_FROM_START.test(sentence) ? LEAD_FROM_START.lastIndex : 0;
  const end = trimEnd(sentence, start, sentence.length);
  coreStart = end > start ? start : 0;
  coreEnd = end > start ? end : sentence.length;
}

/**
 * Whether LEAD can match, without running it: its alternatives start with a bullet
 * or dash, with a digit, with two capitals, or with 3 to 40 of [\p{Lu}\s.,] and
 * then "(". Most sentences start with a capital and a lower-case letter, which
 * rules all of them out; LEAD runs on the rest (a test pins the two).
 */
export function mayHaveLead(s: string): boolean {
  const c0 = s.charCodeAt(0);
  if (c0 === 45 || c0 === 42 || c0 === 0x2022 || c0 === 0x2013 || c0 === 0x2014 || (c0 >= 48 && c0 <= 57)) return true;
  const c1 = s.charCodeAt(1);
  if (c0 >= 65 && c0 <= 90 && c1 >= 65 && c1 <= 90) return true;
  // A live blog's "Update 1:12 a.m.:" (capital U, then lower case).
  if (c0 === 85 && s.startsWith("Update")) return true;
  for (let k = 0; k < s.length && k <= 40; k++) {
    const c = s.charCodeAt(k);
    if (c === 40) return k >= 3;
    if (c >= 128) return true; // maybe \p{Lu} or \s: LEAD decides
    if (!((c >= 65 && c <= 90) || c === 32 || (c >= 9 && c <= 13) || c === 46 || c === 44)) return false;
  }
  return false;
}

/**
 * The words (WORD matches) of sentence[from, to), found once per sentence and only
 * as far as a joint needs them: joints then ask "how many words", "any verb" and
 * "the first five words" of a range by index instead of re-running WORD (and the
 * verb test) over slices at every joint. Word boundaries match those of the slices:
 * every range starts at the core's start or after a space, and ends at a joint or
 * at the core's end, none of them inside a word. Verb tests are made once per word.
 */
class Words {
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  verbs = new Int8Array(64); // -1 unknown, 0 no, 1 yes
  /** How many words have been found so far. */
  length = 0;
  private sentence = "";
  private to = 0;
  private next = 0;
  private done = false;

  /** Starts over on sentence[from, to): one instance serves every sentence, its arrays reused. */
  reset(sentence: string, from: number, to: number): this {
    this.sentence = sentence;
    this.to = to;
    this.next = from;
    this.done = false;
    this.length = 0;
    return this;
  }

  /** Finds one more word; false when there is none before `to`. */
  private more(): boolean {
    if (this.done) return false;
    // WORD.exec from `next` by a hand scan, cut at `to` (a match starting at or after
    // `to` is none; one running past it is cut there, as the slices' words are).
    const sentence = this.sentence;
    const to = this.to;
    let i = this.next;
    let width = 0;
    while (i < to && (width = wordCharWidth(sentence, i)) === 0) i++;
    if (i >= to) {
      this.done = true;
      return false;
    }
    const start = i;
    i += width;
    while (i < to && (width = wordCharWidth(sentence, i)) > 0) i += width;
    const end = i > to ? to : i;
    this.next = end;
    if (this.length === this.starts.length) this.grow();
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.verbs[this.length] = -1;
    this.length++;
    return true;
  }

  private grow(): void {
    const n = this.length * 2;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    const verbs = new Int8Array(n);
    starts.set(this.starts);
    ends.set(this.ends);
    verbs.set(this.verbs);
    this.starts = starts;
    this.ends = ends;
    this.verbs = verbs;
  }

  /** Index of the first word starting at or after `at` (the count of words, if none). */
  firstAt(at: number): number {
    while ((this.length === 0 || this.starts[this.length - 1] < at) && this.more());
    const starts = this.starts;
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index past the last word ending at or before `at`. */
  endAt(at: number): number {
    while ((this.length === 0 || this.ends[this.length - 1] <= at) && this.more());
    const ends = this.ends;
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** How many words there are from index `from`, counting up to `cap`. */
  countFrom(from: number, cap: number): number {
    while (this.length < from + cap && this.more());
    return Math.min(this.length - from, cap);
  }

  /** Word `k` itself. */
  text(k: number): string {
    return this.sentence.slice(this.starts[k], this.ends[k]);
  }

  isVerb(k: number): boolean {
    let v = this.verbs[k];
    if (v < 0) v = this.verbs[k] = isVerbAt(this.sentence, this.starts[k], this.ends[k]) ? 1 : 0;
    return v === 1;
  }

  anyVerb(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.isVerb(k)) return true;
    return false;
  }

  /**
   * How many of the `n` words from index `from` (range starting at `rangeStart`) come
   * before the first ", " (clauseWords' cut): a subject and its verb are not
   * separated by a comma, so "but more slowly, said the author" starts no clause.
   */
  beforeCommaBreak(rangeStart: number, from: number, n: number): number {
    let gapStart = rangeStart;
    for (let k = from; k < from + n; k++) {
      if (hasCommaBreak(this.sentence, gapStart, this.starts[k])) return k - from;
      gapStart = this.ends[k];
    }
    return n;
  }

  /** Whether word `k` is `lower` (lower-case ASCII) in any case. */
  wordIs(k: number, lower: string): boolean {
    const start = this.starts[k];
    if (this.ends[k] - start !== lower.length) return false;
    for (let i = 0; i < lower.length; i++) if ((this.sentence.charCodeAt(start + i) | 32) !== lower.charCodeAt(i)) return false;
    return true;
  }

  /** pairsNouns() over the words [from, to) before a joint and the first word after it. */
  pairsNouns(from: number, to: number, right: number): boolean {
    for (let k = Math.max(from, to - PAIR_REACH); k < to; k++) if (this.wordIs(k, "between")) return true;
    return to - from >= 2 && this.wordIs(to - 2, "of") && !SUBJECT_START.test(this.sentence.slice(this.starts[right], this.ends[right]));
  }

  /** startsClause() of a range whose first `n` (at most 5) words start at index `from`. */
  startsClause(from: number, n: number): boolean {
    if (n < 2) return false;
    const first = this.sentence.slice(this.starts[from], this.ends[from]);
    if (!SUBJECT_START.test(first)) return !this.isVerb(from) && !ADVERB.test(first) && this.isVerb(from + 1);
    return this.anyVerb(from + 1, from + n);
  }

  /** ownsVerb() of sentence[start, end), by index: the words once found serve every part. */
  ownsVerb(start: number, end: number, last: boolean): boolean {
    const from = this.firstAt(start);
    let to = this.endAt(end);
    if (last) {
      const comma = lastCommaSpace(this.sentence, start, end);
      if (comma >= 0) {
        const tail = this.firstAt(comma + 2);
        const n = to - tail;
        if (n > 0 && n <= ATTRIBUTION_WORDS && (SPEECH.test(this.text(tail)) || SPEECH.test(this.text(to - 1)))) to = this.endAt(comma);
      }
    }
    for (let k = from; k < to; k++) if (ownVerbWord(this.text(k), k === from, k === to - 1)) return true;
    return false;
  }
}

/** The one Words every sentence reuses. */
const sharedWords = new Words();

/**
 * Whether an "and" is inside a name: "Centers for Disease Control and
 * Prevention", "Johnson and Johnson". The word after it is capitalised (not
 * "I"), and before it comes a name of two capitalised words ("Disease Control")
 * or the same word ("Johnson"). Splitting there left a claim ending "…Disease
 * Control" without what the sentence says of it; one capitalised word on each side
 * ("in Germany and France reported", "in March and April saw") is two things.
 */
function joinsName(leftBefore: string, leftLast: string, rightFirst: string): boolean {
  if (rightFirst === "I" || !startsUpper(leftLast) || !startsUpper(rightFirst)) return false;
  return leftLast === rightFirst || startsUpper(leftBefore);
}

function startsUpper(word: string): boolean {
  if (word === "") return false;
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}

/**
 * Whether text[from, at) leaves a quotation open that closes later in the
 * sentence (before `to`): a speaker's sentence is attributed whole, so it is never
 * split ("“Crime is the worst in the region, and it has been since 2022,” she
 * said" would leave a part with a dangling "it" and no speaker). Double quotes
 * (curly or straight), single curly quotes (a ’ before a letter is an apostrophe)
 * and guillemets count. A quote that never closes (a slip, or 65" for inches)
 * holds nothing together.
 */
function insideQuote(text: string, from: number, at: number, to: number): boolean {
  let straight = 0;
  let depth = 0;
  for (let i = from; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) straight++;
    else if (c === 0x201c || c === 0xab || (c === 0x2018 && !isLetterAt(text, i - 1))) depth++;
    else if ((c === 0x201d || c === 0xbb || (c === 0x2019 && !isLetterAt(text, i + 1))) && depth > 0) depth--;
  }
  if (depth === 0 && straight % 2 === 0) return false;
  for (let i = at; i < to; i++) {
    const c = text.charCodeAt(i);
    if (straight % 2 === 1 && c === 34) return true;
    if (depth > 0 && (c === 0x201d || c === 0xbb || (c === 0x2019 && !isLetterAt(text, i + 1)))) return true;
  }
  return false;
}

function isLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /\p{L}/u.test(text[i]);
}

/**
 * A part split off by a joint must say something of its own: a verb, not one borrowed
 * from the part before. Statistics are often listed with the subject and verb given
 * once ("In March, 68.9% of patients were seen within 62 days; 71.2% within 31 days;
 * and 93.2% within two weeks", "Labour won 412 seats; the Conservatives 121"), and
 * splitting at every semicolon made cards that read "71.2% within 31 days", about
 * nothing an editor can tell. A part without a verb of its own is folded back into
 * the part before it (into the next one when it is the first), so the gapped
 * figures stay on one card with the subject and verb they share.
 *
 * Folding, rather than showing each part with the shared subject put back in: a
 * claim is a span of the article (anchored, quoted in exports and ClaimReview, and
 * the side list's card shows that same text: there is no separate display text), and
 * a rebuilt sentence ("71.2% of patients were seen within 31 days") would be words
 * the article never printed, guessed without a parser; the desk checks what was
 * published. One card per list is also how such a list is checked: against one
 * table. Parts that have their own subject and verb still split ("Unemployment rose
 * to 5.1% and inflation fell to 2%").
 *
 * Not a verb of its own: a source trailing the last part (", the ONS said": it
 * credits the sentence, and claimant.ts finds it), an auxiliary left at the end by
 * an ellipsis ("in 2024, 71.2% were"), or "May" with a capital (the month, not the
 * modal: "in May, 12%"). VERB lists few verbs, so a contraction, a subject pronoun
 * or an opening "it" counts as one (ownVerbWord); a clause whose verb is still
 * unlisted ("Legislators make law; judges interpret the Constitution") is folded
 * too, which leaves a longer claim but never a fragment.
 */
function ownsVerb(part: string, last: boolean): boolean {
  let ws = words(part);
  if (last) {
    const comma = part.lastIndexOf(", ");
    if (comma >= 0) {
      const tail = words(part.slice(comma + 2));
      if (tail.length <= ATTRIBUTION_WORDS && tail.some((w, k) => (k === 0 || k === tail.length - 1) && SPEECH.test(w))) ws = words(part.slice(0, comma));
    }
  }
  return ws.some((w, k) => ownVerbWord(w, k === 0, k === ws.length - 1));
}

/**
 * Whether word `w` (`first` or `last` in its part) shows the part has a verb of its
 * own. "It" opening a part is its subject ("; it always happens").
 */
function ownVerbWord(w: string, first: boolean, last: boolean): boolean {
  if (CLAUSE_WORD.test(w) || (first && (w === "it" || w === "It"))) return true;
  return isVerb(w) && w !== "May" && !(last && AUXILIARY.test(w));
}

/**
 * Words VERB does not list that still show a clause: a contraction holding a verb
 * ("it's", "that's", "we're", "I've", "they'll") and a subject pronoun, which a verb
 * follows ("I hope", "they need"). Speech in debate transcripts is full of both, and
 * without them "That's a lot of jobs; that's a lot of new economic activity" was folded.
 */
const CLAUSE_WORD = /^(?:i|we|they|he|she|cannot|\p{L}+['’](?:re|ve|m|ll|d)|(?:it|that|he|she|there|what|who|here|where|let)['’]s)$/iu;

/** Words that report a source: a short clause after the last part's last comma holding one first or last is its attribution. */
const SPEECH = /^(?:said|says|say|told|added|adds|reported|reports|showed|shows|show|announced|confirmed|stated|wrote|writes|according)$/i;
/** How many words a trailing attribution has at most ("the Office for National Statistics said"). */
const ATTRIBUTION_WORDS = 6;
/** Verbs that, last in a part, stand for a verb phrase left out ("in 2024, 71.2% were", "in Bradford it didn't"). */
const AUXILIARY = /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|should|do|does|did|\p{L}+n't)$/iu;

/** text.lastIndexOf(", ") within [from, to), as an offset into text, or -1. */
function lastCommaSpace(text: string, from: number, to: number): number {
  for (let i = to - 2; i >= from; i--) if (text.charCodeAt(i) === 44 && text.charCodeAt(i + 1) === 32) return i;
  return -1;
}

/** The parts without one that owns no verb, folded as ownsVerb says (slice definition). */
function foldedBySlices(sentence: string, parts: Span[]): Span[] {
  const out: Span[] = [];
  let pending = -1;
  parts.forEach((p, k) => {
    if (ownsVerb(sentence.slice(p.start, p.end), k === parts.length - 1)) {
      out.push({ start: pending >= 0 ? pending : p.start, end: p.end });
      pending = -1;
    } else if (out.length > 0) out[out.length - 1].end = p.end;
    else if (pending < 0) pending = p.start;
  });
  return out.length > 0 ? out : [{ start: parts[0].start, end: parts[parts.length - 1].end }];
}

/** foldedBySlices on `parts` (the first `partCount`), in place, by the words already found. */
function foldVerbless(words: Words): void {
  let kept = 0;
  let pending = -1;
  const n = partCount;
  for (let k = 0; k < n; k++) {
    const start = parts.starts[k];
    const end = parts.ends[k];
    if (words.ownsVerb(start, end, k === n - 1)) {
      parts.starts[kept] = pending >= 0 ? pending : start;
      parts.ends[kept] = end;
      kept++;
      pending = -1;
    } else if (kept > 0) parts.ends[kept - 1] = end;
    else if (pending < 0) pending = start;
  }
  if (kept === 0) {
    parts.ends[0] = parts.ends[n - 1];
    kept = 1;
  }
  partCount = kept;
}

const CONJUNCTION = /^(?:and|but|while|whereas|yet)\s+/;
const RELATIVE = /^(?:who|which)\s/;

/**
 * Atomic claim spans of `sentence`, as offsets relative to the sentence. A sentence
 * with one fact returns one span (its core); every span has at least three words.
 */
export function splitAtomicClaims(sentence: string): Span[] {
  const count = findAtomicClaims(sentence);
  const out: Span[] = new Array(count);
  for (let k = 0; k < count; k++) out[k] = { start: parts.starts[k], end: parts.ends[k] };
  return out;
}

/**
 * The parts splitAtomicClaims returns, for the pipeline: `starts[k]`…`ends[k]` for k
 * below findAtomicClaims' return value (scratch, reused by the next call).
 */
export const parts = { starts: new Int32Array(16), ends: new Int32Array(16) };
let partCount = 0;

function pushPart(start: number, end: number): void {
  if (partCount === parts.starts.length) {
    parts.starts = doubled(parts.starts);
    parts.ends = doubled(parts.ends);
  }
  parts.starts[partCount] = start;
  parts.ends[partCount] = end;
  partCount++;
}

/**
 * splitAtomicClaims into `parts`; returns how many there are. `mayHaveJoint` false
 * says the sentence holds neither ";" nor a word a joint needs (and, but, while,
 * whereas, yet, who, which), so JOINT cannot match and the scan for joints is skipped.
 */
export function findAtomicClaims(sentence: string, mayHaveJoint = true): number {
  findCore(sentence);
  const from = coreStart;
  const to = coreEnd;
  partCount = 0;
  let partStart = from;
  let words: Words | null = null;
  const first = mayHaveJoint ? nextJoint(sentence, 0, to) : -1;
  for (let index = first; index >= 0; index = nextJoint(sentence, jointEnd, to)) {
    if (index < from) continue;
    words ??= sharedWords.reset(sentence, from, to);
    // CONJUNCTION and RELATIVE on sentence.slice(jointEnd, to), by hand.
    const rightStart = jointEnd + conjunctionLength(sentence, jointEnd, to);
    const relative = isRelativeAt(sentence, jointEnd, to);
    const semicolon = sentence.charCodeAt(index) === 59;
    const leftFrom = words.firstAt(partStart);
    const leftTo = words.endAt(index);
    if (leftTo - leftFrom < 3) continue;
    const rightFrom = words.firstAt(rightStart);
    const rightCount = words.countFrom(rightFrom, 5);
    if (rightCount < 3) continue;
    if (relative) continue;
    if (insideQuote(sentence, from, index, to)) continue;
    if (!semicolon && sentence.charCodeAt(index) !== 44 && wordThenSpace(sentence, jointEnd, to, "and") && joinsName(leftTo - 2 >= leftFrom ? words.text(leftTo - 2) : "", words.text(leftTo - 1), words.text(rightFrom))) continue;
    if (!semicolon && !words.anyVerb(leftFrom, leftTo)) continue;
    if (!semicolon && words.pairsNouns(leftFrom, leftTo, rightFrom)) continue;
    if (!semicolon && !words.startsClause(rightFrom, words.beforeCommaBreak(rightStart, rightFrom, rightCount))) continue;
    pushPart(partStart, trimEnd(sentence, partStart, index));
    partStart = rightStart;
  }
  pushPart(partStart, to);
  if (partCount > 1) foldVerbless(words!);
  for (let k = 0; k < partCount; k++) trimQuotes(sentence, k);
  return partCount;
}

/** The reference definition splitAtomicClaims is pinned to (slices and WORD per joint). */
export function splitAtomicClaimsBySlices(sentence: string): Span[] {
  const core = claimCore(sentence);
  const parts: Span[] = [];
  let partStart = core.start;
  const joint = new RegExp(JOINT.source, "g");
  const body = sentence.slice(0, core.end);
  for (let m = joint.exec(body); m !== null; m = joint.exec(body)) {
    if (m.index < core.start) continue;
    const left = sentence.slice(partStart, m.index);
    let rightStart = m.index + m[0].length;
    const rest = sentence.slice(rightStart, core.end);
    const conjunction = CONJUNCTION.exec(rest);
    if (conjunction) rightStart += conjunction[0].length;
    const right = sentence.slice(rightStart, core.end);
    const relative = RELATIVE.test(rest);
    const semicolon = m[0].startsWith(";");
    if (firstWords(left, 3).length < 3 || firstWords(right, 3).length < 3) continue;
    if (relative) continue;
    if (insideQuote(sentence, core.start, m.index, core.end)) continue;
    if (!semicolon && !m[0].startsWith(",") && conjunction?.[0].startsWith("and") && joinsName(words(left).at(-2) ?? "", words(left).at(-1) ?? "", firstWords(right, 1)[0])) continue;
    if (!semicolon && !hasVerb(left)) continue;
    if (!semicolon && pairsNouns(words(left), firstWords(right, 1)[0])) continue;
    if (!semicolon && !startsClause(right)) continue;
    parts.push({ start: partStart, end: trimEnd(sentence, partStart, m.index) });
    partStart = rightStart;
  }
  parts.push({ start: partStart, end: core.end });
  return (parts.length > 1 ? foldedBySlices(sentence, parts) : parts).map((p) => {
    const [start, end] = quotesTrimmed(sentence, p.start, p.end);
    return { start, end };
  });
}

/**
 * A part's span without a quotation mark left alone at either end: the closing
 * mark (and the stop before it) of a quote that opened in an earlier sentence or
 * part, or the opening mark of one that closes later. A quote opened and closed
 * inside the part keeps both marks.
 */
function quotesTrimmed(text: string, start: number, end: number): [number, number] {
  let straight = 0;
  let open = 0;
  let close = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) straight++;
    else if (c === 0x201c) open++;
    else if (c === 0x201d) close++;
  }
  let s = start;
  let e = end;
  const last = text.charCodeAt(e - 1);
  if ((last === 34 && straight % 2 === 1) || (last === 0x201d && close > open)) {
    if (last === 34) straight--;
    else close--;
    e = trimEnd(text, s, e - 1);
  }
  const first = text.charCodeAt(s);
  if ((first === 34 && straight % 2 === 1) || (first === 0x201c && open > close)) {
    s++;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  }
  // A part that was nothing but the quote keeps its span.
  return e > s ? [s, e] : [start, end];
}

/** quotesTrimmed on part `k` of `parts`, in place. */
function trimQuotes(text: string, k: number): void {
  const [start, end] = quotesTrimmed(text, parts.starts[k], parts.ends[k]);
  parts.starts[k] = start;
  parts.ends[k] = end;
}

/** Where the last joint found by `nextJoint` ends. */
let jointEnd = 0;

/** Whether the lower-case ASCII `word` is at `at`, followed by \s, all before `to`. */
function wordThenSpace(text: string, at: number, to: number, word: string): boolean {
  const n = word.length;
  if (at + n >= to) return false;
  for (let k = 0; k < n; k++) if (text.charCodeAt(at + k) !== word.charCodeAt(k)) return false;
  return isSpaceCode(text.charCodeAt(at + n));
}

const isRelativeAt = (text: string, at: number, to: number): boolean =>
  wordThenSpace(text, at, to, "who") || wordThenSpace(text, at, to, "which");

function isConjunctionAt(text: string, at: number, to: number): boolean {
  switch (text.charCodeAt(at)) {
    case 97: return wordThenSpace(text, at, to, "and");
    case 98: return wordThenSpace(text, at, to, "but");
    case 119: return wordThenSpace(text, at, to, "while") || wordThenSpace(text, at, to, "whereas");
    case 121: return wordThenSpace(text, at, to, "yet");
    default: return false;
  }
}

/** The length of CONJUNCTION's match at `at` in text.slice(at, to) (the word and its spaces), or 0. */
function conjunctionLength(text: string, at: number, to: number): number {
  if (!isConjunctionAt(text, at, to)) return 0;
  let k = at + 3;
  while (k < to && !isSpaceCode(text.charCodeAt(k))) k++;
  while (k < to && isSpaceCode(text.charCodeAt(k))) k++;
  return k - at;
}

/**
 * JOINT.exec over text.slice(0, to) from `from`, by a hand scan: the start of the next
 * joint (its end in `jointEnd`), or -1. At each offset the alternatives in JOINT's
 * order: ";" and spaces; "," and spaces before who/which; an optional "," and spaces
 * before a conjunction. \s+ is greedy and a lookahead after fewer spaces would see
 * a space, so the first path decides; a failed run of spaces fails at each of its
 * offsets, so the scan skips past it. (JOINT stays the definition; the slice
 * definition below uses it and the tests pin this to it.)
 */
function nextJoint(text: string, from: number, to: number): number {
  let p = from;
  while (p < to) {
    const c = text.charCodeAt(p);
    // Letters (and everything else from "<" to DEL) neither start a joint nor are \s:
    // two comparisons answer most code units.
    if (c > 59 && c < 128) {
      p++;
      continue;
    }
    if (c === 59 || c === 44 || isSpaceCode(c)) {
      let k = c === 59 || c === 44 ? p + 1 : p;
      while (k < to && isSpaceCode(text.charCodeAt(k))) k++;
      if (c === 59) {
        if (k > p + 1) {
          jointEnd = k;
          return p;
        }
        p++;
        continue;
      }
      if (k > p + (c === 44 ? 1 : 0) && ((c === 44 && isRelativeAt(text, k, to)) || isConjunctionAt(text, k, to))) {
        jointEnd = k;
        return p;
      }
      p = k > p ? k : p + 1;
      continue;
    }
    p++;
  }
  return -1;
}

/** JavaScript's \s, by code. */
function isSpaceCode(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 128) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 ||
    code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** [\p{L}\p{N}] by code point, for code points that are not ASCII (BMP answers kept). */
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const wordTable = new Int8Array(65536).fill(-1);

/**
 * How many code units WORD's class [\p{L}\p{N}'’-] takes at `i` (a surrogate pair is
 * one code point, as under /u), or 0 when the character there is not in it.
 */
function wordCharWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45 ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_OR_NUMBER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  if (c >= 0xd800 && c <= 0xdfff) return 0;
  let v = wordTable[c];
  if (v < 0) v = wordTable[c] = c === 0x2019 || LETTER_OR_NUMBER.test(String.fromCharCode(c)) ? 1 : 0;
  return v;
}

/**
 * `end` moved back over trailing spaces and stops, not past `start`: what the
 * pattern /[\s.;:,!?…]+$/ strips (with other scripts' stops), by a backwards
 * scan instead of a regex tried at every offset of a fresh slice.
 */
function trimEnd(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && isTrailing(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The class [\s.;:,!?…] by code, and the same stops of other scripts (。！？，、；：, ।॥, ؟،؛۔). */
function isTrailing(c: number): boolean {
  if (c === 46 || c === 59 || c === 58 || c === 44 || c === 33 || c === 63 || c === 0x2026) return true;
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 128) return false;
  if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff0c || c === 0x3001 || c === 0xff1b || c === 0xff1a || c === 0xff61) return true;
  if (c === 0x0964 || c === 0x0965 || c === 0x061f || c === 0x060c || c === 0x061b || c === 0x06d4) return true;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
