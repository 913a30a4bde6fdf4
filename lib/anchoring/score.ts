import search from "approx-string-match";
import { CONTEXT_LENGTH } from "./create";

/**
 * Extra characters searched beyond the stored context, so a typo fixed right
 * next to the claim does not throw the comparison off by one.
 */
const CONTEXT_SLACK = 4;

// Weights in the spirit of hypothesis/client: the quote matters most, context
// tells repeats apart, nearness only breaks ties.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;

/**
 * Similarity in [0, 1] between a stored context string and the text found
 * next to a candidate: 1 minus the edit distance of its best approximate
 * occurrence, over its length. An empty stored context (claim at the very
 * start or end) is a perfect match only where the text also ends there.
 */
export function contextSimilarity(stored: string, found: string): number {
  if (stored.length === 0) return found.length === 0 ? 1 : 0.5;
  if (found.length === 0) return 0;
  const matches = search(found, stored, stored.length);
  if (matches.length === 0) return 0;
  const errors = Math.min(...matches.map((m) => m.errors));
  return Math.max(0, 1 - errors / stored.length);
}

export type Candidate = { start: number; end: number; errors: number };

export type ScoreInput = {
  text: string;
  candidate: Candidate;
  exact: string;
  prefix: string;
  suffix: string;
  /** Where the claim is expected to start in the new text. */
  hint: number;
};

/**
 * Scores a candidate match in [0, 1]. The quote's weight shrinks for short
 * quotes: three characters like "169" say little on their own, so the
 * surrounding words have to agree before such a match is trusted.
 */
export function scoreCandidate({ text, candidate, exact, prefix, suffix, hint }: ScoreInput): number {
  const { start, end, errors } = candidate;
  const quoteWeight = QUOTE_WEIGHT * Math.min(1, exact.length / CONTEXT_LENGTH);
  const quoteScore = Math.max(0, 1 - errors / exact.length);
  const before = text.slice(Math.max(0, start - prefix.length - CONTEXT_SLACK), start);
  const after = text.slice(end, end + suffix.length + CONTEXT_SLACK);
  // An empty stored prefix means the claim opened the text; compare against
  // what is there now rather than the slack window.
  const prefixScore = contextSimilarity(prefix, prefix.length === 0 ? text.slice(0, start) : before);
  const suffixScore = contextSimilarity(suffix, suffix.length === 0 ? text.slice(end) : after);
  const distance = Math.abs(start - hint) / Math.max(1, text.length);
  const positionScore = Math.max(0, 1 - distance);
  const total =
    quoteWeight * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore;
  return total / (quoteWeight + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT);
}
