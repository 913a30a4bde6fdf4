import { expect, makeUser, signIn, test } from "../fixtures";
import { pasteHtml } from "./editor-helpers";

// Word's clipboard HTML, abridged: a tracked deletion and insertion, a comment
// (its "[JS1]" label and its body), a footnote marker and a bulleted list
// written as Word list paragraphs with "·" markers.
const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta name=ProgId content=Word.Document><style><!-- span.msoDel {text-decoration:line-through} --></style></head>
<body lang=EN-GB><!--StartFragment-->
<p class=MsoNormal>The ferry operator <span class=msoDel><del cite="mailto:Jo%20Smith" datetime="2025-03-04T10:12">cut</del></span><span
class=msoIns><ins cite="mailto:Jo%20Smith" datetime="2025-03-04T10:12">raised</ins></span> fares by <b>12 percent</b><span
class=MsoCommentReference><span style='font-size:8.0pt'><![if !supportAnnotations]><a class=msocomanchor id="_anchor_1"
href="#_msocom_1" name="_msoanchor_1">[JS1]</a><![endif]><span style='mso-special-character:comment'>&nbsp;</span></span></span>
in January.<a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference>[1]</span></a><o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span
style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->Evening sailings were cancelled<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span
style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->The timetable did not improve<o:p></o:p></p>
<p class=MsoNormal>&nbsp;<o:p></o:p></p>
<div style='mso-element:comment-list'><![if !supportAnnotations]><hr class=msocomoff align=left size=1 width="33%"><![endif]>
<div style='mso-element:comment'><![if !supportAnnotations]><div id="_com_1" class=msocomtxt><![endif]><div>
<p class=MsoCommentText><span class=MsoCommentReference><![if !supportAnnotations]><a href="#_msoanchor_1" class=msocomoff>[JS1]</a><![endif]></span>Check
the operator's annual report<o:p></o:p></p></div><![if !supportAnnotations]></div><![endif]></div></div>
<!--EndFragment--></body></html>`;

test("Word paste: tracked deletions and comments are not article text; list paragraphs become a list", async ({ page }) => {
  await signIn(page, await makeUser("editor"));
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill("Ferry fares from Word");
  await pasteHtml(page, WORD);
  const text = page.getByRole("textbox", { name: "Article text" });
  await expect(text.getByRole("listitem")).toHaveCount(2);

  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page).toHaveURL(/\/articles\/[0-9a-f-]{36}$/);
  await page.reload();

  await expect(text.locator("p").first()).toHaveText("The ferry operator raised fares by 12 percent in January.");
  await expect(text.locator("strong")).toHaveText("12 percent");
  const items = text.locator("ul > li");
  await expect(items).toHaveText(["Evening sailings were cancelled", "The timetable did not improve"]);
  for (const gone of ["cut", "[JS1]", "[1]", "annual report", "·"]) await expect(text).not.toContainText(gone);
  await expect(text.locator("s, del, u, ins, hr")).toHaveCount(0);
  // The list paragraphs, the sentence and nothing else: no blank paragraph is left behind.
  await expect(text.locator(":scope > *")).toHaveCount(2);
});

test("plain-text paste: soft hyphens and zero-width spaces do not come into the article", async ({ page }) => {
  await signIn(page, await makeUser("editor"));
  await page.goto("/articles/new");
  const text = page.getByRole("textbox", { name: "Article text" });
  await text.click();
  // Only text/plain on the clipboard, as from a PDF or a text editor.
  await text.evaluate((el) => {
    const transfer = new DataTransfer();
    transfer.setData("text/plain", "The con\u00ADtrac\u00ADtor\u200B was paid £4\u2060m.");
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }));
  });
  await expect(text).toContainText("The contractor was paid £4m.");
  expect(await text.evaluate((el) => /[\u00ad\u200b\u2060]/.test(el.textContent ?? ""))).toBe(false);
});

test("a headline and byline pasted into a new article fill Title and Byline instead of the text", async ({ page }) => {
  await signIn(page, await makeUser("editor"));
  await page.goto("/articles/new");
  await pasteHtml(page, `<meta charset="utf-8"><b id="docs-internal-guid-1"><h1>City budget hearing draws crowd</h1><p>By Mara Okafor</p><p>The city council approved a $4.2 million budget on Tuesday.</p></b>`);
  const text = page.getByRole("textbox", { name: "Article text" });
  await expect(text).toContainText("The city council approved a $4.2 million budget on Tuesday.");
  await expect(page.getByLabel("Title")).toHaveValue("City budget hearing draws crowd");
  await expect(page.getByLabel("Byline")).toHaveValue("By Mara Okafor");
  await expect(text).not.toContainText("City budget hearing draws crowd");
  await expect(text).not.toContainText("By Mara Okafor");

  // With a title already typed, a pasted headline is the editor's to keep or delete.
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill("Budget");
  await pasteHtml(page, "<h1>Hearing draws crowd</h1><p>The council met.</p>");
  await expect(text.getByRole("heading", { name: "Hearing draws crowd" })).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue("Budget");
});
