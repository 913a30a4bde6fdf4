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
      const claimant = claimantForPart(sentence.claimant, sentence.claims, claim);
      proposals.push({
        ...span,
        exact: anchor.quote.exact,
        prefix: anchor.quote.prefix,
        suffix: anchor.quote.suffix,
        kind: sentence.kind,
        claimant,
        score: claim.score,
        checkworthy: claim.score >= 0.5 || sentence.checkworthy,
        // A part the source is not credited with does not say it is attributed to them.
        reasons: sentence.claims.length > 1 ? reasonsForPart(sentence.reasons, claim.text).filter((reason) => claimant !== null || !reason.startsWith("attributed to")) : sentence.reasons,
      });
    }
  }
  return proposals;
}

type Part = { start: number; end: number; text: string };

/**
 * Who a claim split from a sentence is attributed to. A part that names the
 * source has it. So does every part when the source frames the sentence: named
 * in the first part before any comma ("Police said 40 people were arrested and 12
 * officers were injured", "According to the police, …") or after the last part's
 * last comma ("…, the company said"). A source speaking only inside a later part
 * ("The council approved the budget, and Mayor Jane Ortiz said it was the largest
 * increase") is that part's alone, so the council's vote is not the mayor's claim.
 */
export function claimantForPart(claimant: string | null, parts: readonly Part[], part: Part): string | null {
  if (!claimant || parts.length < 2) return claimant;
  // The name as whole words: "Lee" is not in "fleet".
  const mention = new RegExp(`(?<![\\p{L}\\p{N}])${claimant.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "iu");
  const at = (p: Part) => p.text.search(mention);
  if (at(part) !== -1) return claimant;
  // Named in no claim (a part too weak to suggest, say): as before, the sentence's.
  if (!parts.some((p) => at(p) !== -1)) return claimant;
  const first = parts[0];
  const last = parts[parts.length - 1];
  const inFirst = at(first);
  const firstComma = first.text.indexOf(", ");
  const leads = inFirst !== -1 && (firstComma === -1 || inFirst < firstComma);
  const inLast = at(last);
  const lastComma = last.text.lastIndexOf(", ");
  const trails = inLast !== -1 && lastComma !== -1 && inLast > lastComma;
  return leads || trails ? claimant : null;
}

/** Reasons about the whole sentence, true of each claim split from it: who said it, and its length. */
const SENTENCE_REASONS = new Set(["attributed to", "very short"]);

/**
 * The finder gives its reasons per sentence; a claim split from a sentence keeps
 * those that point at words inside it ("number: 40" stays with "the council hired
 * 40 teachers", not with "unemployment fell to 5%"), and those about the whole
 * sentence. A reason without a quoted value ("question") stays too.
 */
export function reasonsForPart(reasons: readonly string[], part: string): string[] {
  const text = part.toLowerCase();
  return reasons.filter((reason) => {
    const colon = reason.indexOf(": ");
    if (colon === -1 || SENTENCE_REASONS.has(reason.slice(0, colon))) return true;
    return text.includes(reason.slice(colon + 2).toLowerCase());
  });
}
