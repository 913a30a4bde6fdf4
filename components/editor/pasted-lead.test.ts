import { getSchema } from "@tiptap/core";
import { Fragment, Node as PMNode, Slice } from "@tiptap/pm/model";
import { describe, expect, test } from "vitest";
import { articleExtensions, pastedLead } from "./extensions";

const schema = getSchema(articleExtensions(() => {}));
const node = (json: object) => PMNode.fromJSON(schema, json);
const h = (level: number, text: string) => node({ type: "heading", attrs: { level }, content: [{ type: "text", text }] });
const p = (text: string) => node({ type: "paragraph", content: [{ type: "text", text }] });
const slice = (...nodes: PMNode[]) => new Slice(Fragment.from(nodes), 0, 0);
const texts = (s: Slice) => {
  const out: string[] = [];
  s.content.forEach((n) => out.push(n.textContent));
  return out;
};

describe("a headline pasted at the top of an article", () => {
  test("an H1 and a By line come out as title and byline; the text keeps the rest", () => {
    const lifted = pastedLead(slice(h(1, "City budget hearing draws crowd"), p("By Mara Okafor"), p("The council approved a $4.2 million budget.")));
    expect(lifted?.lead).toEqual({ title: "City budget hearing draws crowd", byline: "By Mara Okafor" });
    expect(texts(lifted!.rest)).toEqual(["The council approved a $4.2 million budget."]);
  });

  test("an H1 without a byline: the next paragraph stays text, even when it starts with By", () => {
    const lifted = pastedLead(slice(h(1, "Jobs report"), p("By March, 40,000 jobs had gone.")));
    expect(lifted?.lead).toEqual({ title: "Jobs report", byline: null });
    expect(texts(lifted!.rest)).toEqual(["By March, 40,000 jobs had gone."]);
  });

  test("text that does not start with an H1 is left alone", () => {
    expect(pastedLead(slice(h(2, "Background"), p("Rents rose.")))).toBeNull();
    expect(pastedLead(slice(p("Rents rose.")))).toBeNull();
  });

  test("a headline alone leaves nothing to paste into the text", () => {
    expect(pastedLead(slice(h(1, "Only a headline")))?.rest.size).toBe(0);
  });
});
