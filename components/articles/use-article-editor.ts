"use client";

import type { Node as PMNode } from "@tiptap/pm/model";
import { useEditor, type Editor, type JSONContent } from "@tiptap/react";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { afterNextPaint } from "@/components/ui/after-paint";
import { articleExtensions, type PastedLead } from "@/components/editor/extensions";

/** The text's length as the character limit counts it: paragraphs apart by a blank line. */
export const textLength = (doc: PMNode): number => doc.textBetween(0, doc.content.size, "\n\n", "\n").length;

/**
 * Ctrl+Alt+M, or ⌘⌥M on a Mac: mark the selection. By the key's place, not its
 * letter (⌥M types µ on a Mac), and never AltGr, which is Ctrl+Alt on Windows and
 * types letters on many layouts.
 */
function isMarkKeys(event: KeyboardEvent): boolean {
  return event.code === "KeyM" && event.altKey && (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.getModifierState("AltGraph");
}

type ArticleEditorOptions = {
  content: JSONContent | "";
  editable: boolean;
  /** A claim's highlight was clicked or tapped. */
  onSelectClaim: (claimId: string) => void;
  /** A headline pasted at the top of an empty article: true when it was taken into the fields (and so left out of the text). */
  onPastedLead: (lead: PastedLead) => boolean;
  /** The text changed. */
  onEdited: () => void;
  /** Ctrl+Alt+M (⌘⌥M) in the text: mark the selection without leaving the text, where Tab to a button can lose it. */
  onMarkKeys: () => void;
};

/** Lengths of documents already counted: unchanged documents (selection moves, decorations) are not counted again. */
const lengths = new WeakMap<PMNode, number>();
const lengthOf = (doc: PMNode): number => {
  let length = lengths.get(doc);
  if (length === undefined) lengths.set(doc, (length = textLength(doc)));
  return length;
};

/**
 * The text's length, for the count under the editor: kept current through every
 * transaction (those that change the text without an edit event too), but only
 * re-rendered after the frame that shows the keystroke, at most once a frame.
 * Any React commit while the editor has focus costs a walk over the whole text
 * (React saves the selection around each commit), and in the workspace's state
 * the count re-rendered the workspace per key: together most of a keystroke's
 * time on a long article (bench:workspace --typing).
 */
export function useTextLength(editor: Editor | null): number {
  const subscribe = useCallback(
    (notify: () => void) => {
      if (!editor) return () => undefined;
      let cancel: (() => void) | null = null;
      const onTransaction = () => {
        cancel ??= afterNextPaint(() => {
          cancel = null;
          notify();
        });
      };
      editor.on("transaction", onTransaction);
      return () => {
        editor.off("transaction", onTransaction);
        cancel?.();
      };
    },
    [editor],
  );
  return useSyncExternalStore(subscribe, () => (editor ? lengthOf(editor.state.doc) : 0), () => 0);
}

/**
 * The article's Tiptap editor, with what the workspace follows of it: whether a
 * passage is selected in the focused text (the text's length is useTextLength's,
 * so typing re-renders no more than the count). The editor is made once; the
 * callbacks it calls are always this render's.
 */
export function useArticleEditor(options: ArticleEditorOptions): { editor: Editor | null; hasSelection: boolean } {
  const [hasSelection, setHasSelection] = useState(false);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const editor = useEditor({
    // The handlers read the ref only when a click or paste happens, never during render.
    /* eslint-disable react-hooks/refs */
    extensions: articleExtensions(
      (id) => latest.current.onSelectClaim(id),
      (lead) => latest.current.onPastedLead(lead),
    ),
    /* eslint-enable react-hooks/refs */
    content: options.content,
    editable: options.editable,
    immediatelyRender: false,
    editorProps: {
      attributes: { "aria-label": "Article text", role: "textbox", "aria-multiline": "true", class: "article-text", "aria-keyshortcuts": "Control+Alt+M Meta+Alt+M" },
      handleKeyDown: (_view, event) => {
        if (!isMarkKeys(event)) return false;
        latest.current.onMarkKeys();
        return true;
      },
    },
    onUpdate: ({ transaction }) => {
      if (transaction.docChanged) latest.current.onEdited();
    },
    // Only a selection the editor has focus on is one the person sees: the editor
    // keeps its last selection after focus moves to a field, which would offer to
    // mark a passage no longer shown as selected.
    onSelectionUpdate: ({ editor: e }) => setHasSelection(e.isFocused && !e.state.selection.empty),
    onFocus: ({ editor: e }) => setHasSelection(!e.state.selection.empty),
    onBlur: () => setHasSelection(false),
  });
  return { editor, hasSelection };
}
