"use client";

import { useMemo, useState, useSyncExternalStore, useTransition } from "react";
import { assignClaimsAction, autoAssignAction, previewAutoAssignAction, unassignClaimAction } from "@/app/(desk)/claims/actions";
import { CLAIM_STATUS_LABELS, PRIORITIES, type ClaimStatus, type Priority } from "@/lib/workflow/statuses";
import { LocalZoneHint } from "@/components/ui/local-zone-hint";
import styles from "./assign.module.css";
import { AutoAssignPreview } from "./auto-assign-preview";
import { defaultDue, dueForServer, dueNotes, duePhrase, toLocalInput } from "./due-default";
import { reachAction } from "@/components/ui/reach-action";
import { focusElement, focusWhenShown, waitingProps } from "@/components/ui/focus";

type AssignPanelProps = {
  articleId: string;
  claims: { id: string; text: string; status: ClaimStatus; assigneeId: string | null; assigneeName: string | null; version?: number }[];
  /** `away`: "away until 9 Dec 2026" for someone auto-assign passes by, else null. */
  reviewers: { id: string; name: string; openCount: number; away: string | null }[];
  /** The article's publish deadline as an ISO string; the default due time sits before it. */
  deadline: string | null;
  /** Claims ticked on arrival ("Reassign" on a claim page leads here with its claim). */
  preselected?: readonly string[];
  /** The terms of the one preselected claim's current assignment: a reassignment starts from them, not from the defaults. */
  currentTerms?: { dueAt: string | null; priority: Priority; note: string } | null;
};

/** Claims listed at first, and added by each "Show more". */
const PAGE_SIZE = 40;

/** Statuses a claim can be assigned (or reassigned) from; see lib/workflow/transitions.ts. */
const ASSIGNABLE: ClaimStatus[] = ["open", "returned", "stale", "assigned", "in_review"];
const UNASSIGNABLE: ClaimStatus[] = ["assigned", "in_review", "returned"];
const noSubscription = () => () => {};
const PRIORITY_LABELS: Record<Priority, string> = { low: "Low", normal: "Normal", high: "High", urgent: "Urgent" };
/** The holder filter's own choices (a holder's value is their user id). */
const ALL = "\u0000all";
const UNASSIGNED = "\u0000unassigned";

/** Whether the holder filter's `view` (ALL, UNASSIGNED or a user id) lists this claim. */
function listedUnder(view: string, claim: { assigneeId: string | null }): boolean {
  return view === ALL || (view === UNASSIGNED ? !claim.assigneeId : claim.assigneeId === view);
}

/**
 * Assigning an article's claims: pick claims, a reviewer, a due time (default
 * before the article's deadline), a priority and a note, then "Assign"; or
 * "Auto-assign" every unassigned claim by workload, after a preview of the split
 * ("Raj 9, Rosa 9, Rita 8") that the editor confirms. Reassign by selecting an
 * assigned claim; "Unassign" releases one. The server re-checks every rule.
 */
export function AssignPanel({ articleId, claims, reviewers, deadline, preselected = [], currentTerms = null }: AssignPanelProps) {
  const assignable = useMemo(() => claims.filter((c) => ASSIGNABLE.includes(c.status)), [claims]);
  // Each ticked claim with the version it had when ticked: the page refreshes as
  // others work, and a claim someone else assigned meanwhile must meet a conflict,
  // not be reassigned over them by a tick made on what the page showed before.
  const ticked = (ids: readonly string[]) => new Map(ids.flatMap((id) => assignable.filter((c) => c.id === id).map((c) => [c.id, c.version] as const)));
  const [selected, setSelected] = useState<Map<string, number | undefined>>(() => ticked(preselected));
  const [reviewerId, setReviewerId] = useState("");
  const chosen = reviewers.find((r) => r.id === reviewerId) ?? null;
  // The default due time depends on the browser's clock and time zone, so it is
  // computed only after hydration (the server renders the field empty).
  const inBrowser = useSyncExternalStore(noSubscription, () => true, () => false);
  const [chosenDue, setDue] = useState<string | null>(null);
  const due = chosenDue ?? (inBrowser ? (currentTerms?.dueAt ? toLocalInput(new Date(currentTerms.dueAt)) : defaultDue(deadline)) : "");
  const [priority, setPriority] = useState<Priority>(currentTerms?.priority ?? "normal");
  const [note, setNote] = useState(currentTerms?.note ?? "");
  const [feedback, setFeedback] = useState<{ ok: boolean; text: string; fields?: Partial<Record<string, string>> } | null>(null);
  const [pending, startTransition] = useTransition();
  // Which button started the running action, for its spinner.
  const [running, setRunning] = useState<"assign" | "auto" | "unassign" | null>(null);
  // Auto-assign's split as previewed, waiting for "Assign these" or "Cancel".
  const [planned, setPlanned] = useState<{ total: number; split: string } | null>(null);
  const unassignedCount = assignable.filter((c) => !c.assigneeName).length;
  // Whose claims are listed: everyone's, the unassigned, or one holder's, so a
  // reviewer's whole load (someone off sick) is ticked at once and reassigned.
  const [chosenHolder, setHolder] = useState<string>(ALL);
  // By person, not by name: two people may share one.
  const holders = useMemo(() => {
    const byId = new Map<string, { id: string; name: string; count: number }>();
    for (const c of assignable) {
      if (!c.assigneeId) continue;
      const known = byId.get(c.assigneeId);
      if (known) known.count += 1;
      else byId.set(c.assigneeId, { id: c.assigneeId, name: c.assigneeName ?? "someone", count: 1 });
    }
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
  }, [assignable]);
  const holderIds = holders.map((h) => h.id);
  // Once their claims have all moved on, a holder is no longer a choice: back to everyone's.
  const holder = chosenHolder === ALL || chosenHolder === UNASSIGNED || holderIds.includes(chosenHolder) ? chosenHolder : ALL;
  const shown = useMemo(() => assignable.filter((c) => listedUnder(holder, c)), [assignable, holder]);
  // "Select all" takes the unassigned when everyone's claims are listed (the usual
  // case: assign what nobody has), else every claim the filter shows.
  const selectable = holder === ALL ? assignable.filter((c) => !c.assigneeName) : shown;
  const holderName = holders.find((h) => h.id === holder)?.name;
  const selectAllLabel = holder === ALL ? `Select all unassigned (${unassignedCount})` : `Select all ${holder === UNASSIGNED ? "unassigned" : `with ${holderName}`} (${shown.length})`;
  // A long article can have hundreds of assignable claims: a page at a time keeps
  // the article page light ("Select all unassigned" still takes every one).
  // A preselected claim further down the list is shown, not left hidden behind "Show more".
  const [limit, setLimit] = useState(() => Math.max(PAGE_SIZE, ...preselected.map((id) => assignable.findIndex((c) => c.id === id) + 1)));

  const ids = { feedback: `assign-feedback-${articleId}`, reviewer: `reviewer-${articleId}`, due: `due-${articleId}`, note: `note-${articleId}`, auto: `auto-${articleId}`, confirm: `auto-confirm-${articleId}` };
  const run = (which: "assign" | "auto" | "unassign", work: () => Promise<{ ok: boolean; error?: string; message?: string; fieldErrors?: Partial<Record<string, string>> }>) =>
    startTransition(async () => {
      setRunning(which);
      const result = await reachAction(work);
      setFeedback(result.ok ? { ok: true, text: result.message ?? "Done." } : { ok: false, text: result.error ?? "Nothing was changed.", fields: result.fieldErrors });
      if (result.ok) setSelected(new Map());
      if (result.ok && which !== "unassign") {
        // The terms belonged to the assignment just made: the next one (an
        // Auto-assign over other claims, say) starts from the defaults, not with
        // this one's note and priority copied onto claims they were not written for.
        setNote("");
        setPriority("normal");
        setDue(null);
      }
      // A refusal over a field puts focus on that field. Otherwise focus goes to the
      // message: the button pressed is greyed out (nothing left ticked) or gone (Unassign).
      const field = !result.ok && result.fieldErrors ? [["reviewerId", ids.reviewer], ["dueAt", ids.due], ["note", ids.note]].find(([key]) => result.fieldErrors?.[key]) : undefined;
      if (field) focusElement(document.getElementById(field[1]));
      else focusWhenShown(() => document.getElementById(ids.feedback));
    });
  const terms = () => ({ dueAt: dueForServer(due), priority, note });

  /**
   * Auto-assign gives out every unassigned claim at once: first the split the
   * planner would make now, written nowhere, for the editor to confirm.
   */
  const previewAuto = () =>
    startTransition(async () => {
      setRunning("auto");
      const result = await reachAction(() => previewAutoAssignAction({ articleId }));
      setPlanned(result.ok ? result.data : null);
      setFeedback(result.ok ? null : { ok: false, text: result.error });
      focusWhenShown(() => document.getElementById(result.ok ? ids.confirm : ids.feedback));
    });
  /** The write follows the desk as it is now; when that is not the split confirmed, the message says so. */
  const confirmAuto = (seen: { split: string }) => {
    setPlanned(null);
    run("auto", async () => {
      const result = await autoAssignAction({ articleId, ...terms() });
      if (!result.ok || result.data.split === seen.split) return result;
      return { ...result, message: `${result.message} The claims or workloads changed since the preview: this is the split now.` };
    });
  };
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Map(s);
      if (next.has(id)) next.delete(id);
      else next.set(id, claims.find((c) => c.id === id)?.version);
      return next;
    });
  const versions = Object.fromEntries([...selected].filter((entry): entry is [string, number] => entry[1] !== undefined));

  return (
    <section className="card" aria-labelledby={`assign-${articleId}`}>
      <h2 id={`assign-${articleId}`}>Assign claims</h2>
      {feedback ? <p id={ids.feedback} className={feedback.ok ? "form-ok" : "form-error"} role={feedback.ok ? "status" : "alert"}>{feedback.text}</p> : null}
      {assignable.length === 0 ? (
        <p className="muted">No claims to assign. Accept suggested claims first, or wait for returned ones.</p>
      ) : (
        <>
          {holders.length > 0 ? (
            <div className={styles.filter}>
              <label htmlFor={`holder-${articleId}`}>Show</label>
              <select
                id={`holder-${articleId}`}
                value={holder}
                onChange={(e) => {
                  const next = e.target.value;
                  setHolder(next);
                  // What is ticked is what is shown: a tick the new view hides would be assigned unseen.
                  setSelected((s) => new Map([...s].filter(([id]) => assignable.some((c) => c.id === id && listedUnder(next, c)))));
                }}
              >
                <option value={ALL}>All claims to assign ({assignable.length})</option>
                <option value={UNASSIGNED}>Unassigned ({unassignedCount})</option>
                {holders.map((h) => {
                  // Two people of one name: told apart by number.
                  const namesakes = holders.filter((other) => other.name === h.name);
                  return (
                    <option key={h.id} value={h.id}>
                      With {h.name}
                      {namesakes.length > 1 ? ` #${namesakes.indexOf(h) + 1}` : ""} ({h.count})
                    </option>
                  );
                })}
              </select>
            </div>
          ) : null}
          <div className={styles.toolbar}>
            <label>
              <input
                type="checkbox"
                checked={selectable.length > 0 && selectable.every((c) => selected.has(c.id))}
                onChange={(e) => {
                  const others = [...selected.keys()].filter((id) => !selectable.some((c) => c.id === id));
                  setSelected(ticked(e.target.checked ? [...others, ...selectable.map((c) => c.id)] : others));
                }}
              />
              {selectAllLabel}
            </label>
            <span className="muted">{selected.size} selected</span>
          </div>
          <ul className={styles.claims} aria-label="Claims to assign">
            {shown.slice(0, limit).map((claim) => (
              <li key={claim.id} data-selected={selected.has(claim.id)}>
                <input id={`pick-${claim.id}`} type="checkbox" checked={selected.has(claim.id)} onChange={() => toggle(claim.id)} />
                <label htmlFor={`pick-${claim.id}`}>
                  {claim.text}
                  <span className={styles.meta}>
                    <span className="badge">{CLAIM_STATUS_LABELS[claim.status]}</span>
                    {claim.assigneeName ? <span>with {claim.assigneeName}</span> : <span>unassigned</span>}
                  </span>
                </label>
                <span className={styles.rowActions}>
                  {claim.assigneeName && UNASSIGNABLE.includes(claim.status) ? (
                    <button type="button" className="small" {...waitingProps(pending)} onClick={() => run("unassign", () => unassignClaimAction({ claimId: claim.id, expectedVersion: claim.version }))}>
                      Unassign<span className="sr-only"> {claim.text}</span>
                    </button>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
          {shown.length > limit ? (
            <button type="button" className="small" style={{ marginBottom: "1rem" }} onClick={() => setLimit(limit + PAGE_SIZE)}>
              Show {Math.min(PAGE_SIZE, shown.length - limit)} more of {shown.length - limit} to assign
            </button>
          ) : null}
        </>
      )}
      <div className="form-grid">
        <div className="field">
          <label htmlFor={ids.reviewer}>Reviewer</label>
          <select
            id={ids.reviewer}
            value={reviewerId}
            onChange={(e) => setReviewerId(e.target.value)}
            aria-invalid={feedback?.fields?.reviewerId ? true : undefined}
            aria-describedby={feedback?.fields?.reviewerId ? `${ids.reviewer}-error` : undefined}
          >
            <option value="">Choose a reviewer…</option>
            {reviewers.map((r) => (
              <option key={r.id} value={r.id}>{r.name} ({r.openCount} open{r.away ? `, ${r.away}` : ""})</option>
            ))}
          </select>
          {feedback?.fields?.reviewerId ? <p className="field-error" id={`${ids.reviewer}-error`}>{feedback.fields.reviewerId}</p> : null}
          {chosen?.away ? (
            // Said in view, not only in the option's text (cut off in a closed select): fine for a claim due after they are back.
            <p className="hint-line" role="note">
              {chosen.name} is {chosen.away}: give a due time after that, or choose someone else.
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={ids.due}>Due</label>
          <input
            id={ids.due}
            type="datetime-local"
            value={due}
            onChange={(e) => setDue(e.target.value)}
            aria-describedby={feedback?.fields?.dueAt ? `${ids.due}-error due-zone-${articleId}` : `due-zone-${articleId}`}
            aria-invalid={feedback?.fields?.dueAt ? true : undefined}
          />
          <LocalZoneHint id={`due-zone-${articleId}`} />
          {dueNotes(due, deadline).map((text) => (
            <p key={text} className="hint-line" role="note">
              {text}
            </p>
          ))}
          {feedback?.fields?.dueAt ? <p className="field-error" id={`${ids.due}-error`}>{feedback.fields.dueAt}</p> : null}
        </div>
        <div className="field">
          <label htmlFor={`priority-${articleId}`}>Priority</label>
          <select id={`priority-${articleId}`} value={priority} onChange={(e) => setPriority(e.target.value as Priority)}>
            {PRIORITIES.map((p) => <option key={p} value={p}>{PRIORITY_LABELS[p]}</option>)}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={ids.note}>Note <span className="hint">(optional, shown with each claim)</span></label>
        <textarea
          id={ids.note}
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-invalid={feedback?.fields?.note ? true : undefined}
          aria-describedby={feedback?.fields?.note ? `${ids.note}-error` : undefined}
        />
        {feedback?.fields?.note ? <p className="field-error" id={`${ids.note}-error`}>{feedback.fields.note}</p> : null}
      </div>
      <div className={styles.foot}>
        <button
          type="button"
          className="primary"
          disabled={selected.size === 0 || !reviewerId}
          {...waitingProps(pending, pending && running === "assign")}
          onClick={() => run("assign", () => assignClaimsAction({ claimIds: [...selected.keys()], reviewerId, ...terms(), expectedVersions: versions }))}
        >
          Assign
        </button>
        {/* Why Assign is greyed out, so nobody has to guess. */}
        {assignable.length > 0 && (selected.size === 0 || !reviewerId) ? (
          <span className="muted small">{selected.size === 0 ? "Tick the claims to assign" : "Choose a reviewer"}</span>
        ) : null}
        <span className={styles.spacer} />
        <button id={ids.auto} type="button" disabled={unassignedCount === 0 || reviewers.length === 0} {...waitingProps(pending, pending && running === "auto")} onClick={previewAuto}>
          Auto-assign
        </button>
      </div>
      {planned ? (
        <AutoAssignPreview
          confirmId={ids.confirm}
          planned={planned}
          due={duePhrase(due)}
          busy={pending}
          onConfirm={() => confirmAuto(planned)}
          onCancel={() => {
            setPlanned(null);
            focusElement(document.getElementById(ids.auto));
          }}
        />
      ) : null}
      {reviewers.length === 0 ? <p className="muted small">No active reviewers. An admin can add people on the Admin page.</p> : null}
    </section>
  );
}
