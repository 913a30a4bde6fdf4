import Link from "next/link";
import { formatDate } from "@/components/ui/format";
import type { CorrectionNeed } from "@/lib/verdicts/scale";
import { CORRECTION_TYPE_LABELS, type CorrectionStatus, type CorrectionType } from "@/lib/workflow/statuses";
import { CORRECTION_STATUS_LABELS, CORRECTION_STATUS_TONE } from "./correction-badges";
import styles from "./corrections.module.css";
import { correctionLogHref } from "./log-filter";

/** A correction the claim already has, as the prompt lists it. */
export type ExistingCorrection = { id: string; articleId: string; type: CorrectionType; status: CorrectionStatus; createdAt: Date; publishedAt: Date | null };

/** `published`: the article has run, so the correction is owed to readers, not due before publication. */
type CorrectionPromptProps = { claimId: string; need: CorrectionNeed; published: boolean; existing: readonly ExistingCorrection[]; zone: string };

/** What the verdict asks for while the claim has no correction yet. */
const ASK: Record<CorrectionNeed, { text: string; link: string; primary: boolean }> = {
  yes: { text: "The approved verdict says the article is wrong here: it needs a correction before it is published, or the text fixed.", link: "Draft correction", primary: true },
  optional: { text: "The approved verdict allows a clarification. Draft one if readers would be misled without it.", link: "Draft a clarification", primary: false },
  no: {
    text: "The approved verdict needs no correction. If the article changes for another reason, you can add an update or an editor's note.",
    link: "Add an update or note",
    primary: false,
  },
};

/** The ask for a required correction once the article has run. */
const ASK_PUBLISHED = "The approved verdict says the published article is wrong here: it needs a correction.";

/** The verdict's call, said in the past once the claim has something written for it. */
const HAS: Record<CorrectionNeed, string> = {
  yes: "The approved verdict says the article is wrong here.",
  optional: "The approved verdict allows a clarification.",
  no: "The approved verdict needs no correction.",
};

/** "Correction published 5 Dec 2026", "Clarification approved, not yet published", "Update drafted". */
function describe(correction: ExistingCorrection, zone: string): string {
  const type = CORRECTION_TYPE_LABELS[correction.type];
  if (correction.status === "published") return `${type} published ${formatDate(correction.publishedAt, zone)}`;
  return correction.status === "approved" ? `${type} approved, not yet published` : `${type} drafted`;
}

/**
 * On an approved claim: whether the verdict calls for a correction and, once the
 * claim has one, where it stands, with a link to it in the log. Drafting is the
 * primary action only while a required correction is missing; otherwise it is a
 * plain, secondary link, so nobody drafts a correction by reflex.
 */
export function CorrectionPrompt({ claimId, need, published, existing, zone }: CorrectionPromptProps) {
  const href = `/corrections/new?claim=${encodeURIComponent(claimId)}`;
  if (existing.length === 0) {
    const ask = ASK[need];
    return (
      <section className={`card ${styles.prompt}`} aria-label="Correction">
        <p className={need === "yes" ? "form-error" : "muted small"}>{need === "yes" && published ? ASK_PUBLISHED : ask.text}</p>
        <div className="actions">
          <Link className={ask.primary ? "button primary" : "button"} href={href}>
            {ask.link}
          </Link>
        </div>
      </section>
    );
  }
  return (
    <section className={`card ${styles.prompt}`} aria-label="Correction">
      <p className="muted small">{HAS[need]}</p>
      <ul>
        {existing.map((correction) => (
          <li key={correction.id}>
            {/* The link says the status in words; the badge repeats it for the eye. */}
            <span className={CORRECTION_STATUS_TONE[correction.status]} aria-hidden="true">
              {CORRECTION_STATUS_LABELS[correction.status]}
            </span>
            <Link href={correctionLogHref(correction, zone)}>{describe(correction, zone)}</Link>
          </li>
        ))}
      </ul>
      <div className="actions">
        <Link className="button" href={href}>
          Draft another
        </Link>
      </div>
    </section>
  );
}
