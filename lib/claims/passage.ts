import { findClaims } from "./find";
import type { LinearModel } from "./model";
import { shippedModel } from "./score";
import type { ClaimKind } from "./types";

export type PassageReading = { score: number; checkworthy: boolean; kind: ClaimKind; claimant: string | null; reasons: string[] };

/**
 * How the claim finder reads one passage an editor marked or moved a claim to:
 * its best-scoring sentence's score, kind and claimant, and every reason any of
 * its sentences gives ("number: 42", "attributed to the ONS"), so a hand-marked
 * claim says why it is checkable as a suggested one does, and a moved claim stops
 * giving the reasons of words it no longer holds.
 */
export function readPassage(text: string, model: LinearModel = shippedModel()): PassageReading {
  const sentences = findClaims(text, model).filter((sentence) => !sentence.boilerplate);
  if (sentences.length === 0) return { score: 0, checkworthy: false, kind: "other", claimant: null, reasons: [] };
  const best = sentences.reduce((top, sentence) => (sentence.score > top.score ? sentence : top));
  const reasons = [...new Set(sentences.flatMap((sentence) => sentence.reasons))];
  return { score: best.score, checkworthy: best.checkworthy, kind: best.kind, claimant: best.claimant ?? sentences.find((s) => s.claimant)?.claimant ?? null, reasons };
}

/**
 * Who makes the claim at [start, end) of an article's text: the claimant of the
 * sentence the passage sits in, read in its paragraph, so a passage marked
 * without its "…, the census office said" still has its source. Null if none.
 */
export function claimantAround(text: string, start: number, end: number, model: LinearModel = shippedModel()): string | null {
  const from = text.lastIndexOf("\n", Math.max(0, start - 1)) + 1;
  const next = text.indexOf("\n", end);
  const to = next === -1 ? text.length : next;
  for (const sentence of findClaims(text.slice(from, to), model)) {
    if (sentence.start + from < end && sentence.end + from > start && sentence.claimant) return sentence.claimant;
  }
  return null;
}
