import { getSchema } from "@tiptap/core";
import type { JSONContent } from "@tiptap/react";
import { describe, expect, test } from "vitest";
import { articleExtensions } from "@/components/editor/extensions";
import { bringInTheirs } from "./bring-in-theirs";

const schema = getSchema(articleExtensions(() => {}));
const p = (text: string): JSONContent => ({ type: "paragraph", content: [{ type: "text", text }] });
const item = (text: string): JSONContent => ({ type: "listItem", content: [p(text)] });
const doc = (...content: JSONContent[]): JSONContent => ({ type: "doc", content });
const fields = { title: "Rents", byline: "", sourceUrl: "", deadline: "" };
const same = { base: fields, mine: fields, theirs: fields };

describe("bringing another editor's save into this editor's text", () => {
  test("different items of one bulleted list: both sides' changes kept", () => {
    const list = (...items: string[]): JSONContent => ({ type: "bulletList", content: items.map(item) });
    const result = bringInTheirs(
      schema,
      { base: doc(p("What we know:"), list("Rents up 9%", "Fares up 3%")), mine: doc(p("What we know:"), list("Rents up 9.4%", "Fares up 3%")), theirs: doc(p("What we know:"), list("Rents up 9%", "Fares up 3.1%")) },
      same,
    );
    expect(result.ok && JSON.stringify(result.doc)).toContain("Rents up 9.4%");
    expect(result.ok && JSON.stringify(result.doc)).toContain("Fares up 3.1%");
    expect(result).toMatchObject({ ok: true, stillMine: true, theirChanges: 1 });
  });

  test("a paragraph written in JSON another way (an import) still compares equal once read by the editor's schema", () => {
    const imported: JSONContent = { type: "doc", content: [{ type: "paragraph", attrs: {}, content: [{ type: "text", text: "Intro.", marks: [] }] }, p("Body.")] };
    const result = bringInTheirs(schema, { base: imported, mine: doc(p("Intro."), p("Body, edited.")), theirs: doc(p("Intro, theirs."), p("Body.")) }, same);
    expect(result).toMatchObject({ ok: true, theirChanges: 1 });
  });

  test("the same paragraph changed two ways is named, with nothing merged", () => {
    const result = bringInTheirs(schema, { base: doc(p("Rents rose 9%.")), mine: doc(p("Rents rose 9.4%.")), theirs: doc(p("Rents rose 8%.")) }, same);
    expect(result).toEqual({ ok: false, message: "You and they both changed “Rents rose 9.4%.”, so nothing was brought in. Copy your version of it, reload, and apply your changes again." });
  });
});
