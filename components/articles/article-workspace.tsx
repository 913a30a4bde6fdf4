"use client";

import { Node as PMNode } from "@tiptap/pm/model";
import { EditorContent, type JSONContent } from "@tiptap/react";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import {
  acceptAllSuggestedAction,
  createArticleAction,
  decideClaimAction,
  findClaimsAction,
  markClaimAction,
  respanClaimAction,
  saveArticleAction,
  undoAcceptAllAction,
} from "@/app/(desk)/articles/actions";
import { ClaimSidePanel } from "@/components/claims/claim-side-panel";
import { claimTone } from "@/components/claims/claim-tone";
import type { Dismissal } from "@/components/claims/dismissal";
import type { WorkspaceClaim } from "@/components/claims/types";
import { setClaimHighlights } from "@/components/editor/claim-highlights";
import { focusWhenShown, keepFocusWhenRemoved, waitingProps } from "@/components/ui/focus";
import { useUnsavedWarning } from "@/components/ui/use-unsaved-warning";
import { EditorToolbar } from "@/components/editor/editor-toolbar";
import { replaceChangedBlocks } from "@/components/editor/replace-changed-blocks";
import { buildBlockIndex, offsetToPos, posToOffset } from "@/components/editor/text-positions";
import type { ActionResult } from "@/lib/auth/guards";
import { refusedForAccess } from "@/lib/auth/refusals";
import type { FieldErrors } from "@/lib/auth/schemas";
import { shorten } from "@/lib/text/shorten";
import { articleDraftFormat } from "@/lib/articles/local-draft";
import { DISMISS_REASON_LABELS } from "@/lib/workflow/statuses";
import { ArticleFields, isoToLocalInput, localInputToIso, type ArticleFieldValues } from "./article-fields";
import { ImportControls, type ImportedContent } from "./import-controls";
import { bringInTheirs } from "./bring-in-theirs";
import { SafetyCopyNotice } from "@/components/ui/safety-copy-notice";
import { useLocalDraft } from "@/components/ui/use-local-draft";
import { newRequestKey } from "@/components/ui/request-key";
import { foundMessage, savedMessage } from "@/lib/articles/workspace-messages";
import { NOTICE_ID, WorkspaceNotice, type Notice } from "./workspace-notice";
import { OutdatedBanner } from "./outdated-banner";
import { SideActions } from "./side-actions";
import { CharCount } from "./char-count";
import { useArticleEditor } from "./use-article-editor";

export type WorkspaceArticle = {
  id: string;
  version: number;
  title: string;
  byline: string;
  sourceUrl: string | null;
  deadline: string | null;
  bodyJson: JSONContent;
};

type ArticleWorkspaceProps = {
  article: WorkspaceArticle | null;
  claims: WorkspaceClaim[];
  canEdit: boolean;
  limitsSummary: string;
  maxChars: number;
  /** Where this browser keeps unsaved edits of this article for this person (lib/articles/local-draft). */
  draftKey: string;
  /** Rendered under the text: assignment and other panels from the page. */
  children?: ReactNode;
};

const OVERWRITE_QUESTION =
  "Someone saved this article after your kept edits were made. Saving now replaces their changes with your text. Save anyway?";


const fieldsOf = (article: WorkspaceArticle): ArticleFieldValues => ({
  title: article.title,
  byline: article.byline,
  sourceUrl: article.sourceUrl ?? "",
  deadline: isoToLocalInput(article.deadline),
});

/** Where the side panel drops below the article and "Mark the selection as a claim" follows the selection (globals.css .mark-follow). */
const NARROW = "(max-width: 1000px)";

/** Scrolls smoothly unless the reader asked the system for less motion. */
const scrollBehavior = (): ScrollBehavior => (window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth");

/**
 * The article workspace: the fields, the Tiptap editor with claim highlights, and
 * the claims beside it. Saving, finding and curating go through server actions;
 * after each, the page is refreshed so the claims shown are the server's.
 */
export function ArticleWorkspace({ article, claims, canEdit, limitsSummary, maxChars, draftKey, children }: ArticleWorkspaceProps) {
  const router = useRouter();
  const [fields, setFields] = useState<ArticleFieldValues>(article ? fieldsOf(article) : { title: "", byline: "", sourceUrl: "", deadline: "" });
  const [version, setVersion] = useState(article?.version ?? 0);
  // The saved article this editor's text starts from: what "their changes" are
  // measured against when someone else saves meanwhile (bringInTheirChanges).
  const [base, setBase] = useState(article ? { version: article.version, doc: article.bodyJson, fields: fieldsOf(article) } : null);
  if (article && article.version === version && base?.version !== version) setBase({ version, doc: article.bodyJson, fields: fieldsOf(article) });
  // One key for every try at creating this new article: a retry after a lost answer finds the article the first try made.
  const [newArticleKey] = useState(newRequestKey);
  const [dirty, setDirty] = useState(false);
  useUnsavedWarning(canEdit && dirty);
  // Each edit restarts the safety copy's write (set once localDraft exists, below).
  // Not a counter in state: typing would re-render the whole workspace per key.
  const draftChanged = useRef<() => void>(() => undefined);
  const edited = useCallback(() => {
    setDirty(true);
    draftChanged.current();
  }, []);
  // Which action is running ("find", "save", …): every action button waits, and
  // the one pressed shows a spinner, so a slow Find claims does not look ignored.
  const [task, setTask] = useState<string | null>(null);
  const busy = task !== null;
  const [notice, setNotice] = useState<Notice>(null);
  // Where the notice shows: beside the buttons that started the action. Under the
  // editor, a Find claims or Mark as claim message sat below the fold, unseen.
  // "follow": beside the Mark as claim that follows a selection on a narrow screen.
  const [noticeNear, setNoticeNear] = useState<"editor" | "side" | "follow">("editor");
  const [errors, setErrors] = useState<FieldErrors | undefined>();
  const [selectedId, setSelectedId] = useState<string | null>(null);

  // Ctrl+Alt+M (⌘⌥M) in the text marks the selection: set once markAsClaim exists, below.
  const markFromKeys = useRef<() => void>(() => undefined);
  const { editor, hasSelection } = useArticleEditor({
    content: article?.bodyJson ?? "",
    editable: canEdit,
    onSelectClaim: setSelectedId,
    // A headline (and byline) pasted at the top of an empty article fills the empty fields, as an imported file's do.
    onPastedLead: (lead) => {
      if (fields.title.trim()) return false;
      setFields({ ...fields, title: lead.title, byline: fields.byline.trim() || !lead.byline ? fields.byline : lead.byline });
      return true;
    },
    onEdited: edited,
    onMarkKeys: () => markFromKeys.current(),
  });

  const localDraft = useLocalDraft(draftKey, articleDraftFormat, canEdit && dirty, null, () =>
    editor ? { baseVersion: version, fields, body: editor.getJSON() as { type: "doc" } } : null,
  );
  useEffect(() => {
    draftChanged.current = localDraft.changed;
  }, [localDraft.changed]);

  /**
   * The article version a restored copy would write over when it was made on an
   * older one (someone saved since): the next save asks before replacing their
   * changes, so the warning on the notice is not the only thing between them.
   */
  const [overwrites, setOverwrites] = useState<number | null>(null);

  /** Someone else saved meanwhile: their changes join this editor's, where the two changed different paragraphs and fields. */
  function bringInTheirChanges() {
    if (!editor || !article || !base) return;
    const result = bringInTheirs(
      editor.schema,
      { base: base.doc, mine: editor.getJSON(), theirs: article.bodyJson },
      { base: base.fields, mine: fields, theirs: fieldsOf(article) },
    );
    setNoticeNear("editor");
    if (!result.ok) {
      setNotice({ kind: "error", text: result.message });
      return;
    }
    // Not an undo step: one Ctrl+Z would take their saved changes out of a text that
    // saving then puts over theirs, unasked (the version already counts them in).
    // Only their changed paragraphs are replaced, so Ctrl+Z still undoes this editor's own edits.
    const tr = editor.state.tr.setMeta("addToHistory", false).setMeta("preventUpdate", true);
    replaceChangedBlocks(tr, PMNode.fromJSON(editor.schema, result.doc));
    editor.view.dispatch(tr);
    setFields(result.fields);
    setVersion(article.version);
    // Restored edits made on an older version: what they undo of others' saves in
    // between is not known here, so saving still asks first.
    const restoredFromOlder = overwrites !== null;
    setOverwrites(restoredFromOlder ? article.version : null);
    if (result.stillMine) {
      edited();
      const changed = result.theirChanges === 1 ? "1 paragraph" : `${result.theirChanges} paragraphs`;
      const older = restoredFromOlder ? " Your restored edits began from an older version: compare revisions before you save." : "";
      const theirs = result.theirChanges === 0 ? "They had made some of the same changes; your edits are kept." : `Their latest changes (${changed}) are in your text, and your edits are kept.`;
      setNotice({ kind: "ok", text: `${theirs} Nothing is saved yet: read it through, then Save article.${older}` });
    } else {
      setDirty(false);
      localDraft.forget();
      setNotice({ kind: "ok", text: "The editor now shows the saved article." });
    }
  }

  function restoreLocalDraft() {
    const draft = localDraft.recovered;
    if (!editor || !draft) return;
    if (article && draft.baseVersion !== version) setOverwrites(version);
    setFields(draft.fields);
    editor.commands.setContent(draft.body);
    edited();
    localDraft.forget();
    setNoticeNear("editor");
    setNotice({ kind: "ok", text: "Your kept edits are back in the editor. They are not saved yet." });
  }

  const highlights = useMemo(
    () =>
      claims
        .filter((c) => c.status !== "dismissed" && c.anchorState !== "orphaned")
        .map((c) => ({ id: c.id, start: c.start, end: c.end, tone: claimTone(c), label: c.text })),
    [claims],
  );

  // Someone else saved since this editor loaded the text: the page's claims (and
  // their offsets) come from their newer text, which the editor does not hold.
  const outdated = article !== null && article.version > version;

  // Offsets refer to the saved text, so highlights are rebuilt only while the
  // editor holds exactly that text; during unsaved edits they follow the mapping.
  // On an outdated editor they would fall on the wrong words: none are shown.
  useEffect(() => {
    if (editor && !dirty) setClaimHighlights(editor, outdated ? [] : highlights, selectedId);
  }, [editor, highlights, selectedId, dirty, outdated]);

  const selectClaim = useCallback(
    (id: string) => {
      setSelectedId(id);
      const claim = claims.find((c) => c.id === id);
      if (!editor || !claim || dirty || outdated || claim.anchorState === "orphaned") return;
      const index = buildBlockIndex(editor.state.doc);
      const from = offsetToPos(index, claim.start);
      editor.commands.setTextSelection({ from, to: offsetToPos(index, claim.end) });
      editor.commands.scrollIntoView();
      document.querySelector(`[data-claim-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: "center", behavior: scrollBehavior() });
    },
    [claims, dirty, editor, outdated],
  );
  // Whichever way a claim was selected (its card or its highlight), show its card,
  // where the list stands beside the text. On a narrow screen it sits under the whole
  // article: scrolling there would take the text away from the finger that tapped it.
  useEffect(() => {
    if (selectedId && !window.matchMedia(NARROW).matches) document.querySelector(".claim-card.is-selected")?.scrollIntoView({ block: "nearest" });
  }, [selectedId]);

  const payload = () => ({
    fields: { ...fields, deadline: localInputToIso(fields.deadline) },
    body: JSON.stringify(editor?.getJSON() ?? null),
  });

  /**
   * A refused save sends focus to the first field at fault (the text itself when
   * only it is), so a keyboard user need not hunt back through the toolbar for it.
   */
  function focusRefused(fieldErrors: FieldErrors | undefined) {
    if (!fieldErrors) return;
    if (Object.keys(fieldErrors).every((name) => name === "body")) return void editor?.commands.focus();
    focusWhenShown(() => document.querySelector<HTMLElement>('.article-fields [aria-invalid="true"]'));
  }

  /**
   * Saves (or creates) the article; resolves to false when nothing was saved,
   * else to the version saved, which a step taken right after (Mark as claim)
   * must send: the `version` state has not re-rendered yet.
   */
  async function save(options: { thenFind?: boolean } = {}): Promise<false | { version: number }> {
    if (!editor) return false;
    setErrors(undefined);
    if (!article) {
      const result = await createArticleAction({ ...payload(), findClaims: Boolean(options.thenFind), requestKey: newArticleKey });
      if (!result.ok) {
        setErrors(result.fieldErrors);
        setNotice({ kind: "error", text: result.fieldErrors?.body ?? result.error });
        focusRefused(result.fieldErrors);
        return false;
      }
      setDirty(false);
      localDraft.forget();
      router.push(`/articles/${result.data.id}`);
      return { version: 1 };
    }
    if (overwrites === version && !window.confirm(OVERWRITE_QUESTION)) {
      setNotice({ kind: "error", text: "Nothing was saved. Compare your text with the saved article (Compare revisions) before you save, or reload to drop your edits." });
      return false;
    }
    const result = await saveArticleAction({ articleId: article.id, expectedVersion: version, ...payload() });
    if (!result.ok) {
      setErrors(result.fieldErrors);
      setNotice({ kind: "error", text: result.fieldErrors?.body ?? result.error });
      focusRefused(result.fieldErrors);
      // Fetch the newer article, so its changes can be brought into this text.
      if (result.conflict) router.refresh();
      return false;
    }
    setVersion(result.data.version);
    setDirty(false);
    localDraft.forget();
    setOverwrites(null);
    setNotice({ kind: "ok", text: savedMessage(result.data) });
    router.refresh();
    return { version: result.data.version };
  }

  async function run(work: () => Promise<void>, name = "other") {
    setTask(name);
    // A new action starts clean: an earlier error must not sit beside its success.
    setNotice(null);
    setNoticeNear(name === "mark-here" ? "follow" : canEdit && name !== "save" ? "side" : "editor");
    try {
      await work();
    } catch {
      setNotice({ kind: "error", text: "The desk could not reach the server. Your text is still here; try again." });
    } finally {
      setTask(null);
      // A button the refreshed page no longer shows (a claim's Accept, Merge with next
      // claim) took focus with it: it goes to the message saying what was done.
      const focused = document.activeElement;
      if (focused instanceof HTMLElement && focused !== document.body) keepFocusWhenRemoved(focused, () => document.getElementById(NOTICE_ID));
    }
  }

  const findClaims = () =>
    run(async () => {
      if (!article) return void (await save({ thenFind: true }));
      if (dirty && !(await save())) return;
      const result = await findClaimsAction({ articleId: article.id });
      if (!result.ok) return setNotice({ kind: "error", text: result.error });
      setNotice({ kind: "ok", text: foundMessage(result.data.count, result.data.fresh) });
      router.refresh();
    }, "find");

  /**
   * The editor's selection as offsets into the saved text (saving first if
   * needed), with the article version those offsets belong to.
   */
  async function selectionOffsets(): Promise<{ start: number; end: number; expectedArticleVersion: number } | null> {
    if (!editor) return null;
    const { from, to } = editor.state.selection;
    if (from === to) {
      setNotice({ kind: "error", text: "Select a passage in the article first." });
      return null;
    }
    const saved = dirty ? await save() : { version };
    if (!saved) return null;
    const index = buildBlockIndex(editor.state.doc);
    return { start: posToOffset(index, from), end: posToOffset(index, to), expectedArticleVersion: saved.version };
  }

  /** `here`: pressed on the button that follows the selection, whose message shows beside it. */
  const markAsClaim = (here = false) =>
    run(async () => {
      if (!article) return setNotice({ kind: "error", text: "Save the article first, then mark passages as claims." });
      const span = await selectionOffsets();
      if (!span) return;
      const result = await markClaimAction({ articleId: article.id, ...span });
      if (!result.ok) return setNotice({ kind: "error", text: result.error });
      setSelectedId(result.data.claimId);
      setNotice({ kind: "ok", text: result.message ?? "Marked the selection as a claim." });
      router.refresh();
    }, here ? "mark-here" : "mark");

  useEffect(() => {
    markFromKeys.current = () => {
      if (!canEdit || busy) return;
      // On a narrow screen the message shows beside the button that follows the selection.
      markAsClaim(window.matchMedia(NARROW).matches);
    };
  });

  /** Runs one curation step; on success says what was done (`done`, else the server's message), so the change is announced and not only seen. */
  const curate = <T,>(action: () => Promise<ActionResult<T>>, done?: string | ((data: T) => string), name?: string) =>
    run(async () => {
      const result = await action();
      const said = (data: T, message?: string) => (typeof done === "string" ? done : done ? done(data) : (message ?? "Done."));
      setNotice(result.ok ? { kind: "ok", text: said(result.data, result.message) } : { kind: "error", text: result.error || "That did not work." });
      if (result.ok || !refusedForAccess(result.error)) router.refresh();
    }, name);
  const named = (claim: WorkspaceClaim) => `“${shorten(claim.text, 60)}”`;
  /** A message ending on a quoted claim that ends its own sentence takes no second full stop. */
  const ended = (message: string) => (/[.!?…]”$/.test(message) ? message : `${message}.`);

  /**
   * Dismisses a claim and offers Undo beside the message: the dismissed claim
   * leaves the list and its highlight leaves the text, so a slip of the D key
   * must be one click from undone (a suggestion goes back to the suggestions).
   */
  const dismiss = (claim: WorkspaceClaim, { reason, note }: Dismissal) =>
    article &&
    run(async () => {
      const result = await decideClaimAction({ articleId: article.id, claimId: claim.id, expectedVersion: claim.version, decision: "dismiss", reason, note });
      if (!result.ok) setNotice({ kind: "error", text: result.error || "That did not work." });
      else {
        const undo = () => curate(() => decideClaimAction({ articleId: article.id, claimId: claim.id, expectedVersion: result.data.version, decision: "undo_dismiss" }), ended(`Brought back ${named(claim)}`));
        setNotice({ kind: "ok", text: `Dismissed ${named(claim)} as ${DISMISS_REASON_LABELS[reason].toLowerCase()}.`, undo });
      }
      if (result.ok || !refusedForAccess(result.error)) router.refresh();
    });

  /**
   * Accepts every check-worthy suggestion and offers Undo beside the message, as a
   * dismissal does: one misclick must not turn them all into open claims for good.
   * The Undo takes back exactly the claims accepted, each unless changed since.
   */
  const acceptAll = () =>
    article &&
    run(async () => {
      const result = await acceptAllSuggestedAction({ articleId: article.id });
      if (!result.ok) setNotice({ kind: "error", text: result.error || "That did not work." });
      else {
        const { accepted } = result.data;
        const undo = accepted.length ? () => curate(() => undoAcceptAllAction({ articleId: article.id, accepted })) : undefined;
        setNotice({ kind: "ok", text: result.message ?? "Done.", undo });
      }
      if (result.ok || !refusedForAccess(result.error)) router.refresh();
    }, "accept-all");

  const selected = claims.find((c) => c.id === selectedId) ?? null;
  const neighbour = selected ? claims.filter((c) => c.anchorState !== "orphaned" && c.status !== "dismissed" && c.start >= selected.end).sort((a, b) => a.start - b.start)[0] : undefined;

  /**
   * Merges the selected claim with the next one. Two claims in different
   * paragraphs are rarely one fact, and the merged claim keeps the first one's
   * claimant and score: that merge asks first.
   */
  function mergeWithNext(claim: WorkspaceClaim, next: WorkspaceClaim) {
    if (!article) return;
    const text = editor && !dirty ? editor.state.doc.textBetween(0, editor.state.doc.content.size, "\n\n", "\n") : "";
    const apart = text.slice(claim.end, next.start).includes("\n");
    if (apart && !window.confirm(`Merge ${named(claim)} with ${named(next)}? They are in different paragraphs; the merged claim keeps the first one's claimant and score.`)) return;
    curate(() => respanClaimAction({ articleId: article.id, claimId: claim.id, expectedVersion: claim.version, expectedArticleVersion: version, start: 0, end: 0, mergeWithId: next.id }), "Merged the claim with the next one.");
  }

  /** Moves the claim to the passage selected in the text (saving the text first when it has unsaved edits). */
  function respanToSelection(claim: WorkspaceClaim) {
    if (!article) return;
    run(async () => {
      const span = await selectionOffsets();
      if (span) await curate(() => respanClaimAction({ articleId: article.id, claimId: claim.id, expectedVersion: claim.version, ...span }), "Moved the claim to the selected passage.");
    });
  }

  function importContent(content: ImportedContent) {
    if (!editor) return;
    if (!editor.isEmpty && !window.confirm("Replace the text in the editor with the imported article?")) return;
    editor.commands.setContent(content.html);
    edited();
    setFields((f) => ({
      ...f,
      title: f.title || content.title || "",
      byline: f.byline || content.byline || "",
      sourceUrl: f.sourceUrl || content.url || "",
    }));
  }

  const suggested = claims.filter((c) => c.status === "proposed" && c.checkworthy).length;
  const noticeView = <WorkspaceNotice notice={notice} busy={busy} />;
  return (
    <div className="workspace">
      <div className="workspace-main">
        {canEdit && localDraft.recovered ? (
          <SafetyCopyNotice
            label="Unsaved edits on this computer"
            savedAt={localDraft.recovered.savedAt}
            headline={(when) => `Unsaved edits from ${when} were kept on this computer.`}
            detail={
              localDraft.recovered.baseVersion !== version
                ? "The article has been saved since they were made: restoring them and saving would replace those later changes. Read them before you save."
                : "Restore them to carry on, or discard them."
            }
            restoreLabel="Restore my edits"
            discardLabel="Discard them"
            onRestore={restoreLocalDraft}
            onDiscard={localDraft.forget}
          />
        ) : null}
        {canEdit ? <ArticleFields values={fields} errors={errors} disabled={busy} onChange={(v) => { setFields(v); edited(); }} /> : null}
        {canEdit ? <ImportControls disabled={busy} limitsSummary={limitsSummary} onImported={importContent} /> : null}
        {outdated ? <OutdatedBanner dirty={dirty} onBringIn={bringInTheirChanges} /> : null}
        <div className="editor-frame">
          {editor && canEdit ? <EditorToolbar editor={editor} /> : null}
          <EditorContent editor={editor} />
        </div>
        {canEdit ? (
          <div className="editor-footer">
            <CharCount editor={editor} max={maxChars}>
              <span className="keys-hint muted"> · Ctrl+Alt+M marks the selection as a claim</span>
            </CharCount>
            <span className="actions">
              {dirty ? <span className="badge warn">Unsaved changes</span> : null}
              <button type="button" className="primary" {...waitingProps(busy, task === "save")} onClick={() => run(async () => void (await save()), "save")}>
                Save article
              </button>
            </span>
          </div>
        ) : null}
        {noticeNear === "editor" ? noticeView : null}
        {canEdit && hasSelection ? (
          // Below 1000px the side panel (and its Mark as claim) sits under the whole
          // article, screens away from a selection held by touch; this one stays in
          // sight at the bottom of the screen while the text is. Hidden on wide screens.
          <div className="mark-follow">
            {/* Pressing it must not take focus from the text, or the selection (and this button) would go. */}
            <button type="button" className="primary" {...waitingProps(busy, task === "mark-here")} aria-keyshortcuts="Control+Alt+M Meta+Alt+M" onMouseDown={(event) => event.preventDefault()} onClick={() => markAsClaim(true)}>
              Mark the selection as a claim
            </button>
            {noticeNear === "follow" ? noticeView : null}
          </div>
        ) : null}
      </div>
      <aside className="workspace-side">
        {canEdit ? (
          <SideActions
            task={task}
            suggested={suggested}
            saved={article !== null}
            onFind={findClaims}
            onAcceptAll={acceptAll}
            onMark={() => markAsClaim()}
            notice={noticeNear === "side" ? noticeView : null}
            selected={selected && article ? { text: selected.text, onRespan: () => respanToSelection(selected), onMergeWithNext: neighbour ? () => mergeWithNext(selected, neighbour) : undefined } : null}
          />
        ) : null}
        <ClaimSidePanel
          claims={claims}
          selectedId={selectedId}
          canCurate={canEdit}
          busy={busy}
          onSelect={selectClaim}
          onAccept={(c) => article && curate(() => decideClaimAction({ articleId: article.id, claimId: c.id, expectedVersion: c.version, decision: "accept" }), ended(`Accepted ${named(c)}`))}
          onDismiss={dismiss}
          onExplain={(text) => {
            setNoticeNear("side");
            setNotice({ kind: "error", text });
          }}
          onRestore={(c) => article && curate(() => decideClaimAction({ articleId: article.id, claimId: c.id, expectedVersion: c.version, decision: "restore" }), ended(`Restored ${named(c)}`))}
        />
      </aside>
      {children ? <div className="workspace-extra">{children}</div> : null}
    </div>
  );
}
