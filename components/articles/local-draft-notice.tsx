"use client";

import type { LocalArticleDraft } from "@/lib/articles/local-draft";

type LocalDraftNoticeProps = {
  draft: LocalArticleDraft;
  /** The article's version now: another save since the copy was made is said before restoring. */
  currentVersion: number;
  onRestore: () => void;
  onDiscard: () => void;
};

/**
 * Offers back the edits this browser kept when the editor was left unsaved
 * (see use-local-draft). Restoring puts them in the editor, unsaved; nothing
 * reaches the desk until Save.
 */
export function LocalDraftNotice({ draft, currentVersion, onRestore, onDiscard }: LocalDraftNoticeProps) {
  const when = new Date(draft.savedAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
  const savedSince = draft.baseVersion !== currentVersion;
  return (
    <section className="card local-draft" role="region" aria-label="Unsaved edits on this computer">
      <p>
        <strong>Unsaved edits from {when} were kept on this computer.</strong>{" "}
        {savedSince
          ? "The article has been saved since they were made: restoring them and saving would replace those later changes. Read them before you save."
          : "Restore them to carry on, or discard them."}
      </p>
      <div className="actions">
        <button type="button" className="primary small" onClick={onRestore}>
          Restore my edits
        </button>
        <button type="button" className="small" onClick={onDiscard}>
          Discard them
        </button>
      </div>
    </section>
  );
}
