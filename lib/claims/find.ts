import * as atomic from "./atomic";
import * as boilerplate from "./boilerplate";
import * as claimantModule from "./claimant";
import * as kindModule from "./kind";
import type { LinearModel } from "./model";
import * as score from "./score";
import * as segment from "./segment";
import * as signalsModule from "./signals";
import type { AtomicClaim, ClaimKind, SentenceResult } from "./types";

// Local copies: under tsx/esbuild every use of an imported binding is a getter call.
const { findAtomicClaims, leadLength, parts } = atomic;
const { isBoilerplate, isBoilerplateLine } = boilerplate;
const { findClaimantAtVerbs } = claimantModule;
const { kindOfFound, reasonsOfFound } = kindModule;
const { lastScore, round, scoreFoundIn, scoreText, shippedModel } = score;
const { findSentences, sentences } = segment;
const { candidates, G_CLAIMANT_VERB, lastMayHaveAccording, lastMayHaveJoint } = signalsModule;

/**
 * The whole pipeline over an article's plain text: sentences with exact offsets,
 * boilerplate flagged, each sentence scored, classified and explained, and the
 * check-worthy ones split into atomic claims. Offsets are UTF-16 offsets into
 * `text`, so `text.slice(start, end) === result.text` for sentences and claims.
 * Claims are listed only for check-worthy sentences: they become proposals in the
 * app, and proposing every sentence would bury the desk.
 */
export function findClaims(text: string, model: LinearModel = shippedModel()): SentenceResult[] {
  const count = findSentences(text);
  // Copied: the scratch is reused by the next findSentences (a claim part never calls it).
  const starts = sentences.starts.slice(0, count);
  const ends = sentences.ends.slice(0, count);
  const lines = lineFlags.reset(text);
  const threshold = model.threshold;
  const out: SentenceResult[] = new Array(count);
  for (let k = 0; k < count; k++) {
    const start = starts[k];
    const end = ends[k];
    const sentence = text.slice(start, end);
    if (lines.at(start) || isBoilerplate(sentence)) {
      out[k] = new SentenceRecord(start, end, sentence, true, 0, false, "other", null, BOILERPLATE_REASONS.slice(), NO_CLAIMS);
      continue;
    }
    // A dateline or list marker is no part of the claim: "LONDON, Dec 4 (Reuters) -"
    // would otherwise add a number, a date and a name to every wire story's first sentence.
    const lead = leadLength(sentence);
    const body = lead === 0 ? sentence : sentence.slice(lead);
    const found = scoreFoundIn(text, start + lead, end, body, model);
    const value = lastScore();
    // The claimant from the verbs the body's word pass noted: read before a claim part's pass replaces them.
    const claimant = findClaimantAtVerbs(body, candidates.at, candidates.bits, candidates.count, G_CLAIMANT_VERB, lastMayHaveAccording(body));
    const checkworthy = value >= threshold;
    let claims: readonly AtomicClaim[];
    if (!checkworthy) claims = NO_CLAIMS;
    else {
      // The sentence's word pass tells whether a joint word is there (a claim part's pass comes later).
      const n = findAtomicClaims(sentence, lastMayHaveJoint(body));
      // Collected in a scratch array and copied out at their count (no array literal: see below).
      const made = claimScratch;
      let kept = 0;
      if (n > 1) {
        // A part is suggested on its own score: one below the operating point would be a
        // card the model itself judges not worth checking, however worthy the sentence.
        for (let p = 0; p < n; p++) {
          const partScore = scoreText(sentence.slice(parts.starts[p], parts.ends[p]), model);
          if (partScore >= threshold) made[kept++] = claimAt(sentence, start, p, partScore);
        }
      }
      // No part (or only one) stands alone: the sentence's core is the one claim.
      if (kept === 0) {
        findAtomicClaims(sentence, false);
        made[kept++] = claimAt(sentence, start, 0, value);
      }
      claims = made.slice(0, kept);
      made.fill(NO_CLAIM, 0, kept);
    }
    out[k] = new SentenceRecord(start, end, sentence, false, round(value), checkworthy, kindOfFound(body, found, claimant), claimant, reasonsOfFound(body, found, claimant), claims);
  }
  lines.reset(""); // keep no reference to the text
  return out;
}

/** Claim part `p` of the sentence starting at `start` (parts in atomic.ts's scratch), scored `claimScore`. */
function claimAt(sentence: string, start: number, p: number, claimScore: number): AtomicClaim {
  const partStart = parts.starts[p];
  const partEnd = parts.ends[p];
  return new ClaimRecord(start + partStart, start + partEnd, sentence.slice(partStart, partEnd), round(claimScore));
}

/*
 * The results are made by constructors, and their arrays by slice(), not by object
 * and array literals. Every literal is an allocation site, and V8 "pretenures" a
 * site whose objects all outlive a scavenge: it allocates them straight into the old
 * generation. For results that live as long as one request that cost more than it
 * saved (slower allocation, a write barrier for every young string stored in them,
 * and dead results filling the old generation until a full collection): without
 * the literal sites `npm run bench:claims` measured the pipeline about a fifth
 * faster. The fields are the interface's, in its order (the JSON keys follow it).
 */
class SentenceRecord implements SentenceResult {
  constructor(
    public start: number, public end: number, public text: string, public boilerplate: boolean, public score: number,
    public checkworthy: boolean, public kind: ClaimKind, public claimant: string | null, public reasons: string[], public claims: readonly AtomicClaim[],
  ) {}
}

class ClaimRecord implements AtomicClaim {
  constructor(public start: number, public end: number, public text: string, public score: number) {}
}

const BOILERPLATE_REASONS = ["boilerplate"];
/** The claims of every sentence that has none: one shared, frozen empty list (an array per sentence was 10% of the results' memory). */
const NO_CLAIMS = Object.freeze([]) as readonly AtomicClaim[];
const NO_CLAIM = new ClaimRecord(0, 0, "", 0);
const claimScratch: AtomicClaim[] = new Array<AtomicClaim>(64).fill(NO_CLAIM);

/**
 * A lookup from an offset to whether its line (first 400 code units) is
 * boilerplate, so a prompt like "Read more: …" or a caption's trailing
 * "(AP Photo/…)" marks the whole line. Offsets arrive in increasing order, so one
 * forward-moving cursor keeps it linear, and each line is tested once, not once
 * per sentence on it. One shared instance reset per text rather than a closure per
 * text: a fresh closure each call made findClaims' optimised code (built for the
 * first text's closure) be thrown away on the second text.
 */
class LineFlags {
  private text = "";
  // A line starts after "\n", "\r\n" or a lone "\r"; indexOf finds breaks natively.
  // The next "\n" and "\r" are remembered until passed: searching again for a
  // character the text lacks would rescan to the end on every line (quadratic).
  private n = -1;
  private r = -1;
  private lineStart = 0;
  private nextStart = 0;
  /** The answer for the current line: -1 not asked yet, 0 no, 1 yes. */
  private answer = -1;

  reset(text: string): this {
    this.text = text;
    this.n = text.indexOf("\n");
    this.r = text.indexOf("\r");
    this.lineStart = 0;
    this.nextStart = this.lineAfter(0);
    this.answer = -1;
    return this;
  }

  /** Whether the line holding `offset` (at or after the last offset asked about) is boilerplate. */
  at(offset: number): boolean {
    while (offset >= this.nextStart) {
      this.lineStart = this.nextStart;
      this.nextStart = this.lineAfter(this.lineStart);
      this.answer = -1;
    }
    if (this.answer < 0) {
      // The line text keeps its break, as the tests on it always saw it.
      const text = this.text;
      this.answer = isBoilerplateLine(text.slice(this.lineStart, Math.min(this.nextStart, this.lineStart + 400))) ? 1 : 0;
    }
    return this.answer === 1;
  }

  private lineAfter(from: number): number {
    const text = this.text;
    if (this.n >= 0 && this.n < from) this.n = text.indexOf("\n", from);
    if (this.r >= 0 && this.r < from) this.r = text.indexOf("\r", from);
    const n = this.n;
    const r = this.r;
    if (r >= 0 && (n < 0 || r < n)) return r + 1 === n ? n + 1 : r + 1;
    // No further line: past every offset. A small integer rather than Infinity, which
    // changed the field's representation and threw away `at`'s optimised code.
    return n < 0 ? text.length + 1 : n + 1;
  }
}

/** The one LineFlags findClaims reuses. */
const lineFlags = new LineFlags();
