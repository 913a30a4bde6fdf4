import type { ClaimKind } from "@/lib/workflow/statuses";
import type { Signals } from "./signals";

/**
 * Kind and reasons from the signals. The kind follows a fixed precedence: what a
 * sentence is *doing* (asking, predicting, opining) outranks what it contains, so
 * "Taxes will rise 5% next year" is a prediction, not a statistic — the desk checks
 * those differently. Reasons quote the evidence so an editor sees why at a glance.
 */

/** The claim kind for a sentence with these signals and (possibly) a claimant. */
export function classifyKind(s: Signals, claimant: string | null): ClaimKind {
  if (s.question) return "question";
  if (s.predictions.length > 0 && s.pastTense === 0) return "prediction";
  const factual = s.numbers.length + s.percents.length + s.money.length + s.comparatives.length + s.superlatives.length;
  if (s.opinion.length > 0 && factual === 0) return "opinion";
  if (s.hedges.length > 0 && factual === 0 && !claimant) return "opinion";
  if (s.numbers.length > 0 || s.percents.length > 0 || s.money.length > 0 || s.spelledNumbers.length > 0) return "statistic";
  if (s.comparatives.length > 0 || s.superlatives.length > 0) return "comparison";
  if (s.causal.length > 0) return "causal";
  if (claimant) return "quote";
  if (s.pastTense > 0 || s.dates.length > 0 || s.trends.length > 0) return "event";
  if (s.opinion.length > 0) return "opinion";
  return "other";
}

const first = (items: string[]) => items[0]?.trim();
const unique = (items: string[]) => [...new Set(items.map((i) => i.trim()))];

/** Human-readable reasons, strongest evidence first, at most a handful of each sort. */
export function describeReasons(s: Signals, claimant: string | null): string[] {
  const reasons: string[] = [];
  const add = (label: string, items: string[], max = 2) => {
    for (const item of unique(items).slice(0, max)) reasons.push(`${label}: ${item}`);
  };
  add("money", s.money);
  add("percentage", s.percents);
  const inOther = [...s.money, ...s.percents, ...s.dates].join(" ");
  add("number", s.numbers.filter((n) => !inOther.includes(n)), 3);
  add("date", s.dates, 1);
  add("superlative", s.superlatives, 1);
  add("comparative", s.comparatives, 1);
  add("change", s.trends, 1);
  if (claimant) reasons.push(`attributed to: ${claimant}`);
  add("causal", s.causal, 1);
  add("named entity", s.entities.map((e) => e.replace(/[.,;:'’]+$/, "")), 2);
  if (s.opinion.length > 0) reasons.push(`opinion: ${first(s.opinion)}`);
  if (s.hedges.length > 0) reasons.push(`speculation: ${first(s.hedges)}`);
  if (s.predictions.length > 0) reasons.push(`prediction: ${first(s.predictions)}`);
  if (s.hypotheticals.length > 0) reasons.push(`hypothetical: ${first(s.hypotheticals)}`);
  if (s.question) reasons.push("question");
  if (s.words <= 4) reasons.push(`very short: ${s.words} words`);
  return reasons;
}
