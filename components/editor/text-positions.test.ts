import { getSchema } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { Node as PMNode } from "@tiptap/pm/model";
import { expect, test } from "vitest";
import { docToPlainText, type DocNode } from "@/lib/articles/doc-text";
import { buildBlockIndex, offsetToPos, posToOffset } from "./text-positions";

const schema = getSchema([StarterKit]);

const json: DocNode = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "שלום 👋 Title" }] },
    { type: "paragraph", content: [{ type: "text", text: "Costs rose " }, { type: "text", text: "12%", marks: [{ type: "bold" }] }, { type: "hardBreak" }, { type: "text", text: "in 2025." }] },
    { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Item 🇺🇸 one" }] }] }] },
  ],
};

test("every plain-text character maps to the document character with the same text", () => {
  const doc = PMNode.fromJSON(schema, json);
  const text = docToPlainText(json);
  const index = buildBlockIndex(doc);
  for (const phrase of ["👋 Title", "12%", "in 2025.", "🇺🇸 one", "שלום"]) {
    const start = text.indexOf(phrase);
    const from = offsetToPos(index, start);
    const to = offsetToPos(index, start + phrase.length);
    expect(doc.textBetween(from, to, "\n\n", "\n")).toBe(phrase);
    expect(posToOffset(index, from)).toBe(start);
    expect(posToOffset(index, to)).toBe(start + phrase.length);
  }
});

test("the editor's own text agrees with the server's plain text", () => {
  const doc = PMNode.fromJSON(schema, json);
  expect(doc.textBetween(0, doc.content.size, "\n\n", "\n")).toBe(docToPlainText(json));
});
