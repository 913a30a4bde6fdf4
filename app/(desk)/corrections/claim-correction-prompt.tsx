import { CorrectionPrompt } from "@/components/corrections/correction-prompt";
import { getDb } from "@/db";
import { listCorrectionsForClaim } from "@/db/queries/corrections";
import type { CorrectionNeed } from "@/lib/verdicts/scale";

type ClaimCorrectionPromptProps = { claimId: string; need: CorrectionNeed; published: boolean; zone: string };

/**
 * The claim page's correction card, with the corrections the claim already has
 * read here, so the claim page needs no query of the corrections module's own.
 */
export async function ClaimCorrectionPrompt({ claimId, need, published, zone }: ClaimCorrectionPromptProps) {
  const existing = await listCorrectionsForClaim(getDb(), claimId);
  return <CorrectionPrompt claimId={claimId} need={need} published={published} existing={existing} zone={zone} />;
}
