/**
 * The newsroom's verdict scale. The default comes from PRODUCT.md; admins can edit
 * labels, order and colours, so the live scale is a database table seeded from this.
 */

export const CORRECTION_NEEDS = ["no", "optional", "yes"] as const;
export type CorrectionNeed = (typeof CORRECTION_NEEDS)[number];

export type VerdictScaleEntry = {
  key: string;
  label: string;
  /** ClaimReview ratingValue, 1 (worst) to 5 (best); null when there is none. */
  ratingValue: number | null;
  needsCorrection: CorrectionNeed;
  /** The correction type suggested when one is optional or needed. */
  suggestedCorrectionType: "correction" | "clarification" | null;
  color: string;
  position: number;
};

export const DEFAULT_VERDICT_SCALE: readonly VerdictScaleEntry[] = [
  { key: "accurate", label: "Accurate", ratingValue: 5, needsCorrection: "no", suggestedCorrectionType: null, color: "#1a7f37", position: 1 },
  { key: "mostly_accurate", label: "Mostly accurate", ratingValue: 4, needsCorrection: "optional", suggestedCorrectionType: "clarification", color: "#4d9a2a", position: 2 },
  { key: "mixed", label: "Needs context", ratingValue: 3, needsCorrection: "optional", suggestedCorrectionType: "clarification", color: "#b08800", position: 3 },
  { key: "misleading", label: "Misleading", ratingValue: 2, needsCorrection: "yes", suggestedCorrectionType: "correction", color: "#c4510b", position: 4 },
  { key: "inaccurate", label: "Inaccurate", ratingValue: 1, needsCorrection: "yes", suggestedCorrectionType: "correction", color: "#b42318", position: 5 },
  { key: "unverifiable", label: "Could not be verified", ratingValue: null, needsCorrection: "no", suggestedCorrectionType: null, color: "#6e7781", position: 6 },
];

/** Looks a verdict up by key in a scale (the default when none is given). */
export function findVerdict(key: string, scale: readonly VerdictScaleEntry[] = DEFAULT_VERDICT_SCALE) {
  return scale.find((entry) => entry.key === key) ?? null;
}

/**
 * The labels that name two verdicts at once (ignoring case and spacing), each with
 * the position of its second use: a reviewer choosing between two "Inaccurate"
 * buttons with opposite ratings cannot tell which is which.
 */
export function repeatedLabels(labels: readonly string[]): { index: number; label: string }[] {
  const seen = new Set<string>();
  const repeats: { index: number; label: string }[] = [];
  labels.forEach((label, index) => {
    const name = label.trim().replace(/\s+/g, " ").toLowerCase();
    if (seen.has(name)) repeats.push({ index, label: label.trim() });
    seen.add(name);
  });
  return repeats;
}
