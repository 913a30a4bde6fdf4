import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { memoToHtml } from "./html";
import { memoFixture } from "./test-support/fixtures";

const doc = (html: string) => parseHTML(html).document;

describe("memo HTML", () => {
  const html = memoToHtml(memoFixture());

  test("a standalone UTF-8 document with a print stylesheet", () => {
    expect(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">")).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/@media print \{[\s\S]*break-inside: avoid/);
    expect(doc(html).querySelector("title")?.textContent).toBe("Fact-check memo: City budget");
  });

  test("claims in article order with verdict, reviewer and approver", () => {
    const claims = [...doc(html).querySelectorAll("article.claim")];
    expect(claims.map((c) => c.id)).toEqual(["claim-c1", "claim-c2", "claim-c3", "claim-c4", "claim-c5", "claim-c6"]);
    const first = claims[0].textContent ?? "";
    for (const part of ["Inaccurate", "(1/5)", "Sam Okafor", "Lee Park", "The education department lists 196.", "School directory"]) {
      expect(first).toContain(part);
    }
  });

  test.each([
    ["a script tag in a claim stays text", { text: "<script>alert(1)</script>" }, "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ["an attribute breakout in an id stays inside the quotes", { id: 'x" onclick="y' }, 'id="claim-x&quot; onclick=&quot;y"'],
  ])("%s", (_name, patch, expected) => {
    const memo = memoFixture();
    const out = memoToHtml({ ...memo, claims: [{ ...memo.claims[3], ...patch }] });
    expect(out).toContain(expected);
    expect(doc(out).querySelectorAll("script")).toHaveLength(0);
  });

  test.each([
    ["javascript:alert(1)", 0],
    ["https://ok.example", 1],
  ])("evidence URL %s becomes %i link(s)", (url, links) => {
    const memo = memoFixture();
    const c1 = memo.claims[1];
    const claim = { ...c1, evidence: [{ ...c1.evidence[0], url, archiveUrl: null }] };
    const out = doc(memoToHtml({ ...memo, claims: [claim] }));
    expect(out.querySelectorAll("ol.evidence a")).toHaveLength(links);
  });

  test("a scale colour that is not a hex colour never reaches the style attribute", () => {
    const memo = memoFixture();
    const scale = memo.scale.map((e) => ({ ...e, color: "red;background:url(https://x)" }));
    expect(memoToHtml({ ...memo, scale })).not.toContain("url(https://x)");
  });
});
