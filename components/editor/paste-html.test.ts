import { readFileSync } from "node:fs";
import { getSchema } from "@tiptap/core";
import { DOMParser as PMDOMParser } from "@tiptap/pm/model";
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { docToPlainText, type DocNode } from "@/lib/articles/doc-text";
import { articleExtensions } from "./extensions";
import { cleanPastedHtml } from "./paste-html";

const parse = (html: string) => parseHTML(html).document as unknown as Document;
const clean = (html: string) => cleanPastedHtml(html, parse);
const schema = getSchema(articleExtensions(() => {}));

/** What the editor stores for a paste: the cleaned HTML parsed against the article schema. */
function pasted(html: string): DocNode {
  const body = parse(`<!doctype html><html><body>${clean(html)}</body></html>`).body;
  return PMDOMParser.fromSchema(schema).parse(body as unknown as Node).toJSON() as DocNode;
}

/** Node and mark types used anywhere in a document. */
function typesIn(node: DocNode, into = new Set<string>()): Set<string> {
  into.add(node.type);
  for (const mark of node.marks ?? []) into.add(`mark:${mark.type}`);
  for (const child of node.content ?? []) typesIn(child, into);
  return into;
}

// Word's clipboard HTML, abridged from a real copy (Word for Windows, "All
// Markup" view): a whole document with a <head> of styles, conditional
// comments, MsoNormal paragraphs, tracked changes, a comment and a footnote.
const WORD_HEAD = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document>
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->
<style><!-- p.MsoNormal {margin:0in;font-size:12.0pt;} span.msoIns {text-decoration:underline;color:teal;}
span.msoDel {text-decoration:line-through;color:red;} --></style></head>
<body lang=EN-GB style='tab-interval:36.0pt;word-wrap:break-word'><!--StartFragment-->`;
const WORD_TAIL = `<!--EndFragment--></body></html>`;

const WORD_TRACKED = `${WORD_HEAD}
<h1>Bridge budget doubles</h1>
<p class=MsoNormal>The council <span class=msoDel><del cite="mailto:Jo%20Smith" datetime="2025-03-04T10:12">cut</del></span><span class=msoIns><ins cite="mailto:Jo%20Smith" datetime="2025-03-04T10:12">raised</ins></span>
the budget to <b>£4.2m</b> on <i>Tuesday</i>.<o:p></o:p></p>
<p class=MsoNormal><s><span class=msoDel><del cite="mailto:Jo%20Smith" datetime="2025-03-04T10:13">Nobody objected.</del></span></s><o:p></o:p></p>
<p class=MsoNormal>&nbsp;<o:p></o:p></p>
${WORD_TAIL}`;

const WORD_COMMENT = `${WORD_HEAD}
<p class=MsoNormal><span style='mso-comment-reference:JS_1;mso-comment-date:20250304T1015'>Unemployment fell to 4 percent</span><span
class=MsoCommentReference><span style='font-size:8.0pt'><![if !supportAnnotations]><a class=msocomanchor
id="_anchor_1" href="#_msocom_1" language=JavaScript name="_msoanchor_1">[JS1]</a><![endif]><span
style='mso-special-character:comment'>&nbsp;</span></span></span> last year, the minister said.<a
style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference><span
style='mso-special-character:footnote'><![if !supportFootnotes]><span class=MsoFootnoteReference>[1]</span><![endif]></span></span></a><o:p></o:p></p>
<div style='mso-element:comment-list'><![if !supportAnnotations]><hr class=msocomoff align=left size=1 width="33%"><![endif]>
<div style='mso-element:comment'><![if !supportAnnotations]><div id="_com_1" class=msocomtxt language=JavaScript
onmouseover="msoCommentShow('_anchor_1','_com_1')" onmouseout="msoCommentHide('_com_1')"><![endif]><div>
<![if !supportAnnotations]><a name="_msocom_1"></a><![endif]>
<p class=MsoCommentText><span class=MsoCommentReference><span style='font-size:8.0pt'><![if !supportAnnotations]><a
href="#_msoanchor_1" class=msocomoff>[JS1]</a><![endif]><span style='mso-special-character:comment'>&nbsp;</span></span></span>Check
against the ONS series, not the press release.<o:p></o:p></p></div><![if !supportAnnotations]></div><![endif]></div></div>
<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all><hr align=left size=1 width="33%"><![endif]>
<div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href="#_ftnref1"
name="_ftn1" title=""><span class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]><span
class=MsoFootnoteReference>[1]</span><![endif]></span></span></a> Labour Force Survey, March 2025.<o:p></o:p></p></div></div>
${WORD_TAIL}`;

// Word writes the markers inside <!--[if !supportLists]--> comments in newer builds and
// as bare <![if !supportLists]> in older ones; both are used below.
const WORD_LISTS = `${WORD_HEAD}
<p class=MsoNormal>Three things changed:<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Fares rose <b>12%</b><o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><!--[if !supportLists]--><span
style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><!--[endif]-->on the
island route<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span
style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->Sailings were cut<o:p></o:p></p>
<p class=MsoNormal>Then the steps:<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span
style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><!--[endif]-->Consult residents<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span
style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><!--[endif]-->Publish the <a
href="https://example.org/timetable">timetable</a><o:p></o:p></p>
<p class=MsoListParagraph style='margin-left:36.0pt'>Indented, but not a list item.<o:p></o:p></p>
${WORD_TAIL}`;

// Google Docs' clipboard HTML: a <b style="font-weight:normal"> wrapper, styled
// spans for every run, bare <br> between blocks and an image in its own paragraph.
const GDOCS = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b3c4d-7fff-1234-abcd-0123456789ab"><h2 dir="ltr" style="line-height:1.38;margin-top:18pt;margin-bottom:6pt;"><span style="font-size:16pt;font-family:Arial,sans-serif;color:#000000;font-weight:400;font-style:normal;vertical-align:baseline;">Where the money goes</span></h2>
<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:700;font-style:normal;">Spending</span><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;font-style:normal;"> rose by </span><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;font-style:italic;">4 percent</span><span style="font-size:11pt;font-weight:400;text-decoration:underline;-webkit-text-decoration-skip:none;text-decoration-skip-ink:none;"> according to</span><span style="font-size:11pt;font-weight:400;"> </span><a href="https://example.org/report" style="text-decoration:none;"><span style="font-size:11pt;color:#1155cc;font-weight:400;text-decoration:underline;">the report</span></a><span style="font-size:11pt;font-weight:400;">, </span><span style="font-size:11pt;font-weight:400;text-decoration:line-through;">not</span><span style="font-size:11pt;font-weight:400;"> </span><span style="font-size:11pt;font-family:'Courier New',monospace;font-weight:400;">the budget</span><span style="font-size:11pt;font-weight:400;">.</span></p>
<br><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-weight:400;"><span style="border:none;display:inline-block;overflow:hidden;width:602px;height:339px;"><img src="https://lh7-us.googleusercontent.com/docsz/abc" width="602" height="339" style="margin-left:0px;margin-top:0px;"></span></span></p>
<br><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-weight:400;">Roads</span></p></li><li dir="ltr" style="list-style-type:disc;font-size:11pt;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-weight:400;">Schools</span></p></li></ul>
<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-weight:400;"><br></span></p>
<pre style="font-family:monospace">total = 4.2
per_head = 12</pre><hr><blockquote><p>“We will not pay,” she said.</p></blockquote></b><br class="Apple-interchange-newline">`;

describe("Word tracked changes", () => {
  test("deletions go entirely, insertions stay as plain text", () => {
    const doc = pasted(WORD_TRACKED);
    expect(docToPlainText(doc)).toBe("Bridge budget doubles\n\nThe council raised the budget to £4.2m on Tuesday.");
    expect(doc.content?.[0]).toMatchObject({ type: "heading", attrs: { level: 1 } });
    const types = typesIn(doc);
    expect(types.has("mark:bold") && types.has("mark:italic")).toBe(true);
    expect([...types].filter((t) => /strike|underline|code/.test(t))).toEqual([]);
  });

  test("the cleaned HTML carries no revision elements", () => {
    expect(clean(WORD_TRACKED)).not.toMatch(/<(?:del|ins|s)\b|msoDel|msoIns|Nobody objected|cut/);
  });
});

describe("Word comments and footnotes", () => {
  test("comment labels and bodies go; the commented words stay; footnote markers go, the note's text stays", () => {
    const doc = pasted(WORD_COMMENT);
    expect(docToPlainText(doc)).toBe(
      "Unemployment fell to 4 percent last year, the minister said.\n\nLabour Force Survey, March 2025.",
    );
  });

  test("no comment anchors or links survive", () => {
    const html = clean(WORD_COMMENT);
    expect(html).not.toMatch(/_msocom_|_msoanchor_|\[JS1\]|\[1\]|ONS series|MsoComment/);
  });
});

describe("Word lists", () => {
  test("list paragraphs become real lists without their markers; levels nest", () => {
    const doc = pasted(WORD_LISTS);
    const blocks = doc.content ?? [];
    expect(blocks.map((b) => b.type)).toEqual(["paragraph", "bulletList", "paragraph", "orderedList", "paragraph"]);
    const bullets = blocks[1];
    expect(bullets.content).toHaveLength(2);
    expect(docToPlainText({ type: "doc", content: [bullets] })).toBe("Fares rose 12%\n\non the island route\n\nSailings were cut");
    // "on the island route" was a level-2 item: it sits in a list inside the first item.
    expect(bullets.content?.[0].content?.[1]).toMatchObject({ type: "bulletList" });
    const steps = blocks[3];
    expect(docToPlainText({ type: "doc", content: [steps] })).toBe("Consult residents\n\nPublish the timetable");
    expect(typesIn(steps).has("mark:link")).toBe(true);
    expect(docToPlainText(doc)).not.toMatch(/[·\u00a0]|^o |\d\./m);
    expect(docToPlainText({ type: "doc", content: [blocks[4]] })).toBe("Indented, but not a list item.");
  });

  test("a list paragraph without the marker span loses its typed bullet", () => {
    const html = `<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'>·&nbsp;&nbsp;&nbsp;&nbsp;First</p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'>·&nbsp;&nbsp;&nbsp;&nbsp;Second</p>`;
    expect(pasted(html).content).toEqual([
      {
        type: "bulletList",
        content: ["First", "Second"].map((text) => ({ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text }] }] })),
      },
    ]);
  });
});

describe("Google Docs", () => {
  test("keeps headings, bold/italic, links, lists and quotes; drops underline, strike, code, rules, images and blank lines", () => {
    const doc = pasted(GDOCS);
    expect((doc.content ?? []).map((b) => b.type)).toEqual(["heading", "paragraph", "bulletList", "paragraph", "blockquote"]);
    expect(docToPlainText(doc)).toBe(
      "Where the money goes\n\nSpending rose by 4 percent according to the report, not the budget.\n\nRoads\n\nSchools\n\ntotal = 4.2\nper_head = 12\n\n“We will not pay,” she said.",
    );
    const types = typesIn(doc);
    for (const kept of ["mark:bold", "mark:italic", "mark:link"]) expect(types).toContain(kept);
    expect([...types].filter((t) => /strike|underline|code|horizontalRule|image/.test(t))).toEqual([]);
  });

  test("the schema has no underline, strike or code marks to parse into", () => {
    expect(Object.keys(schema.marks).sort()).toEqual(["bold", "italic", "link"]);
    expect(Object.keys(schema.nodes)).not.toContain("codeBlock");
    expect(Object.keys(schema.nodes)).not.toContain("horizontalRule");
  });
});

test("plain fragments and the editor's own copies pass through unchanged in meaning", () => {
  expect(clean(`<p>One <strong>two</strong> <a href="https://example.org">three</a></p>`)).toBe(
    `<p>One <strong>two</strong> <a href="https://example.org">three</a></p>`,
  );
  expect(clean(`<p data-pm-slice="1 1 []">Council</p><p></p><p>met</p>`)).toBe(`<p data-pm-slice="1 1 []">Council</p><p>met</p>`);
});

test("an article saved with underline, strike, code or a code block still loads, with all its words", async () => {
  const { Editor } = await import("@tiptap/core");
  const stored = {
    type: "doc",
    content: [
      { type: "paragraph", content: [{ type: "text", text: "Fares " }, { type: "text", text: "rose", marks: [{ type: "underline" }, { type: "bold" }] }, { type: "text", text: " 12%", marks: [{ type: "strike" }] }] },
      { type: "horizontalRule" },
      { type: "codeBlock", content: [{ type: "text", text: "a = 1\nb = 2" }] },
      { type: "paragraph", content: [{ type: "text", text: "fare_table", marks: [{ type: "code" }] }] },
    ],
  };
  const editor = new Editor({ element: null, extensions: articleExtensions(() => {}), content: stored });
  const json = editor.getJSON() as DocNode;
  editor.destroy();
  expect(docToPlainText(json)).toBe("Fares rose 12%\n\na = 1\nb = 2\n\nfare_table");
  expect([...typesIn(json)].filter((t) => t.startsWith("mark:"))).toEqual(["mark:bold"]);
});

test("a link the article could not keep (relative, ftp:, a local file) becomes plain words at paste, as saving would leave it", () => {
  const out = clean('<p>See <a href="/news/earlier">our report</a>, <a href="ftp://files.example/t4.csv">table 4</a>, <a href="file:///C:/notes.docx">my notes</a> and <a href="https://ons.gov.uk/t4">the ONS</a>.</p>');
  expect(out).toContain('<a href="https://ons.gov.uk/t4">the ONS</a>');
  expect(out).not.toMatch(/<a [^>]*href="(\/news|ftp:|file:)/);
  expect(out).toContain("See our report, table 4, my notes and");
});

// The same cleanup serves file and URL import (lib/intake/office-html.ts); these
// pastes use the QA's files in lib/intake/fixtures.
const fixture = (name: string) => readFileSync(new URL(`../../lib/intake/fixtures/${name}`, import.meta.url), "utf8");

describe("shared with import", () => {
  test("Word's saved web page: the Title paragraph is a heading, changes accepted, no review marks or bullets", () => {
    const doc = pasted(fixture("word-saved.htm"));
    expect(doc.content?.[0]).toMatchObject({ type: "heading", attrs: { level: 1 } });
    const text = docToPlainText(doc);
    expect(text).toContain("strike for four days next week");
    expect(text).not.toMatch(/threefour|\[EI1\]|\[1\]|CEBR figure|·/);
    expect((doc.content ?? []).map((b) => b.type)).toContain("bulletList");
  });

  test("Google Docs' clipboard: footnote markers go and links point past Google's redirect", () => {
    const html = clean(fixture("gdocs-clipboard.html"));
    expect(html).not.toContain("[1]");
    expect(html).toContain('href="https://www.ons.gov.uk/x"');
    expect(docToPlainText(pasted(fixture("gdocs-clipboard.html")))).toContain("Real pay rose 1.1%.");
  });

  test("soft hyphens, zero-width spaces and word joiners go; emoji joiners stay", () => {
    expect(docToPlainText(pasted("<p>The con\u00adtrac\u00adtor\u200b said\u2060 so 👩\u200d💻.</p>"))).toBe("The contractor said so 👩\u200d💻.");
  });

  test("a table pastes as one paragraph per row", () => {
    const doc = pasted("<table><tr><th>Service</th><th>2026</th></tr><tr><td>Roads</td><td>£35m</td></tr></table>");
    expect(docToPlainText(doc)).toBe("Service | 2026\n\nRoads | £35m");
  });
});
