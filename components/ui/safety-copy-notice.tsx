"use client";

import { formatDateTime } from "@/components/ui/format";
import { useDeskZone } from "@/components/ui/desk-zone";

type SafetyCopyNoticeProps = {
  /** The region's name, e.g. "Unsaved edits on this computer". */
  label: string;
  /** When the copy was made (ISO). */
  savedAt: string;
  /** The first sentence, given the time the copy was made: "Unsaved edits from … were kept on this computer." */
  headline: (when: string) => string;
  /** What restoring would mean: a plain offer, or a warning that the desk saved again since. */
  detail: string;
  restoreLabel: string;
  discardLabel: string;
  onRestore: () => void;
  onDiscard: () => void;
};

/**
 * Offers back the typing this browser kept when a page was left with it unsaved
 * (components/ui/use-local-draft): the article editor's edits, the verdict form's
 * text. Nothing replaces what the page shows until the person says so.
 */
export function SafetyCopyNotice({ label, savedAt, headline, detail, restoreLabel, discardLabel, onRestore, onDiscard }: SafetyCopyNoticeProps) {
  // On the desk's clock, with its zone, as every other time on the page.
  const when = formatDateTime(new Date(savedAt), useDeskZone());
  return (
    <section className="card local-draft" role="region" aria-label={label}>
      <p>
        <strong>{headline(when)}</strong>{" "}
        {detail}
      </p>
      <div className="actions">
        <button type="button" className="primary small" onClick={onRestore}>
          {restoreLabel}
        </button>
        <button type="button" className="small" onClick={onDiscard}>
          {discardLabel}
        </button>
      </div>
    </section>
  );
}
