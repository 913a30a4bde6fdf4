"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { focusElement, focusWhenShown } from "@/components/ui/focus";
import { charactersLeftOut, leftOutMessage } from "@/components/ui/paste-limit";
import { announceOnClaim } from "./claim-announcer";
import { ConflictNotice } from "./conflict-notice";
import { EvidenceFields } from "./evidence-fields";
import { TakenOffNotice } from "./taken-off-notice";
import { useVerdictCopy } from "./use-verdict-copy";
import { SafetyCopyNotice } from "@/components/ui/safety-copy-notice";
import { WordsChangedNotice } from "./words-changed-notice";
import { hasBadAddress, VERDICT_LIMITS } from "./schemas";
import styles from "./review.module.css";
import type { ArchiveSources, EvidenceValue, ScaleOption, VerdictSnapshot, VerdictToken } from "./types";
import { useVerdictSave, type VerdictDraft } from "./use-verdict-save";

const noSubscription = () => () => {};

type VerdictFormProps = {
  claimId: string;
  /** The signed-in reviewer: the browser's safety copy of their typing is kept under their name. */
  viewerId: string;
  /** The claim's words as the page shows them: every save says which words the verdict is for. */
  claimText: string;
  scale: ScaleOption[];
  token: VerdictToken;
  /** The number of the saved version `token` names (null: none yet), to tell a newer save from an older one. */
  savedNumber: number | null;
  /** The claim's article, for the note that says its passage is gone from it. */
  articleId: string;
  /** The page already says the passage is lost (it was when the page was rendered). */
  passageLost: boolean;
  initial: { verdictKey: string | null; rationale: string; evidence: EvidenceValue[] };
  /** Earlier checks of similar claims ("Checked before") with sources to reuse. */
  archiveSources?: ArchiveSources[];
};

let keySeed = 0;
const withKey = (item: EvidenceValue) => ({ ...item, key: `ev${++keySeed}` });
const today = () => new Date().toLocaleDateString("en-CA");

/** Turns a saved verdict into form state (used when the reviewer loads someone else's save). */
export function draftFrom(snapshot: Pick<VerdictSnapshot, "verdictKey" | "rationale" | "evidence"> | null): VerdictDraft {
  return { verdictKey: snapshot?.verdictKey ?? null, rationale: snapshot?.rationale ?? "", evidence: (snapshot?.evidence ?? []).map(withKey) };
}

/**
 * The reviewer's verdict form: the verdict from the newsroom's scale, the
 * rationale and the evidence. Typing autosaves shortly after it stops and when a
 * field is left; "Save draft" and "Submit for sign-off" save at once.
 */
export function VerdictForm({ claimId, viewerId, claimText, scale, token, savedNumber, articleId, passageLost, initial, archiveSources = [] }: VerdictFormProps) {
  const [draft, setDraft] = useState<VerdictDraft>(() => draftFrom(initial));
  const { run, status, errors, conflict, dirty, resolveConflict, wordsChanged, acceptNewWords, lost, takenOff, basis } = useVerdictSave(
    claimId,
    draft,
    { verdictId: token.verdictId, number: savedNumber, version: token.version },
    claimText,
    // A newer save than the form started from, with nothing typed to lose: show it.
    () => {
      const loaded = draftFrom(initial);
      setDraft(loaded);
      return loaded;
    },
  );
  // The words the reviewer read, for the notice when they change under the form.
  const [openedWith] = useState(claimText);
  const router = useRouter();
  // The paragraph above the form shows the claim's new words while the reviewer reads them.
  useEffect(() => {
    if (wordsChanged !== null) router.refresh();
  }, [wordsChanged, router]);
  // Not disabled while saving: pressing a button blurs the field first, which starts
  // an autosave; a button disabled by that would swallow the click. Saves queue anyway.
  const blocked = conflict !== undefined || wordsChanged !== null;
  // Once the claim is no longer theirs the fields stay, to read and copy, but take no edits.
  const frozen = takenOff !== null;
  const localCopy = useVerdictCopy(viewerId, claimId, draft, dirty, basis, !frozen);
  const live = useSyncExternalStore(noSubscription, () => true, () => false);
  const nearLimit = draft.rationale.length > VERDICT_LIMITS.rationale * 0.9;
  /** Characters the last paste into the rationale could not keep (the field's limit); said, never dropped unseen. */
  const [rationaleLeftOut, setRationaleLeftOut] = useState(0);
  const atSourceLimit = draft.evidence.length >= VERDICT_LIMITS.evidence;
  const setEvidence = (evidence: VerdictDraft["evidence"]) => setDraft((d) => ({ ...d, evidence }));
  const [reuseNote, setReuseNote] = useState("");
  const form = useRef<HTMLFormElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  /** Focus after the render that shows it: an evidence item's Source URL, or "Add evidence" when none is left. */
  const focusEvidence = (key: string | undefined) =>
    requestAnimationFrame(() => focusElement(key ? document.getElementById(`${key}-url`) : addButton.current));

  const submit = async () => {
    if (await run("submit")) {
      // The form goes with the refresh (the claim is with the editors now): the verdict card says so.
      announceOnClaim(claimId, "Submitted for sign-off. The editors have it now.", { onward: true });
      return;
    }
    // Refused: focus goes to the first field marked, in the order the form reads.
    if (form.current) focusWhenShown(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-refused]'));
  };

  return (
    <form
      ref={form}
      aria-label="Verdict form"
      // Set once the form runs in the browser (and has read this computer's safety copy): what a test waits for.
      data-live={live || undefined}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onBlur={() => void run("autosave")}
    >
      {takenOff ? <TakenOffNotice reason={takenOff.reason} draft={draft} scale={scale} /> : null}
      {localCopy.offer ? (
        <SafetyCopyNotice
          label="Unsaved text on this computer"
          savedAt={localCopy.offer.savedAt}
          headline={(when) => `Unsaved text from ${when} was found on this computer.`}
          detail={localCopy.savedSince ? "Your verdict was saved again after it: restoring this text replaces that later save." : "Restore it to carry on where you left off, or discard it."}
          restoreLabel="Restore it"
          discardLabel="Discard it"
          onRestore={() => {
            if (localCopy.offer) setDraft(draftFrom(localCopy.offer));
            localCopy.forget();
            // The notice goes with its buttons: focus goes to the restored words.
            focusWhenShown(() => document.getElementById("rationale"));
          }}
          onDiscard={() => {
            localCopy.forget();
            focusWhenShown(() => document.getElementById("rationale"));
          }}
        />
      ) : null}
      {lost && !passageLost ? (
        <div className="form-error" role="note">
          <p style={{ margin: 0 }}>
            <strong>Lost:</strong> this passage is no longer in the article. Mark it again in the <Link href={`/articles/${articleId}`}>article</Link>, or dismiss it.
          </p>
          <p className="small" style={{ margin: "0.25rem 0 0" }}>Your draft is saved. An editor decides what happens to this claim.</p>
        </div>
      ) : null}
      {conflict !== undefined ? (
        <ConflictNotice
          current={conflict}
          viewerId={viewerId}
          scale={scale}
          onLoadTheirs={() => {
            const loaded = draftFrom(conflict);
            resolveConflict(conflict, loaded);
            setDraft(loaded);
          }}
          onKeepMine={() => {
            resolveConflict(conflict, null);
            void run("draft");
          }}
        />
      ) : null}
      {wordsChanged !== null ? (
        <WordsChangedNotice
          now={wordsChanged}
          before={openedWith}
          onChecked={() => {
            acceptNewWords();
            void run("draft");
          }}
        />
      ) : null}
      {status.state === "error" && !frozen ? <p className="form-error" role="alert">{status.message}</p> : null}

      <fieldset className={styles.scale} aria-describedby={errors.verdictKey ? "verdict-error" : undefined}>
        <legend>Verdict</legend>
        <div className={styles.scaleOptions}>
          {scale.map((entry, index) => (
            <label key={entry.key} className={styles.scaleOption} style={{ "--swatch": entry.color } as React.CSSProperties}>
              <input
                type="radio"
                name={`verdict-${claimId}`}
                value={entry.key}
                checked={draft.verdictKey === entry.key}
                disabled={frozen}
                // Where a refused submit for want of a verdict takes focus (the fieldset names the error).
                data-refused={errors.verdictKey && index === 0 ? true : undefined}
                onChange={() => setDraft((d) => ({ ...d, verdictKey: entry.key }))}
              />
              <span className={styles.swatch} aria-hidden="true" />
              {entry.label}
            </label>
          ))}
        </div>
        {errors.verdictKey ? <p className="field-error" id="verdict-error">{errors.verdictKey}</p> : null}
      </fieldset>

      <div className="field">
        <label htmlFor="rationale">Rationale <span className="hint">(what the evidence shows, in words a reader would follow)</span></label>
        <textarea
          id="rationale"
          rows={5}
          value={draft.rationale}
          onChange={(e) => setDraft((d) => ({ ...d, rationale: e.target.value }))}
          onPaste={(e) => setRationaleLeftOut(charactersLeftOut(e, VERDICT_LIMITS.rationale))}
          maxLength={VERDICT_LIMITS.rationale}
          // Read-only rather than disabled: the words stay selectable, to copy.
          readOnly={frozen}
          aria-invalid={errors.rationale ? true : undefined}
          aria-describedby={[errors.rationale ? "rationale-error" : "", nearLimit ? "rationale-count" : "", rationaleLeftOut ? "rationale-left-out" : ""].filter(Boolean).join(" ") || undefined}
        />
        {rationaleLeftOut ? (
          <p className="field-error" id="rationale-left-out" role="alert">
            {leftOutMessage(rationaleLeftOut, VERDICT_LIMITS.rationale)}
          </p>
        ) : null}
        {/* Only near the limit: a counter the whole time is noise for a paragraph or two. */}
        {nearLimit ? (
          <p className="hint-line" id="rationale-count" aria-live="polite">
            {draft.rationale.length.toLocaleString("en")} of {VERDICT_LIMITS.rationale.toLocaleString("en")} characters
          </p>
        ) : null}
        {errors.rationale ? <p className="field-error" id="rationale-error">{errors.rationale}</p> : null}
      </div>

      {/* A group, so "Add at least one piece of evidence." is read with it. */}
      <div role="group" aria-labelledby="evidence-heading" aria-describedby={errors.evidence ? "evidence-error" : undefined}>
        <h3 id="evidence-heading">Evidence</h3>
        {draft.evidence.length === 0 ? <p className="muted small">No sources yet. Add the documents, data or interviews the verdict rests on.</p> : null}
        {draft.evidence.map((item, index) => (
          <EvidenceFields
            key={item.key}
            index={index}
            itemKey={item.key}
            value={item}
            errors={errors}
            disabled={frozen}
            onChange={(value) => setEvidence(draft.evidence.map((e) => (e.key === item.key ? { ...value, key: item.key } : e)))}
            onRemove={() => {
              setEvidence(draft.evidence.filter((e) => e.key !== item.key));
              // The Remove button goes with its item: focus goes to the item before it (or after it), else "Add evidence".
              focusEvidence((draft.evidence[index - 1] ?? draft.evidence[index + 1])?.key);
            }}
          />
        ))}
        {errors.evidence ? <p className="field-error" id="evidence-error">{errors.evidence}</p> : null}
        {atSourceLimit ? <p className="muted small">That is {VERDICT_LIMITS.evidence} sources, as many as a verdict takes. Remove one to add another.</p> : null}
        <button
          ref={addButton}
          type="button"
          disabled={atSourceLimit || frozen}
          // Where a refused submit for want of evidence takes focus.
          data-refused={errors.evidence ? true : undefined}
          aria-describedby={errors.evidence ? "evidence-error" : undefined}
          onClick={() => {
            const added = withKey({ url: "", title: "", publisher: "", quote: "", accessedOn: today(), archiveUrl: "", stance: "supports" });
            setEvidence([...draft.evidence, added]);
            // Straight into the new item's first field.
            focusEvidence(added.key);
          }}
        >
          Add evidence
        </button>
      </div>
      {archiveSources.length > 0 && !frozen ? (
        <div className={styles.reuse} role="group" aria-labelledby={`reuse-${claimId}`}>
          <h4 id={`reuse-${claimId}`}>Sources from earlier checks</h4>
          <ul>
            {archiveSources.map((check) => {
              // A source already in the form (by address) is not added twice.
              const fresh = check.evidence.filter((item) => !draft.evidence.some((e) => e.url === item.url));
              return (
                <li key={check.claimId}>
                  <span>
                    In {check.articleTitle} · {check.verdictLabel ?? "No verdict"} · {check.evidence.length} source{check.evidence.length === 1 ? "" : "s"}
                  </span>
                  <button
                    type="button"
                    className="small"
                    // aria-disabled, not disabled, once added: the button keeps focus and says "Added".
                    aria-disabled={fresh.length === 0 ? true : undefined}
                    // The name starts with the words on the button, so voice control ("click Add its sources") finds it.
                    aria-label={fresh.length === 0 ? `Added: the sources of the check in ${check.articleTitle}` : `Add its sources: the check in ${check.articleTitle}`}
                    onClick={() => {
                      if (fresh.length === 0) return;
                      setEvidence([...draft.evidence, ...fresh.map(withKey)]);
                      setReuseNote(`Added ${fresh.length} source${fresh.length === 1 ? "" : "s"} from the check in ${check.articleTitle}. Open each to make sure it still says what it said.`);
                    }}
                  >
                    {fresh.length === 0 ? "Added" : "Add its sources"}
                  </button>
                </li>
              );
            })}
          </ul>
          <p className="muted small" aria-live="polite">
            {reuseNote}
          </p>
        </div>
      ) : null}

      <div className={styles.formFoot}>
        {/* Shown always, read out never: "Unsaved changes" and "Saving…" come and go at every
            pause in typing. The line below says only what was saved (errors come as alerts). */}
        <span className={styles.saveState} data-state={status.state} role="status" aria-live="off">
          {/* Once frozen, the notice above says it all, the text's whereabouts included. */}
          {frozen ? null : saveLine(status.state, status.message, dirty, hasBadAddress(draft.evidence))}
        </span>
        <span className="sr-only" aria-live="polite">
          {status.state === "saved" && !dirty ? saveLine(status.state, status.message, dirty, hasBadAddress(draft.evidence)) : ""}
        </span>
        <span className={styles.spacer} />
        {frozen ? null : (
          <>
            <button type="button" disabled={blocked} onClick={() => void run("draft")}>Save draft</button>
            <button type="submit" className="primary" disabled={blocked}>Submit for sign-off</button>
          </>
        )}
      </div>
    </form>
  );
}

/**
 * The line beside Save draft. After a refused submit the draft is still saved, so
 * it says so rather than "All changes saved" under an error; a saved draft whose
 * addresses a submit would refuse says that too, so "Draft saved." never reads as "ready".
 */
function saveLine(state: string, message: string | undefined, dirty: boolean, badAddress: boolean): string {
  if (state === "saving") return "Saving…";
  // Beside the button pressed, not only in the alert at the form's top (off screen on a phone).
  if (dirty && state === "error") return `Not saved. ${message ?? ""}`.trim();
  if (dirty) return "Unsaved changes";
  const fix = badAddress ? " Fix the marked addresses before you submit." : "";
  if (state === "saved") return `${message ?? "Saved."}${fix}`;
  // Not dirty: what the form holds is what was last saved, whatever the submit said.
  // Why is in the alert at the form's top; repeated here it read "draft is saved … Nothing was saved".
  if (state === "error") return "Your draft is saved; it was not submitted (the message above says why).";
  return badAddress ? `All changes saved.${fix}` : "All changes saved";
}
