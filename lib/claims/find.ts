import { splitAtomicClaims } from "./atomic";
import { isBoilerplate, isBoilerplateLine } from "./boilerplate";
import { findClaimant } from "./claimant";
import { classifyKind, describeReasons } from "./kind";
import type { LinearModel } from "./model";
import { round, scoreWithSignals, shippedModel } from "./score";
import { splitSentences } from "./segment";
import type { AtomicClaim, SentenceResult } from "./types";

/**
 * The whole pipeline over an article's plain text: sentences with exact offsets,
 * boilerplate flagged, each sentence scored, classified and explained, and the
 * check-worthy ones split into atomic claims. Offsets are UTF-16 offsets into
 * `text`, so `text.slice(start, end) === result.text` for sentences and claims.
 * Claims are listed only for check-worthy sentences: they become proposals in the
 * app, and proposing every sentence would bury the desk.
 */
export function findClaims(text: string, model: LinearModel = shippedModel()): SentenceResult[] {
  const spans = splitSentences(text);
  const lineOf = lineBoundaries(text);
  return spans.map(({ start, end }) => {
    const sentence = text.slice(start, end);
    if (isBoilerplate(sentence) || isBoilerplateLine(lineOf(start))) {
      return {
        start, end, text: sentence, boilerplate: true, score: 0, checkworthy: false,
        kind: "other", claimant: null, reasons: ["boilerplate"], claims: [],
      };
    }
    const { score, signals } = scoreWithSignals(sentence, model);
    const claimant = findClaimant(sentence);
    const checkworthy = score >= model.threshold;
    const claims: AtomicClaim[] = [];
    if (checkworthy) {
      const parts = splitAtomicClaims(sentence);
      for (const part of parts) {
        const claimText = sentence.slice(part.start, part.end);
        const claimScore = parts.length === 1 ? score : scoreWithSignals(claimText, model).score;
        claims.push({ start: start + part.start, end: start + part.end, text: claimText, score: round(claimScore) });
      }
    }
    return {
      start, end, text: sentence, boilerplate: false, score: round(score), checkworthy,
      kind: classifyKind(signals, claimant), claimant, reasons: describeReasons(signals, claimant), claims,
    };
  });
}

/**
 * A lookup from an offset to its line (first 400 code units), so a prompt like
 * "Read more: …" or a caption's trailing "(AP Photo/…)" marks the whole line.
 * Offsets arrive in increasing order, so one forward-moving cursor keeps it linear.
 */
function lineBoundaries(text: string): (offset: number) => string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  let k = 0;
  let cachedStart = -1;
  let cachedLine = "";
  return (offset) => {
    while (k + 1 < starts.length && starts[k + 1] <= offset) k++;
    if (starts[k] !== cachedStart) {
      cachedStart = starts[k];
      const lineEnd = k + 1 < starts.length ? starts[k + 1] : text.length;
      cachedLine = text.slice(cachedStart, Math.min(lineEnd, cachedStart + 400));
    }
    return cachedLine;
  };
}
