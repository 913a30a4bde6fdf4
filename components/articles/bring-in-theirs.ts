import type { JSONContent } from "@tiptap/react";
import { Node as PMNode, type Schema } from "@tiptap/pm/model";
import { mergeBlocks, mergeFields } from "@/lib/articles/merge-blocks";
import { shorten } from "@/lib/text/shorten";
import type { ArticleFieldValues } from "./article-fields";

const FIELD_NAMES: Record<keyof ArticleFieldValues, string> = { title: "the headline", byline: "the byline", sourceUrl: "the source URL", deadline: "the deadline" };

export type TheirsBroughtIn =
  | { ok: true; doc: JSONContent; fields: ArticleFieldValues; stillMine: boolean; theirChanges: number }
  | { ok: false; message: string };

/** The plain words of a block, for naming it: "“Rents rose 9.4% in the…”". */
function wordsOf(block: JSONContent): string {
  const text = (node: JSONContent): string => node.text ?? (node.content ?? []).map(text).join(" ");
  return `“${shorten(text(block).replace(/\s+/g, " ").trim() || "an empty paragraph", 50)}”`;
}

/** Blocks made of blocks (a list's items, a quotation's paragraphs): each side's changes to different ones are kept. */
const CONTAINERS = new Set(["bulletList", "orderedList", "blockquote", "listItem"]);

function mergeInside(base: JSONContent, mine: JSONContent, theirs: JSONContent): JSONContent | null {
  if (!CONTAINERS.has(base.type ?? "") || mine.type !== base.type || theirs.type !== base.type) return null;
  const [baseAttrs, myAttrs, theirAttrs] = [base, mine, theirs].map((block) => JSON.stringify(block.attrs ?? null));
  // Its own attributes (a list's numbering start) merge as a field does.
  if (myAttrs !== baseAttrs && theirAttrs !== baseAttrs && myAttrs !== theirAttrs) return null;
  const merged = mergeBlocks(base.content ?? [], mine.content ?? [], theirs.content ?? [], (block) => JSON.stringify(block), mergeInside);
  if (!merged.ok) return null;
  const attrs = myAttrs !== baseAttrs ? mine.attrs : theirs.attrs;
  return { ...mine, ...(attrs === undefined ? {} : { attrs }), content: merged.blocks };
}

/**
 * Someone saved the article while this editor had it open. Brings their text
 * into the editor's (see lib/articles/merge-blocks): `base` is what the editor
 * started from, `mine` what it holds now, `theirs` the saved article. Every doc
 * goes through the editor's schema first, so a paragraph nobody touched compares
 * equal however its JSON was written (an import, another browser).
 */
export function bringInTheirs(
  schema: Schema,
  docs: { base: JSONContent; mine: JSONContent; theirs: JSONContent },
  fields: { base: ArticleFieldValues; mine: ArticleFieldValues; theirs: ArticleFieldValues },
): TheirsBroughtIn {
  const blocks = (doc: JSONContent): JSONContent[] => (PMNode.fromJSON(schema, doc).toJSON() as JSONContent).content ?? [];
  const mergedBlocks = mergeBlocks(blocks(docs.base), blocks(docs.mine), blocks(docs.theirs), (block) => JSON.stringify(block), mergeInside);
  const mergedFields = mergeFields(fields.base, fields.mine, fields.theirs);
  if (!mergedBlocks.ok || mergedFields.clashes.length) {
    const named = [...(mergedBlocks.ok ? [] : mergedBlocks.clashes.slice(0, 3).map(wordsOf)), ...mergedFields.clashes.map((name) => FIELD_NAMES[name])];
    const more = mergedBlocks.ok ? 0 : Math.max(0, mergedBlocks.clashes.length - 3);
    return {
      ok: false,
      message: `You and they both changed ${named.join(", ")}${more ? ` and ${more} more paragraph${more === 1 ? "" : "s"}` : ""}, so nothing was brought in. Copy your version of ${named.length + more === 1 ? "it" : "them"}, reload, and apply your changes again.`,
    };
  }
  const doc: JSONContent = { type: "doc", content: mergedBlocks.blocks };
  const theirBlocks = JSON.stringify(blocks(docs.theirs));
  const stillMine =
    JSON.stringify(mergedBlocks.blocks) !== theirBlocks ||
    (Object.keys(mergedFields.fields) as (keyof ArticleFieldValues)[]).some((name) => mergedFields.fields[name] !== fields.theirs[name]);
  return { ok: true, doc, fields: mergedFields.fields, stillMine, theirChanges: mergedBlocks.theirChanges };
}
