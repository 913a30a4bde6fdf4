import { expect, test } from "vitest";
import { cleanDoc, InvalidDocumentError } from "./clean-doc";
import { docToPlainText } from "./doc-text";

test("keeps article shapes and drops the rest", () => {
  const doc = cleanDoc({
    type: "doc",
    content: [
      { type: "heading", attrs: { level: 9, onclick: "x" }, content: [{ type: "text", text: "Title" }] },
      { type: "image", attrs: { src: "https://evil.example/x.png" } },
      { type: "iframe", content: [{ type: "text", text: "inside" }] },
      {
        type: "paragraph",
        content: [
          { type: "text", text: "safe", marks: [{ type: "link", attrs: { href: "https://example.org", onmouseover: "x" } }] },
          { type: "text", text: "bad", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }, { type: "bold" }] },
          { type: "text", text: "data", marks: [{ type: "link", attrs: { href: " data:text/html,<script>" } }] },
          { type: "text", text: "" },
        ],
      },
    ],
  });
  expect(doc).toEqual({
    type: "doc",
    content: [
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Title" }] },
      {
        type: "paragraph",
        content: [
          { type: "text", text: "safe", marks: [{ type: "link", attrs: { href: "https://example.org" } }] },
          { type: "text", text: "bad", marks: [{ type: "bold" }] },
          { type: "text", text: "data" },
        ],
      },
    ],
  });
});

test.each([null, "doc", { type: "paragraph" }, { content: [] }])("refuses %j", (input) => {
  expect(() => cleanDoc(input)).toThrow(InvalidDocumentError);
});

test("refuses absurd nesting", () => {
  let node: Record<string, unknown> = { type: "paragraph" };
  for (let i = 0; i < 50; i++) node = { type: "blockquote", content: [node] };
  expect(() => cleanDoc({ type: "doc", content: [node] })).toThrow(InvalidDocumentError);
});

test("drops underline, strike and code marks but keeps their words", () => {
  const doc = cleanDoc({
    type: "doc",
    content: [
      {
        type: "paragraph",
        content: [
          { type: "text", text: "The fund ", marks: [{ type: "bold" }] },
          { type: "text", text: "grew", marks: [{ type: "bold" }, { type: "underline" }] },
          { type: "text", text: " by " },
          { type: "text", text: "4%", marks: [{ type: "strike" }] },
          { type: "text", text: " in ", marks: [{ type: "code" }] },
          { type: "text", text: "2025", marks: [{ type: "italic" }, { type: "strike" }] },
        ],
      },
    ],
  });
  expect(doc.content).toEqual([
    {
      type: "paragraph",
      content: [
        { type: "text", text: "The fund grew", marks: [{ type: "bold" }] },
        { type: "text", text: " by 4% in " },
        { type: "text", text: "2025", marks: [{ type: "italic" }] },
      ],
    },
  ]);
});

test("keeps block quotes; a code block becomes a paragraph with the same text; rules go", () => {
  const doc = cleanDoc({
    type: "doc",
    content: [
      { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "“We will not pay,” she said." }] }] },
      { type: "horizontalRule" },
      { type: "codeBlock", attrs: { language: "js" }, content: [{ type: "text", text: "line one\nline two\n" }] },
    ],
  });
  expect(doc.content).toEqual([
    { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "“We will not pay,” she said." }] }] },
    { type: "paragraph", content: [{ type: "text", text: "line one" }, { type: "hardBreak" }, { type: "text", text: "line two" }, { type: "hardBreak" }] },
  ]);
  // The article's text (and so every claim offset) is unchanged by the rewrite.
  expect(docToPlainText(doc)).toBe("“We will not pay,” she said.\n\nline one\nline two\n");
});
