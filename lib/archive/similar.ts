/**
 * "Checked before": finds earlier checked claims that say much the same thing as
 * a new one, so a reviewer starts from the desk's own archive. Similarity is the
 * overlap of content words (Jaccard), with figures weighted double because a claim
 * about "38 percent" and one about "31 percent" are different claims.
 */
const STOPWORDS = new Set(
  "a an the and or but of in on at to for from by with as is are was were be been being it its this that these those has have had will would can could may might said says say than then there their they he she we you i our his her not no".split(" "),
);

/** `decidedAt`: when its verdict was signed off, so that the newest of equally similar checks comes first. */
export type ArchivedClaim = { id: string; text: string; decidedAt?: Date | null };
export type SimilarClaim<T extends ArchivedClaim> = T & { similarity: number };

/**
 * A figure's thousands separators (comma, space, narrow or no-break space) taken
 * out: "3,400", "3 400" and "3400" are one figure. Only groups of three after a
 * lead of one to three digits join, so "2025, 400" and lists like "1,2,3" stay apart.
 */
export function joinDigitGroups(text: string): string {
  return text.replace(/(?<![\p{N}.,])\p{N}{1,3}(?:[,\u00a0\u2009\u202f ]\p{N}{3})+(?!\p{N})/gu, (figure) => figure.replace(/[^\p{N}]/gu, ""));
}

/** Content words and figures of a text, normalised (case, quotes, thousands separators). */
export function claimTerms(text: string): Map<string, number> {
  const terms = new Map<string, number>();
  const words = joinDigitGroups(text.toLowerCase().normalize("NFKC"))
    .match(/[\p{L}\p{N}][\p{L}\p{N}.%$€£-]*/gu) ?? [];
  for (const raw of words) {
    const word = raw.replace(/[.-]+$/, "");
    if (word.length < 2 && !/\d/.test(word)) continue;
    if (STOPWORDS.has(word)) continue;
    terms.set(word, /\d/.test(word) ? 2 : 1);
  }
  return terms;
}

/** Weighted Jaccard similarity of two term sets, 0–1. */
export function termSimilarity(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [term, weight] of a) {
    total += weight;
    if (b.has(term)) shared += weight;
  }
  for (const [term, weight] of b) if (!a.has(term)) total += weight;
  return total === 0 ? 0 : shared / total;
}

/**
 * Every archived claim at least `threshold` alike to `text`, best first. Claims
 * equally alike (to the percent shown beside them) come newest first: the desk's
 * latest word on a claim checked many times is the one to start from.
 */
export function rankSimilarClaims<T extends ArchivedClaim>(text: string, archive: readonly T[], threshold = 0.4): SimilarClaim<T>[] {
  const terms = claimTerms(text);
  const shownPercent = (claim: SimilarClaim<T>) => Math.round(claim.similarity * 100);
  const decided = (claim: T) => claim.decidedAt?.getTime() ?? -Infinity;
  return archive
    .map((claim) => ({ ...claim, similarity: termSimilarity(terms, claimTerms(claim.text)) }))
    .filter((claim) => claim.similarity >= threshold)
    .sort((a, b) => shownPercent(b) - shownPercent(a) || b.similarity - a.similarity || decided(b) - decided(a) || a.id.localeCompare(b.id));
}

/** The archived claims most similar to `text`, best first (newest first among equals), at or above `threshold`. */
export function findSimilarClaims<T extends ArchivedClaim>(
  text: string,
  archive: readonly T[],
  options: { threshold?: number; limit?: number } = {},
): SimilarClaim<T>[] {
  return rankSimilarClaims(text, archive, options.threshold).slice(0, options.limit ?? 3);
}

/**
 * The words of `text` that the most of `similar` share, in the claim's order: an
 * archive search for them (every word must match) lists those earlier checks,
 * all of them when one word is common to all. Empty when nothing is similar.
 */
export function sharedTerms(text: string, similar: readonly ArchivedClaim[]): string[] {
  const counts = new Map([...claimTerms(text).keys()].map((term) => [term, 0]));
  for (const claim of similar) {
    for (const term of claimTerms(claim.text).keys()) {
      const seen = counts.get(term);
      if (seen !== undefined) counts.set(term, seen + 1);
    }
  }
  const most = Math.max(0, ...counts.values());
  return most === 0 ? [] : [...counts].filter(([, seen]) => seen === most).map(([term]) => term);
}
