import { createAnchor } from "@/lib/anchoring";
import { findClaims, type LinearModel } from "@/lib/claims";
import type { ClaimKind } from "@/lib/workflow/statuses";

export type ClaimProposal = {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  kind: ClaimKind;
  claimant: string | null;
  score: number;
  checkworthy: boolean;
  reasons: string[];
};

export type ExistingClaim = { start: number; end: number; exact: string; status: string };

/** Normalised form for "is this the same claim": case, spacing and quotes ignored. */
function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[\s"'“”‘’«»]+/g, " ").trim();
  return norm(a) === norm(b);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Runs the claim finder over an article's plain text and returns the atomic
 * claims worth proposing. A proposal is dropped when the desk has already decided
 * on that passage: it overlaps a claim that is not a mere suggestion (accepted,
 * assigned, dismissed…), or repeats a dismissed claim's text anywhere. So running
 * "Find claims" again never duplicates accepted claims and never resurrects
 * dismissed ones; old suggestions are for the caller to replace. `model` is the
 * desk's adapted model when one is in use (the shipped one otherwise).
 */
export function proposeClaims(text: string, existing: readonly ExistingClaim[], model?: LinearModel): ClaimProposal[] {
  const decided = existing.filter((claim) => claim.status !== "proposed");
  const dismissed = decided.filter((claim) => claim.status === "dismissed");
  const proposals: ClaimProposal[] = [];
  for (const sentence of findClaims(text, model)) {
    if (sentence.boilerplate || !sentence.checkworthy) continue;
    for (const claim of sentence.claims) {
      const span = { start: claim.start, end: claim.end };
      if (decided.some((d) => overlaps(d, span))) continue;
      if (dismissed.some((d) => sameText(d.exact, claim.text))) continue;
      const anchor = createAnchor(text, claim.start, claim.end);
      proposals.push({
        ...span,
        exact: anchor.quote.exact,
        prefix: anchor.quote.prefix,
        suffix: anchor.quote.suffix,
        kind: sentence.kind,
        claimant: sentence.claimant,
        score: claim.score,
        checkworthy: claim.score >= 0.5 || sentence.checkworthy,
        reasons: sentence.reasons,
      });
    }
  }
  return proposals;
}
