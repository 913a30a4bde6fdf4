import { Extension, type Extensions } from "@tiptap/core";
import { ListItem, ListKeymap } from "@tiptap/extension-list";
import { Placeholder } from "@tiptap/extensions";
import { Slice } from "@tiptap/pm/model";
import { Plugin } from "@tiptap/pm/state";
import StarterKit from "@tiptap/starter-kit";
import { looksLikeByline } from "@/lib/intake/byline-line";
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
 * A headline and byline pasted at the top of an empty article: offered to the
 * form (`onLead`, which says whether it took them, e.g. only while Title is
 * empty) and kept out of the text, as an imported file's are (lib/intake/lead.ts).
 * Left in, the finder read the headline as a claim and the body started with an H1.
 */
export type PastedLead = { title: string; byline: string | null };

const PastedLeadLift = Extension.create<{ onLead: ((lead: PastedLead) => boolean) | null }>({
  name: "articlePastedLead",
  addOptions() {
    return { onLead: null };
  },
  addProseMirrorPlugins() {
    const editor = this.editor;
    const onLead = this.options.onLead;
    return [
      new Plugin({
        props: {
          transformPasted: (slice) => {
            if (!onLead || !editor.isEmpty) return slice;
            const lead = pastedLead(slice);
            if (!lead || !onLead(lead.lead)) return slice;
            return lead.rest;
          },
        },
      }),
    ];
  },
});

/** The slice's leading H1 (and a "By …" paragraph right after it), and the slice without them; null without an H1 first. */
export function pastedLead(slice: Slice): { lead: PastedLead; rest: Slice } | null {
  const content = slice.content;
  const first = content.firstChild;
  if (!first || first.type.name !== "heading" || first.attrs.level !== 1 || !first.textContent.trim()) return null;
  let cut = first.nodeSize;
  const second = content.childCount > 1 ? content.child(1) : null;
  const byline = second && second.type.name === "paragraph" && looksLikeByline(second.textContent) ? second.textContent.replace(/\s+/g, " ").trim() : null;
  if (second && byline) cut += second.nodeSize;
  const rest = content.cut(cut);
  return { lead: { title: first.textContent.replace(/\s+/g, " ").trim(), byline }, rest: rest.size === 0 ? Slice.empty : new Slice(rest, 0, slice.openEnd) };
}

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
      // Taken even outside a list: on a Mac ⌘[ is the browser's Back, which would
      // leave the article mid-edit.
      "Mod-]": () => {
        this.editor.commands.sinkListItem(this.name);
        return true;
      },
      "Mod-[": () => {
        this.editor.commands.liftListItem(this.name);
        return true;
      },
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
export function articleExtensions(onClaimClick: (claimId: string) => void, onPastedLead: ((lead: PastedLead) => boolean) | null = null): Extensions {
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
    PastedLeadLift.configure({ onLead: onPastedLead }),
    StoredContentGuard,
  ];
}
