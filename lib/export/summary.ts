/**
 * Facts about a memo that several formats print: counts, verdict tallies in the
 * scale's order, and which claims count as checked for ClaimReview.
 */
import { verdictState } from "./decision";
import { compareCorrections } from "./shared";
import type { ExportCorrection, MemoClaim, MemoInput } from "./types";

export type MemoSummary = {
  /** Claims whose words are in the article; a lost one is counted apart (`lost`). */
  total: number;
  settled: number;
  /** Claims an edit removed from the article: listed in the memo, left out of the counts. */
  lost: number;
  /**
   * Claims reopened after sign-off and being checked again: not settled, yet their
   * approved verdict stands (and is tallied) until a new version is approved.
   */
  rechecking: number;
  /**
   * Signed-off verdicts only (`isChecked`): one row per scale entry (in scale
   * order), then keys no longer on the scale, then "Dismissed", then "No approved
   * verdict" for every other claim (awaiting sign-off, returned, a draft, none).
   */
  verdictCounts: { key: string | null; label: string; count: number }[];
};

/**
 * A claim the desk signed off: an approved verdict on the claim's words as they
 * are, the claim not dismissed. The only kind published as a ClaimReview and the only kind the summary tallies,
 * so the memo never counts as decided what an editor has not approved.
 */
export function isChecked(claim: MemoClaim): boolean {
  const v = claim.verdict;
  if (v === null || verdictState(v) !== "approved" || v.approvedAt === null) return false;
  // An approved verdict stands while a newer version is checked (the claim reopened),
  // but not for a dismissed claim, nor for words the article no longer says (stale).
  return claim.status !== "dismissed" && claim.status !== "stale" && (v.checkedText == null || v.checkedText === claim.text);
}

/**
 * Whether a claim's review may be published as a ClaimReview: signed off
 * (`isChecked`) and its words still in the article. A claim an edit removed was
 * checked, and the memo keeps it, but the published article no longer makes it.
 */
export function isPublishable(claim: MemoClaim): boolean {
  return isChecked(claim) && claim.lost !== true;
}

/** Counts and verdict tallies for the memo's summary section. */
export function summarizeMemo(input: MemoInput): MemoSummary {
  // The article's own claims: one an edit removed is no longer a fact it states.
  const inArticle = input.claims.filter((c) => c.lost !== true);
  const settled = inArticle.filter((c) => c.status === "approved" || c.status === "dismissed").length;
  const counts = new Map<string, number>();
  const checked = inArticle.filter(isChecked);
  for (const { verdict } of checked) if (verdict) counts.set(verdict.key, (counts.get(verdict.key) ?? 0) + 1);
  // A dismissed claim was decided (not a fact, a duplicate…): it is counted as such,
  // not among the claims still without a verdict.
  const dismissed = inArticle.filter((c) => c.status === "dismissed").length;
  const none = inArticle.length - checked.length - dismissed;
  const scale = [...input.scale].sort((a, b) => a.position - b.position);
  // Verdicts keep the label they were approved under: a row says so when some of its were approved under another.
  const labelled = (key: string, label: string) => {
    const others = [...new Set(checked.map((c) => c.verdict).filter((v) => v?.key === key && v.label !== label).map((v) => v!.label))];
    return others.length ? `${label} (approved as ${others.map((other) => `“${other}”`).join(", ")})` : label;
  };
  const verdictCounts: MemoSummary["verdictCounts"] = scale.map((e) => ({ key: e.key, label: labelled(e.key, e.label), count: counts.get(e.key) ?? 0 }));
  // Verdicts whose key left the scale since they were recorded still get counted.
  const known = new Set(scale.map((e) => e.key));
  const orphanKeys = [...counts.keys()].filter((k) => !known.has(k)).sort();
  for (const key of orphanKeys) {
    const label = checked.find((c) => c.verdict?.key === key)?.verdict?.label ?? key;
    verdictCounts.push({ key, label, count: counts.get(key) ?? 0 });
  }
  if (dismissed > 0) verdictCounts.push({ key: null, label: "Dismissed", count: dismissed });
  if (none > 0) verdictCounts.push({ key: null, label: "No approved verdict", count: none });
  const rechecking = checked.filter((c) => c.status !== "approved").length;
  return { total: inArticle.length, settled, lost: input.claims.length - inArticle.length, rechecking, verdictCounts };
}

/**
 * "3 of 5 claims settled.", adding how many of the rest are being checked again
 * (so the tally, which counts their approved verdicts, agrees with it) and how
 * many more left the article's text.
 */
export function settledSentence(summary: MemoSummary): string {
  const again = summary.rechecking > 0
    ? ` ${summary.rechecking} more ${summary.rechecking === 1 ? "is" : "are"} being checked again after sign-off; ${summary.rechecking === 1 ? "its approved verdict stands" : "their approved verdicts stand"} until a new one is approved.`
    : "";
  const lost = summary.lost > 0 ? ` ${summary.lost} more ${summary.lost === 1 ? "is" : "are"} no longer in the article's text.` : "";
  return `${summary.settled} of ${summary.total} claims settled.${again}${lost}`;
}

/** A sorted copy of the memo's corrections (effective date, then id). */
export function correctionsByDate(corrections: readonly ExportCorrection[]): ExportCorrection[] {
  return [...corrections].sort(compareCorrections);
}
