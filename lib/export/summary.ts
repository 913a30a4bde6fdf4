/**
 * Facts about a memo that several formats print: counts, verdict tallies in the
 * scale's order, and which claims count as checked for ClaimReview.
 */
import { compareCorrections } from "./shared";
import type { ExportCorrection, MemoClaim, MemoInput } from "./types";

export type MemoSummary = {
  total: number;
  settled: number;
  /** One row per scale entry (in scale order) plus "No verdict" when any claim lacks one. */
  verdictCounts: { key: string | null; label: string; count: number }[];
};

/** A claim with an approved verdict: the only kind published as a ClaimReview. */
export function isChecked(claim: MemoClaim): boolean {
  return claim.status === "approved" && claim.verdict !== null && claim.verdict.approvedAt !== null;
}

/** Counts and verdict tallies for the memo's summary section. */
export function summarizeMemo(input: MemoInput): MemoSummary {
  const settled = input.claims.filter((c) => c.status === "approved" || c.status === "dismissed").length;
  const counts = new Map<string, number>();
  let none = 0;
  for (const claim of input.claims) {
    if (claim.verdict) counts.set(claim.verdict.key, (counts.get(claim.verdict.key) ?? 0) + 1);
    else none += 1;
  }
  const scale = [...input.scale].sort((a, b) => a.position - b.position);
  const verdictCounts: MemoSummary["verdictCounts"] = scale.map((e) => ({ key: e.key, label: e.label, count: counts.get(e.key) ?? 0 }));
  // Verdicts whose key left the scale since they were recorded still get counted.
  const known = new Set(scale.map((e) => e.key));
  const orphanKeys = [...counts.keys()].filter((k) => !known.has(k)).sort();
  for (const key of orphanKeys) {
    const label = input.claims.find((c) => c.verdict?.key === key)?.verdict?.label ?? key;
    verdictCounts.push({ key, label, count: counts.get(key) ?? 0 });
  }
  if (none > 0) verdictCounts.push({ key: null, label: "No verdict", count: none });
  return { total: input.claims.length, settled, verdictCounts };
}

/** A sorted copy of the memo's corrections (effective date, then id). */
export function correctionsByDate(corrections: readonly ExportCorrection[]): ExportCorrection[] {
  return [...corrections].sort(compareCorrections);
}

/** " (2/5)" after a verdict label, or nothing for a verdict without a rating. */
export function ratingText(ratingValue: number | null): string {
  return ratingValue === null ? "" : ` (${ratingValue}/5)`;
}
