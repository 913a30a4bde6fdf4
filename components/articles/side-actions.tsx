import type { ReactNode } from "react";
import { waitingProps } from "@/components/ui/focus";
import { shortenAtWord } from "@/lib/text/shorten";

type SideActionsProps = {
  /** Which workspace action is running ("find", "mark", …), or null: every button waits, the one pressed spins. */
  task: string | null;
  /** Suggested claims waiting for a decision, counted on Accept all suggested. */
  suggested: number;
  /** An unsaved new article has nothing to accept yet. */
  saved: boolean;
  onFind: () => void;
  onAcceptAll: () => void;
  onMark: () => void;
  /** The last action's message, when it belongs beside these buttons. */
  notice: ReactNode;
  /** For the selected claim (`text`, its words): move it to the selection, and merge it with the next claim when there is one. */
  selected: { text: string; onRespan: () => void; onMergeWithNext?: () => void } | null;
};

/** Characters of the selected claim's words in the caption over its tools: one line in the side panel. */
const CAPTION_CHARS = 48;

/** The editor's buttons beside the article: Find claims, Accept all suggested, Mark as claim, and tools for the selected claim. */
export function SideActions({ task, suggested, saved, onFind, onAcceptAll, onMark, notice, selected }: SideActionsProps) {
  const busy = task !== null;
  return (
    <div className="card side-actions">
      {/* Busy buttons are aria-disabled, not disabled: a disabled button drops keyboard focus (components/ui/focus.ts). */}
      <button type="button" className="primary" {...waitingProps(busy, task === "find")} onClick={onFind}>
        Find claims
      </button>
      <button type="button" {...waitingProps(busy || !saved || suggested === 0, task === "accept-all")} onClick={onAcceptAll}>
        Accept all suggested{suggested ? ` (${suggested})` : ""}
      </button>
      <button type="button" {...waitingProps(busy, task === "mark")} aria-keyshortcuts="Control+Alt+M Meta+Alt+M" onClick={onMark}>
        Mark as claim
      </button>
      {notice}
      {selected ? (
        // The caption names the claim these tools act on: with several claims close
        // together, a merge or a respan must not fall on another than the one meant.
        <div className="selected-tools" role="group" aria-labelledby="selected-claim-caption">
          <p id="selected-claim-caption" className="selected-caption" title={selected.text}>
            Selected: “{shortenAtWord(selected.text, CAPTION_CHARS)}”
          </p>
          <div className="actions">
            <button type="button" className="small" {...waitingProps(busy)} onClick={selected.onRespan}>
              Set span to selection
            </button>
            {selected.onMergeWithNext ? (
              <button type="button" className="small" {...waitingProps(busy)} onClick={selected.onMergeWithNext}>
                Merge with next claim
              </button>
            ) : null}
          </div>
        </div>
      ) : null}
    </div>
  );
}
