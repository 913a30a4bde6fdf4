import { Extension, type Extensions } from "@tiptap/core";
import { ListItem, ListKeymap } from "@tiptap/extension-list";
import { Placeholder } from "@tiptap/extensions";
import { Plugin } from "@tiptap/pm/state";
import StarterKit from "@tiptap/starter-kit";
import { stripInvisibleCharacters } from "@/lib/intake/invisible";
import { cleanDoc } from "@/lib/articles/clean-doc";
import { ClaimHighlights } from "./claim-highlights";
import { cleanPastedHtml } from "./paste-html";

/**
 * Word / Google Docs clipboard cleanup (tracked changes, comments, list
 * paragraphs, blank lines) before the schema parses a paste; see paste-html.ts.
 * A paste of plain text only (a text editor, a terminal, a PDF) loses its soft
 * hyphens and zero-width characters too (lib/intake/invisible.ts).
 */
const PasteCleanup = Extension.create({
  name: "articlePasteCleanup",
  transformPastedHTML(html) {
    return cleanPastedHtml(html);
  },
  addProseMirrorPlugins() {
    return [new Plugin({ props: { transformPastedText: (text) => stripInvisibleCharacters(text) } })];
  },
});

/**
 * A stored document goes through the server's cleaner before it is parsed.
 * Articles saved while underline, strike-through and code were still allowed
 * carry marks this schema no longer has, and Tiptap answers an unknown mark in
 * JSON content by loading an empty document, which the next save would store.
 * The cleaner drops exactly those marks and keeps their text, and it is what
 * the server applies on save, so what loads is what would be saved.
 */
const StoredContentGuard = Extension.create({
  name: "articleStoredContentGuard",
  onBeforeCreate() {
    const content = this.editor.options.content;
    if (!content || typeof content !== "object" || Array.isArray(content) || (content as { type?: unknown }).type !== "doc") return;
    try {
      this.editor.setOptions({ content: cleanDoc(content) });
    } catch {
      // Unreadable as an article: leave it to Tiptap, as before.
    }
  },
});

/**
 * Tab belongs to the page, not the lists: Tiptap's lists take Tab to indent the
 * item, so a keyboard user moving from a selection in a bulleted item to "Mark as
 * claim" changed the article's structure and lost the selection instead. Indenting
 * and outdenting stay on Ctrl+] and Ctrl+[ (⌘ on a Mac).
 */
const ArticleListItem = ListItem.extend({
  addKeyboardShortcuts() {
    return {
      Enter: () => this.editor.commands.splitListItem(this.name),
      "Mod-]": () => this.editor.commands.sinkListItem(this.name),
      "Mod-[": () => this.editor.commands.liftListItem(this.name),
    };
  },
});

const ArticleListKeymap = ListKeymap.extend({
  addKeyboardShortcuts() {
    const { Tab: _tab, "Shift-Tab": _shiftTab, ...rest } = this.parent?.() ?? {};
    return rest;
  },
});

/**
 * The article editor's extensions in one place: the shapes an article may have
 * (PRODUCT.md: headings, paragraphs, lists, bold/italic, links; plus block
 * quotes, which a newsroom's articles are full of) and the claim highlights.
 * Pasted content is parsed against this schema, so anything else a paste
 * carries (underline, strike-through, code, rules, scripts, styles, iframes,
 * images) never enters the document; the server's cleaner (clean-doc.ts)
 * enforces the same list on save.
 */
export function articleExtensions(onClaimClick: (claimId: string) => void): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [1, 2, 3, 4] },
      trailingNode: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      listItem: false,
      listKeymap: false,
      strike: false,
      underline: false,
      link: {
        openOnClick: false,
        autolink: true,
        protocols: ["http", "https", "mailto"],
        HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
      },
    }),
    ArticleListItem,
    ArticleListKeymap,
    Placeholder.configure({ placeholder: "Paste or type the article here…" }),
    ClaimHighlights.configure({ onClaimClick }),
    PasteCleanup,
    StoredContentGuard,
  ];
}
