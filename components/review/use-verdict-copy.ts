"use client";

import { useEffect, useRef } from "react";
import { useLocalDraft } from "@/components/ui/use-local-draft";
import { copyDiffers, savedSinceCopy, verdictCopyFormat, verdictCopyKey } from "@/lib/verdicts/local-copy";
import type { VerdictToken } from "./types";
import { contentOf, type VerdictDraft } from "./use-verdict-save";

/**
 * The verdict form's safety copy (lib/verdicts/local-copy), so typing the desk has
 * not saved yet — offline, or in the pause before an autosave — outlives a closed
 * or crashed tab. Kept per person and claim while the form holds unsaved typing,
 * emptied once the desk has saved it. `offer` is the copy found when the claim
 * opened, while the form is `editable` and the copy would change what it shows.
 */
export function useVerdictCopy(userId: string, claimId: string, draft: VerdictDraft, dirty: boolean, basis: VerdictToken, editable: boolean) {
  const { recovered, forget, clear } = useLocalDraft(verdictCopyKey(userId, claimId), verdictCopyFormat, dirty, draft, () => ({
    basis: { verdictId: basis.verdictId, version: basis.version },
    ...contentOf(draft),
  }));

  // Unsaved typing turned saved (or replaced by a version the reviewer loaded):
  // the desk holds what the form shows, so this computer need not. A copy still
  // on offer stays on offer; only the stored one goes.
  const wasDirty = useRef(dirty);
  useEffect(() => {
    if (wasDirty.current && !dirty) clear();
    wasDirty.current = dirty;
  }, [dirty, clear]);

  const offer = editable && recovered && copyDiffers(recovered, contentOf(draft)) ? recovered : null;
  return { offer, savedSince: offer !== null && savedSinceCopy(offer, basis), forget };
}
