import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { expect, makeUser, signIn, test } from "../fixtures";
import { pasteHtml } from "./editor-helpers";

const READABLE_PAGE = `<!doctype html><html><head><title>Ferry fares rise again</title></head><body>
<nav>Home | News | Sport</nav>
<article><h1>Ferry fares rise again</h1><p class="byline">By Jo Lind</p>
<p>Ferry fares between the two islands will rise by 12 percent in January, the operator said on Monday, the third increase in two years.</p>
<p>The operator carried 1.4 million passengers last year, up from 1.1 million in 2022, according to its annual report.</p>
<p>Residents say the timetable has not improved since the last rise and that evening sailings are often cancelled at short notice.</p>
<script>window.__imported = true</script></article><footer>Subscribe to our newsletter</footer></body></html>`;

/** Files from the import QA pass, shared with the unit tests. */
const fixture = (name: string) => readFileSync(path.resolve("lib/intake/fixtures", name));

let server: Server;
let base: string;
test.beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/story") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(READABLE_PAGE);
    } else if (req.url?.startsWith("/cafe?")) {
      // windows-1252, declared only by the page's <meta charset>.
      res.writeHead(200, { "content-type": "text/html" });
      res.end(fixture("latin1-meta.html"));
    } else if (req.url === "/report.pdf") {
      res.writeHead(200, { "content-type": "application/pdf" });
      res.end("%PDF-1.4");
    } else {
      res.writeHead(404, { "content-type": "text/html" });
      res.end("<h1>Not found</h1>");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test("import from URL: a readable article fills the form; a 404 and a PDF say what happened", async ({ page }) => {
  await signIn(page, await makeUser("editor"));
  await page.goto("/articles/new");
  await page.getByRole("button", { name: "Import from URL" }).click();

  await page.getByLabel("Article URL").fill(`${base}/missing`);
  await page.getByRole("button", { name: "Fetch article" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /404|not found/i })).toBeVisible();

  await page.getByLabel("Article URL").fill(`${base}/report.pdf`);
  await page.getByRole("button", { name: "Fetch article" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /not a web page|HTML|PDF/i })).toBeVisible();

  // Not an address at all: the desk says so, and the last error does not stay behind to describe it.
  await page.getByLabel("Article URL").fill("not a url");
  await expect(page.getByRole("alert").filter({ hasText: /not a web page|HTML|PDF/i })).toHaveCount(0);
  await page.getByRole("button", { name: "Fetch article" }).click();
  await expect(page.getByLabel("Article URL")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("alert").filter({ hasText: "That is not a web address." })).toBeVisible();

  await page.getByLabel("Article URL").fill(`${base}/story`);
  await page.getByRole("button", { name: "Fetch article" }).click();
  const text = page.getByRole("textbox", { name: "Article text" });
  await expect(text).toContainText("Ferry fares between the two islands will rise by 12 percent");
  await expect(text).not.toContainText("Subscribe to our newsletter");
  await expect(page.getByLabel("Title")).toHaveValue("Ferry fares rise again");
  await expect(page.getByLabel("Source URL")).toHaveValue(`${base}/story`);
  expect(await page.evaluate(() => (window as { __imported?: boolean }).__imported)).toBeUndefined();

  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page).toHaveURL(/\/articles\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Ferry fares rise again" })).toBeVisible();
});

test("import file: Markdown comes in with its structure; a fake .docx is refused and nothing is saved", async ({ page }) => {
  await signIn(page, await makeUser("editor"));
  await page.goto("/articles/new");
  const chooser = page.getByLabel("Article file");
  await chooser.setInputFiles({ name: "broken.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from([0, 1, 2, 3, 255, 254, 0, 7]) });
  await expect(page.getByRole("alert").filter({ hasText: "broken.docx" })).toContainText(/not a readable Word document/);
  await expect(page.getByRole("textbox", { name: "Article text" })).toHaveText("");

  const md = "# Budget notes\n\nBy Sam Writer\n\nThe budget grew by **4 percent** in 2025.\n\n# Where it goes\n\n- first point\n- second point\n";
  await chooser.setInputFiles({ name: "notes.md", mimeType: "text/markdown", buffer: Buffer.from(md) });
  const text = page.getByRole("textbox", { name: "Article text" });
  await expect(text.locator("strong")).toHaveText("4 percent");
  await expect(text.getByRole("listitem")).toHaveCount(2);
  // The headline and byline go to their fields, not into the text; a later H1 is an H2 the toolbar can edit.
  await expect(page.getByLabel("Title")).toHaveValue("Budget notes");
  await expect(page.getByLabel("Byline")).toHaveValue("By Sam Writer");
  await expect(text.getByRole("heading", { name: "Budget notes" })).toHaveCount(0);
  await expect(text).not.toContainText("Sam Writer");
  await expect(text.getByRole("heading", { level: 2, name: "Where it goes" })).toBeVisible();
});

test("hostile paste: scripts, iframes, handlers and javascript: links never run and are not kept", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signIn(page, await makeUser("editor"));
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill("Hostile paste");
  await pasteHtml(
    page,
    `<p>Safe text about the 2025 budget.</p><script>window.__xss = "script"</script>
     <img src="x" onerror="window.__xss = 'img'; alert(1)"><iframe src="javascript:window.__xss='iframe'"></iframe>
     <p onclick="window.__xss='click'">Click <a href="javascript:window.__xss='link'">here</a> and <a href="https://example.org/ok">there</a>.</p>
     <p style="color:red" onmouseover="alert(2)">Styled שלום 👋 text.</p>`,
  );
  const text = page.getByRole("textbox", { name: "Article text" });
  await expect(text).toContainText("Safe text about the 2025 budget.");
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page).toHaveURL(/\/articles\/[0-9a-f-]{36}$/);
  await page.reload();
  await text.getByText("Click").click();
  await text.getByText("Styled").hover();
  await expect(text).toContainText("Styled שלום 👋 text.");
  expect(await page.evaluate(() => (window as { __xss?: string }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await expect(text.locator("script, iframe, img, [onclick], [onmouseover], [style]")).toHaveCount(0);
  await expect(text.locator('a[href^="javascript:"]')).toHaveCount(0);
  await expect(text.locator('a[href="https://example.org/ok"]')).toHaveCount(1);
});

test("empty and over-limit text get a clear message and nothing is saved", async ({ page }) => {
  await signIn(page, await makeUser("editor"));
  await page.goto("/articles/new");
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByText("Give the article a title.")).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "The article has no text yet" })).toBeVisible();

  await page.getByLabel("Title").fill("Far too long");
  const paragraph = `<p>${"The council met again on Tuesday to discuss the bridge budget. ".repeat(40)}</p>`;
  await pasteHtml(page, paragraph.repeat(90));
  await expect(page.getByText(/\/ 200,000 characters/)).toHaveClass(/field-error/);
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "the desk takes up to 200,000" })).toBeVisible();
  await expect(page).toHaveURL(/\/articles\/new$/);
});

test("import: Word's web page and a page in windows-1252 come in as their authors wrote them", async ({ page }) => {
  await signIn(page, await makeUser("editor"));
  await page.goto("/articles/new");
  const text = page.getByRole("textbox", { name: "Article text" });

  await page.getByLabel("Article file").setInputFiles({ name: "word-saved.htm", mimeType: "text/html", buffer: fixture("word-saved.htm") });
  await expect(page.getByLabel("Title")).toHaveValue("Rail strike to cost economy £200m a day");
  await expect(page.getByLabel("Byline")).toHaveValue("By Priya Raman");
  await expect(text).toContainText("Train drivers will strike for four days next week");
  await expect(text).not.toContainText(/threefour|\[EI1\]|\[1\]|CEBR figure|Aslef ballot|·/);
  await expect(text.getByRole("listitem")).toHaveCount(2);

  await page.goto("/articles/new");
  await page.getByRole("button", { name: "Import from URL" }).click();
  await page.getByLabel("Article URL").fill(`${base}/cafe?utm_source=newsletter&utm_medium=email&fbclid=IwAR0`);
  await page.getByRole("button", { name: "Fetch article" }).click();
  await expect(text).toContainText("“Customers are noticing,” said Renée Dupré");
  await expect(text).not.toContainText("\ufffd");
  await expect(page.getByLabel("Title")).toHaveValue("Café prices up 12%");
  await expect(page.getByLabel("Source URL")).toHaveValue(`${base}/cafe`);
});

test("a publish deadline already past, or years away, is noted under the field, not refused", async ({ page }) => {
  await signIn(page, await makeUser("editor"));
  await page.getByRole("link", { name: "New article" }).click();
  const deadline = page.getByLabel("Publish deadline");
  const passed = page.getByRole("note").filter({ hasText: "This deadline has passed." });
  const far = page.getByRole("note").filter({ hasText: "This deadline is more than a year away. Check the year." });
  const soon = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000);
  const pad = (n: number) => String(n).padStart(2, "0");
  await deadline.fill(`${soon.getFullYear()}-${pad(soon.getMonth() + 1)}-${pad(soon.getDate())}T18:00`);
  await expect(passed).toHaveCount(0);
  await expect(far).toHaveCount(0);
  await deadline.fill("2020-01-10T18:00");
  await expect(passed).toBeVisible();
  await deadline.fill("2099-01-10T18:00");
  await expect(far).toBeVisible();
  await expect(passed).toHaveCount(0);
});
