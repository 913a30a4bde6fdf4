import { expect, test } from "vitest";
import { cleanDoc, InvalidDocumentError } from "./clean-doc";

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
