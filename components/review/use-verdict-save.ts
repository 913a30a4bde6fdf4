"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { submitVerdictAction } from "@/app/(desk)/claims/actions";
import { refusalsOf, standingErrors, type FieldRefusals } from "@/lib/verdicts/field-errors";
import { useUnsavedWarning } from "@/components/ui/use-unsaved-warning";
import { onClaimGone } from "./claim-gone";
import { putVerdictDraft } from "./put-verdict-draft";
import type { EvidenceValue, VerdictSnapshot } from "./types";
import { isNewerSave, type VerdictBasis } from "./verdict-basis";

export type VerdictDraft = { verdictKey: string | null; rationale: string; evidence: (EvidenceValue & { key: string })[] };
export type SaveState = { state: "idle" | "saving" | "saved" | "error" | "conflict"; message?: string; at?: Date };
/**
 * Why saving stopped for good: the claim left its holder (reassigned, unassigned,
 * article spiked), or their account did; `gone` when the page's watcher heard the
 * claim is no longer open to them before any save said why.
 */
export type TakenOff = { reason: "not_assigned" | "spiked" | "deactivated" | "gone"; message: string };

const AUTOSAVE_DELAY_MS = 1200;
const UNREACHABLE = "Could not reach the desk. Your text is still here; it will be saved when the connection is back.";
const UNREACHABLE_ON_SUBMIT = "Could not reach the desk, so it was not submitted. Your text is still here: it will be saved as a draft when the connection is back; then press Submit for sign-off again.";
const SAVED_NOT_SUBMITTED = "Your draft is saved, but it was not submitted: press Submit for sign-off again.";
/** After a save could not reach the desk: try again this soon, or as soon as the browser is back online. */
const RETRY_AFTER_MS = 15_000;

/** What a save sends and compares: the draft without the form's item keys. */
export function contentOf(draft: VerdictDraft) {
  return {
    verdictKey: draft.verdictKey,
    rationale: draft.rationale,
    evidence: draft.evidence.map(({ key: _key, ...item }) => item),
  };
}

/**
 * Saving for the verdict form. Saves run one at a time in order (a blur autosave
 * and a click on "Save draft" never race each other with the same version), each
 * reads the latest typing when it starts, and an autosave is skipped when nothing
 * changed or a conflict is waiting for the reviewer's decision. A conflict never
 * replaces what the reviewer typed: it is shown beside it.
 *
 * `server` is the saved version the page was rendered with. When it is newer than
 * what the form stands on and the form holds no unsaved typing, the form takes it
 * up (`adopt`): a page restored by Back or Forward renders from an older copy
 * first, and its refresh brings the real one (see RefreshWhenRestored).
 */
export function useVerdictSave(claimId: string, draft: VerdictDraft, server: VerdictBasis, shownClaimText: string, adopt: () => VerdictDraft) {
  const draftRef = useRef(draft);
  const tokenRef = useRef({ verdictId: server.verdictId, version: server.version });
  /** The saved version the form's content stands on, for rendering (the ref above is for saves in flight). */
  const [basis, setBasis] = useState(server);
  /** A save said the claim's passage is gone from the article (the save itself went through). */
  const [lost, setLost] = useState(false);
  const [takenOff, setTakenOff] = useState<TakenOff | null>(null);
  const takenOffRef = useRef(false);
  // The claim's words the reviewer has read: sent with every save, so a verdict is
  // never saved for words an editor put in the article since (verdict-save.ts).
  const claimTextRef = useRef(shownClaimText);
  /** The claim's new words while the reviewer has not yet said they checked them; saving waits. */
  const [wordsChanged, setWordsChanged] = useState<string | null>(null);
  const [initialJson] = useState(() => JSON.stringify(contentOf(draft)));
  const savedRef = useRef(initialJson);
  // The last saved content, mirrored in state so "unsaved changes" can render from it.
  const [savedJson, setSavedJson] = useState(initialJson);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const [status, setStatus] = useState<SaveState>({ state: "idle" });
  // What the desk refused, by field, with the values refused (lib/verdicts/field-errors):
  // shown while the reviewer leaves those fields as they were, whatever saves in between.
  const [refusals, setRefusals] = useState<FieldRefusals>({});
  const errors = useMemo(() => standingErrors(refusals, draft), [refusals, draft]);
  const [conflict, setConflict] = useState<VerdictSnapshot | null | undefined>(undefined);
  const conflictRef = useRef(false);
  const [unreachable, setUnreachable] = useState(false);
  /** A Submit for sign-off could not reach the desk, and none has gone through since. */
  const notSubmittedRef = useRef(false);

  useEffect(() => {
    draftRef.current = draft;
  }, [draft]);

  // Taken up during render (React's way to follow a prop), never with typing to
  // lose, a save in flight or a question open; the refs follow in the effect below.
  const [adopted, setAdopted] = useState<{ token: typeof tokenRef.current; json: string } | null>(null);
  const idle = status.state !== "saving" && conflict === undefined && wordsChanged === null && takenOff === null;
  if (idle && JSON.stringify(contentOf(draft)) === savedJson && isNewerSave(server, basis)) {
    const json = JSON.stringify(contentOf(adopt()));
    setBasis(server);
    setSavedJson(json);
    setAdopted({ token: { verdictId: server.verdictId, version: server.version }, json });
  }
  useEffect(() => {
    if (!adopted) return;
    tokenRef.current = adopted.token;
    savedRef.current = adopted.json;
  }, [adopted]);

  const persist = useCallback(
    async (kind: "autosave" | "draft" | "submit"): Promise<boolean> => {
      // Saving again cannot help once the claim (or the account) is gone: the text stays on screen.
      if (takenOffRef.current) return false;
      const sent = draftRef.current;
      const content = contentOf(sent);
      const json = JSON.stringify(content);
      if (kind === "autosave" && (json === savedRef.current || conflictRef.current)) {
        // Nothing new to save since a Submit that never arrived: what is saved is the draft, still not submitted.
        if (json === savedRef.current && !conflictRef.current && notSubmittedRef.current) setStatus({ state: "error", message: SAVED_NOT_SUBMITTED });
        return true;
      }
      setStatus({ state: "saving" });
      const payload = { claimId, expected: tokenRef.current, claimText: claimTextRef.current, ...content };
      try {
        const result = kind === "submit" ? await submitVerdictAction(payload) : await putVerdictDraft(claimId, payload);
        if (result.ok) {
          if (kind === "submit") notSubmittedRef.current = false;
          const { verdict } = result.data;
          tokenRef.current = { verdictId: verdict.id, version: verdict.version };
          savedRef.current = json;
          setBasis({ verdictId: verdict.id, number: verdict.number, version: verdict.version });
          setLost(result.data.lost === true);
          setSavedJson(json);
          // Saved as a draft after a Submit that never arrived: still not with the editors, and said so.
          setStatus(notSubmittedRef.current ? { state: "error", message: SAVED_NOT_SUBMITTED } : { state: "saved", at: new Date(), message: result.message });
          setUnreachable(false);
          return true;
        }
        if ("wordsChanged" in result) {
          // Held like a conflict: no autosave until the reviewer has read the new words.
          conflictRef.current = true;
          setWordsChanged(result.wordsChanged);
          setStatus({ state: "conflict", message: result.error });
          return false;
        }
        if ("gone" in result) {
          takenOffRef.current = true;
          setTakenOff({ reason: result.gone, message: result.error });
          setStatus({ state: "error", message: result.error });
          return false;
        }
        if ("current" in result) {
          conflictRef.current = true;
          setConflict(result.current);
          setStatus({ state: "conflict", message: result.error });
          return false;
        }
        // A submit checks everything: its errors are the whole list. A draft checks less
        // (no address or date rules), so what it refuses joins what the last submit said.
        const refused = refusalsOf((result.fieldErrors ?? {}) as Record<string, string>, sent);
        setRefusals((before) => (kind === "submit" ? refused : { ...before, ...refused }));
        setStatus({ state: "error", message: result.error });
        return false;
      } catch {
        // A submit that never reached the desk is not retried as one when the connection comes back
        // (the reviewer may not be there to see it go): the retry saves a draft, and says it was not submitted.
        if (kind === "submit") notSubmittedRef.current = true;
        // An autosave failing after it says the same: the verdict has still not gone to the editors.
        setStatus({ state: "error", message: notSubmittedRef.current ? UNREACHABLE_ON_SUBMIT : UNREACHABLE });
        setUnreachable(true);
        return false;
      }
    },
    [claimId],
  );

  // The page's watcher heard first that the claim left this reviewer: the form
  // stops saving and says so, and the watcher leaves the telling to it. A save's
  // own answer, if one came first, is the more precise and stays.
  useEffect(
    () =>
      onClaimGone(claimId, () => {
        if (takenOffRef.current) return;
        takenOffRef.current = true;
        setTakenOff({ reason: "gone", message: "This claim is no longer open to you." });
      }),
    [claimId],
  );

  const run = useCallback(
    (kind: "autosave" | "draft" | "submit") => {
      const job = chain.current.then(() => persist(kind));
      chain.current = job.catch(() => undefined);
      return job;
    },
    [persist],
  );

  const dirty = JSON.stringify(contentOf(draft)) !== savedJson;
  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(() => void run("autosave"), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, dirty, run]);

  // A dropped connection (newsroom Wi-Fi, a laptop waking up) must not leave the
  // typing unsaved until the next keystroke: save again once the browser is back.
  useEffect(() => {
    if (!unreachable) return;
    const retry = () => {
      setUnreachable(false);
      void run("autosave");
    };
    window.addEventListener("online", retry);
    const timer = setTimeout(retry, RETRY_AFTER_MS);
    return () => {
      window.removeEventListener("online", retry);
      clearTimeout(timer);
    };
  }, [unreachable, run]);

  // Autosave covers a pause in typing; leaving before it ran (or while it cannot reach the desk) asks first.
  useUnsavedWarning(
    dirty,
    takenOff
      ? "What you typed since the claim was taken off you is only on this page. Leave without copying it?"
      : "Your verdict has changes that are not saved yet. Leave without saving them?",
  );

  /** After a conflict: adopt the saved version's token, either to overwrite on purpose or to load it. */
  const resolveConflict = useCallback((current: VerdictSnapshot | null, loaded: VerdictDraft | null) => {
    tokenRef.current = current ? { verdictId: current.id, version: current.version } : { verdictId: null, version: null };
    setBasis(current ? { verdictId: current.id, number: current.number, version: current.version } : { verdictId: null, number: null, version: null });
    if (loaded) {
      savedRef.current = JSON.stringify(contentOf(loaded));
      setSavedJson(savedRef.current);
    }
    conflictRef.current = false;
    setConflict(undefined);
    setStatus({ state: "idle" });
  }, []);

  /** The reviewer has checked their verdict against the claim's new words: saves go on, for those words. */
  const acceptNewWords = useCallback(() => {
    if (wordsChanged === null) return;
    claimTextRef.current = wordsChanged;
    conflictRef.current = false;
    setWordsChanged(null);
    setStatus({ state: "idle" });
  }, [wordsChanged]);

  return { run, status, errors, conflict, dirty, resolveConflict, wordsChanged, acceptNewWords, lost, takenOff, basis };
}
