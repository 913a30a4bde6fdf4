/**
 * "Checked before": finds earlier checked claims that say much the same thing as
 * a new one, so a reviewer starts from the desk's own archive. Similarity is the
 * overlap of content words (Jaccard), with figures weighted double because a claim
 * about "38 percent" and one about "31 percent" are different claims.
 */
const STOPWORDS = new Set(
  "a an the and or but of in on at to for from by with as is are was were be been being it its this that these those has have had will would can could may might said says say than then there their they he she we you i our his her not no".split(" "),
);

export type ArchivedClaim = { id: string; text: string };
export type SimilarClaim<T extends ArchivedClaim> = T & { similarity: number };

/** Content words and figures of a text, normalised (case, quotes, thousands separators). */
export function claimTerms(text: string): Map<string, number> {
  const terms = new Map<string, number>();
  const words = text
    .toLowerCase()
    .normalize("NFKC")
    .replace(/(\d),(\d{3})/g, "$1$2")
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

/** The archived claims most similar to `text`, best first, at or above `threshold`. */
export function findSimilarClaims<T extends ArchivedClaim>(
  text: string,
  archive: readonly T[],
  options: { threshold?: number; limit?: number } = {},
): SimilarClaim<T>[] {
  const { threshold = 0.4, limit = 3 } = options;
  const terms = claimTerms(text);
  return archive
    .map((claim) => ({ ...claim, similarity: termSimilarity(terms, claimTerms(claim.text)) }))
    .filter((claim) => claim.similarity >= threshold)
    .sort((a, b) => b.similarity - a.similarity || a.id.localeCompare(b.id))
    .slice(0, limit);
}
