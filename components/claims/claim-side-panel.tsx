"use client";

import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import { canApply, canDismiss } from "@/lib/workflow/transitions";
import { ClaimCard } from "./claim-card";
import { claimAfter, curationKeyAction, stepClaim } from "./curation-keys";
import type { Dismissal } from "./dismissal";
import type { WorkspaceClaim } from "./types";

type Filter = "all" | "suggested" | "accepted" | "dismissed" | "attention";
const FILTERS: { value: Filter; label: string }[] = [
  { value: "all", label: "All but dismissed" },
  { value: "suggested", label: "Suggestions" },
  { value: "accepted", label: "Accepted" },
  { value: "dismissed", label: "Dismissed" },
  { value: "attention", label: "Stale or not found" },
];

function matches(claim: WorkspaceClaim, filter: Filter): boolean {
  switch (filter) {
    case "suggested":
      return claim.status === "proposed";
    case "accepted":
      return claim.status !== "proposed" && claim.status !== "dismissed";
    case "dismissed":
      return claim.status === "dismissed";
    case "attention":
      return claim.status === "stale" || claim.anchorState === "orphaned";
    default:
      return claim.status !== "dismissed";
  }
}

const PAGE_SIZE = 40;

/** Why D does nothing on a claim being checked: the way to dismiss it is through its assignment. */
const CANNOT_DISMISS: Partial<Record<WorkspaceClaim["status"], string>> = {
  assigned: "An assigned claim cannot be dismissed: unassign it first (Assign claims), then dismiss it.",
  in_review: "A claim in review cannot be dismissed: unassign it first (Assign claims), then dismiss it.",
  returned: "A returned claim cannot be dismissed: unassign it first (Assign claims), then dismiss it.",
  submitted: "A claim waiting for sign-off cannot be dismissed: approve it or return it first.",
  approved: "An approved claim is settled; reopen it from its page to change it.",
};

type ClaimSidePanelProps = {
  claims: WorkspaceClaim[];
  selectedId: string | null;
  canCurate: boolean;
  busy: boolean;
  onSelect: (id: string) => void;
  onAccept: (claim: WorkspaceClaim) => void;
  onDismiss: (claim: WorkspaceClaim, dismissal: Dismissal) => void;
  onRestore: (claim: WorkspaceClaim) => void;
  /** Says why a key did nothing (D on a claim that cannot be dismissed). */
  onExplain: (message: string) => void;
};

/** The claims beside the text: filter by status, sort by position or score; orphans listed apart. */
export function ClaimSidePanel(props: ClaimSidePanelProps) {
  const [filter, setFilter] = useState<Filter>("all");
  const [sort, setSort] = useState<"position" | "score">("position");
  // Long articles carry hundreds of claims; the list renders a page at a time
  // (always reaching the selected claim) so opening the article stays quick.
  const [limit, setLimit] = useState(PAGE_SIZE);
  const { inText, orphaned } = useMemo(() => {
    const shown = props.claims.filter((c) => matches(c, filter));
    const sorted = sort === "score" ? [...shown].sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || a.start - b.start) : shown;
    return { inText: sorted.filter((c) => c.anchorState !== "orphaned"), orphaned: sorted.filter((c) => c.anchorState === "orphaned") };
  }, [props.claims, filter, sort]);

  const selectedIndex = inText.findIndex((c) => c.id === props.selectedId);
  const visibleCount = Math.max(limit, selectedIndex + 1);
  const [dismissingId, setDismissingId] = useState<string | null>(null);
  const panel = useRef<HTMLElement>(null);
  // The keys move through the claims in the order they are listed.
  const order = [...inText, ...orphaned];

  /** Selects a claim and puts the keyboard on its card (after the render that shows it). */
  const moveTo = (id: string) => {
    props.onSelect(id);
    requestAnimationFrame(() => panel.current?.querySelector<HTMLElement>(`[data-claim-card-id="${CSS.escape(id)}"]`)?.focus());
  };
  /** Once the current claim is decided, the next one is up, so a run of suggestions goes A, A, D… */
  const decided = (claim: WorkspaceClaim, currentId = props.selectedId) => {
    if (claim.id !== currentId) return;
    const next = claimAfter(order.map((c) => c.id), claim.id);
    if (next) moveTo(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const inField = (event.target as HTMLElement).closest("input, select, textarea, [contenteditable='true']") !== null;
    const action = curationKeyAction(event, inField);
    if (!action) return;
    // The keys act on the claim whose card has the keyboard (reached with Tab, not
    // yet selected), else on the selected one: A on a focused card must not do nothing.
    const focusedId = (event.target as HTMLElement).closest<HTMLElement>("[data-claim-id]")?.dataset.claimId ?? null;
    const currentId = focusedId ?? props.selectedId;
    if (action === "next" || action === "previous") {
      // The first arrow on a card reached with Tab selects that card.
      const id = focusedId && focusedId !== props.selectedId ? focusedId : stepClaim(order.map((c) => c.id), currentId, action === "next" ? 1 : -1);
      if (!id) return;
      event.preventDefault();
      moveTo(id);
      return;
    }
    const selected = order.find((c) => c.id === currentId);
    if (!selected || !props.canCurate || props.busy) return;
    if (selected.id !== props.selectedId && (action === "accept" || action === "dismiss")) props.onSelect(selected.id);
    if (action === "accept" && canApply(selected.status, "accept")) {
      event.preventDefault();
      props.onAccept(selected);
      decided(selected, selected.id);
    } else if (action === "dismiss" && canDismiss(selected)) {
      event.preventDefault();
      setDismissingId(selected.id);
    } else if (action === "dismiss" && selected.status !== "dismissed") {
      // A key that does nothing looks broken: say why this claim cannot be dismissed.
      event.preventDefault();
      props.onExplain(CANNOT_DISMISS[selected.status] ?? "This claim cannot be dismissed in its current state.");
    }
  };

  const card = (claim: WorkspaceClaim) => (
    <ClaimCard
      key={claim.id}
      claim={claim}
      selected={claim.id === props.selectedId}
      canCurate={props.canCurate}
      busy={props.busy}
      dismissing={dismissingId === claim.id}
      onDismissingChange={(open) => setDismissingId(open ? claim.id : null)}
      onSelect={() => props.onSelect(claim.id)}
      onAccept={() => {
        props.onAccept(claim);
        decided(claim);
      }}
      onDismiss={(dismissal) => {
        props.onDismiss(claim, dismissal);
        decided(claim);
      }}
      onRestore={() => props.onRestore(claim)}
    />
  );

  return (
    <section ref={panel} className="claim-panel" aria-label="Claims" onKeyDown={onKeyDown}>
      <div className="claim-panel-controls">
        <div>
          <label htmlFor="claim-filter">Show</label>
          <select id="claim-filter" value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
            {FILTERS.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="claim-sort">Sort by</label>
          <select id="claim-sort" value={sort} onChange={(e) => setSort(e.target.value as "position" | "score")}>
            <option value="position">Position in text</option>
            <option value="score">Check-worthiness</option>
          </select>
        </div>
      </div>
      {inText.length + orphaned.length > 0 ? (
        <p className="claim-panel-keys muted small" id="claim-keys">
          Keys: <kbd>↑</kbd> <kbd>↓</kbd> move{props.canCurate ? <>, <kbd>A</kbd> accept, <kbd>D</kbd> dismiss</> : null}
        </p>
      ) : null}
      {inText.length === 0 && orphaned.length === 0 ? (
        <p className="muted small claim-panel-empty">
          {props.claims.length === 0
            ? props.canCurate
              ? "No claims yet. Press Find claims to get suggestions, or select a passage and press Mark as claim."
              : "No claims assigned to you in this article."
            : "No claims match this filter."}
        </p>
      ) : null}
      <ol className="claim-list">{inText.slice(0, visibleCount).map(card)}</ol>
      {visibleCount < inText.length ? (
        <button
          type="button"
          className="small show-more"
          onClick={() => {
            const first = inText[visibleCount];
            setLimit(visibleCount + PAGE_SIZE);
            // On to the first claim shown (the button goes once all are), not to the page's body.
            if (first) requestAnimationFrame(() => panel.current?.querySelector<HTMLElement>(`[data-claim-card-id="${CSS.escape(first.id)}"]`)?.focus());
          }}
        >
          Show {Math.min(PAGE_SIZE, inText.length - visibleCount)} more of {inText.length - visibleCount}
        </button>
      ) : null}
      {orphaned.length > 0 ? (
        <>
          <h3 className="claim-panel-subhead">Not found in the text</h3>
          <p className="muted small">These claims lost their passage in an edit. Restore the passage, adjust the claim, or dismiss it.</p>
          <ol className="claim-list">{orphaned.map(card)}</ol>
        </>
      ) : null}
    </section>
  );
}
