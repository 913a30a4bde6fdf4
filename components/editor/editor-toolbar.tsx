"use client";

import type { Editor } from "@tiptap/react";
import { useEditorState } from "@tiptap/react";

type EditorToolbarProps = { editor: Editor };

/** Formatting buttons for the shapes an article keeps. */
export function EditorToolbar({ editor }: EditorToolbarProps) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      bullet: e.isActive("bulletList"),
      ordered: e.isActive("orderedList"),
      quote: e.isActive("blockquote"),
      link: e.isActive("link"),
    }),
  });
  const button = (label: string, active: boolean, run: () => void, text: string) => (
    <button type="button" className={`tool${active ? " is-active" : ""}`} aria-label={label} aria-pressed={active} onClick={run}>
      {text}
    </button>
  );
  const chain = () => editor.chain().focus();
  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Formatting">
      {button("Bold", state.bold, () => chain().toggleBold().run(), "B")}
      {button("Italic", state.italic, () => chain().toggleItalic().run(), "I")}
      {button("Heading", state.h2, () => chain().toggleHeading({ level: 2 }).run(), "H2")}
      {button("Subheading", state.h3, () => chain().toggleHeading({ level: 3 }).run(), "H3")}
      {button("Bulleted list", state.bullet, () => chain().toggleBulletList().run(), "•")}
      {button("Numbered list", state.ordered, () => chain().toggleOrderedList().run(), "1.")}
      {button("Quote", state.quote, () => chain().toggleBlockquote().run(), "❝")}
      {button("Link", state.link, () => {
        if (state.link) return void chain().unsetLink().run();
        const href = window.prompt("Link address (https://…)");
        if (href && /^(https?:|mailto:)/i.test(href.trim())) chain().setLink({ href: href.trim() }).run();
      }, "Link")}
    </div>
  );
}
