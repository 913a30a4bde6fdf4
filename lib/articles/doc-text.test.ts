import { describe, expect, test } from "vitest";
import { docToPlainText, plainTextToDoc, type DocNode } from "./doc-text";

describe("docToPlainText", () => {
  test("headings, paragraphs, lists and hard breaks", () => {
    const doc: DocNode = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Budget" }] },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Spending rose " },
            { type: "text", text: "12%", marks: [{ type: "bold" }] },
            { type: "hardBreak" },
            { type: "text", text: "last year." },
          ],
        },
        {
          type: "bulletList",
          content: [
            { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "One" }] }] },
            { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Two" }] }] },
          ],
        },
        { type: "paragraph" },
      ],
    };
    expect(docToPlainText(doc)).toBe("Budget\n\nSpending rose 12%\nlast year.\n\nOne\n\nTwo\n\n");
  });

  test("round trip of plain paragraphs keeps emoji and right-to-left text", () => {
    const text = "שלום עולם 👋 first.\n\nSecond paragraph 🇺🇸.";
    expect(docToPlainText(plainTextToDoc(text))).toBe(text);
  });
});
