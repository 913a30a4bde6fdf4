import Link from "next/link";
import type { CorrectionNeed } from "@/lib/verdicts/scale";

type CorrectionPromptProps = { claimId: string; need: CorrectionNeed };

const TEXT: Record<CorrectionNeed, string> = {
  yes: "The approved verdict says the article is wrong here: it needs a correction before it is published.",
  optional: "The approved verdict allows a clarification. Draft one if readers would be misled without it.",
  no: "The approved verdict needs no correction. You can still add an update or an editor's note.",
};

/** On an approved claim: whether the verdict calls for a correction, and where to draft it. */
export function CorrectionPrompt({ claimId, need }: CorrectionPromptProps) {
  return (
    <section className="card" aria-label="Correction">
      <p className={need === "yes" ? "form-error" : "muted small"}>{TEXT[need]}</p>
      <Link className={need === "yes" ? "button primary" : "button"} href={`/corrections/new?claim=${encodeURIComponent(claimId)}`}>
        Draft correction
      </Link>
    </section>
  );
}
