"use client";

import type { Editor } from "@tiptap/react";
import type { ReactNode } from "react";
import { useTextLength } from "./use-article-editor";

const count = new Intl.NumberFormat("en");

type CharCountProps = { editor: Editor | null; max: number; children?: ReactNode };

/**
 * "12,345 / 200,000 characters" under the editor. Its own component so that a
 * keystroke re-renders this line only, not the workspace around it.
 */
export function CharCount({ editor, max, children }: CharCountProps) {
  const chars = useTextLength(editor);
  return (
    <span className={chars > max ? "field-error" : "muted small"}>
      {count.format(chars)} / {count.format(max)} characters
      {children}
    </span>
  );
}
