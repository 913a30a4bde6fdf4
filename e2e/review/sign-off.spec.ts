import { expect, makeUser, signIn, test } from "../fixtures";
import { ensureFounder, makeArticleWithClaims, onlyActiveReviewer, setRole } from "./desk";

const SENTENCES = [
  "The city spent 4.2 million on road repairs in 2024.",
  "Bus ridership fell by 12 percent over five years.",
  "The new library is the largest in the region.",
];

test("assign, review with evidence, two-person sign-off, return, resubmit, approve", async ({ browser }) => {
  const founderId = await ensureFounder();
  const [editor, otherEditor, reviewer] = [await makeUser("editor"), await makeUser("editor"), await makeUser("reviewer")];
  await onlyActiveReviewer(reviewer.id, founderId);
  const article = await makeArticleWithClaims(editor.id, SENTENCES, new Date(Date.now() + 3 * 24 * 3600 * 1000));
  const [first, second, third] = article.claims;

  // The editor assigns two claims by hand and the third by auto-assign.
  const editorPage = await (await browser.newContext()).newPage();
  await signIn(editorPage, editor);
  await editorPage.goto(`/claims/assign?article=${article.id}`);
  await editorPage.getByRole("checkbox", { name: first.text }).check();
  await editorPage.getByRole("checkbox", { name: second.text }).check();
  await editorPage.getByLabel("Reviewer").selectOption(reviewer.id);
  await expect(editorPage.getByLabel("Due")).not.toHaveValue("");
  await editorPage.getByLabel("Priority").selectOption("high");
  await editorPage.getByLabel("Note").fill("Use the audited accounts.");
  await editorPage.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(editorPage.getByRole("status")).toHaveText(`Assigned 2 claims to ${reviewer.name}.`);
  // The note and priority were for those two: Auto-assign does not copy them onto the third.
  await expect(editorPage.getByLabel("Note")).toHaveValue("");
  await expect(editorPage.getByLabel("Priority")).toHaveValue("normal");
  await editorPage.getByRole("button", { name: "Auto-assign" }).click();
  await editorPage.getByRole("button", { name: "Assign these" }).click();
  await expect(editorPage.getByRole("status")).toHaveText(`Auto-assigned 1 claim: ${reviewer.name} 1.`);

  // The reviewer finds all three in My queue and is told by the bell.
  const reviewerContext = await browser.newContext();
  const reviewerPage = await reviewerContext.newPage();
  await signIn(reviewerPage, reviewer);
  await expect(reviewerPage.getByRole("link", { name: /Notifications, [1-9]\d* unread/ })).toBeVisible();
  await reviewerPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My queue" }).click();
  const todo = reviewerPage.getByRole("region", { name: /To do/ });
  for (const claim of [first, second, third]) await expect(todo.getByRole("link", { name: claim.text })).toBeVisible();
  await expect(reviewerPage.getByRole("list", { name: "Counts by state" })).toContainText("Assigned: 3");

  // A verdict with two evidence items, submitted for sign-off.
  await todo.getByRole("link", { name: first.text }).click();
  await expect(reviewerPage.locator("mark")).toHaveText(first.text);
  await reviewerPage.getByRole("group", { name: "Verdict" }).getByLabel("Mostly accurate").check();
  await reviewerPage.getByLabel("Rationale").fill("The audited accounts show 4.1 million.");
  await reviewerPage.getByRole("button", { name: "Add evidence" }).click();
  const ev1 = reviewerPage.getByRole("group", { name: "Evidence 1" });
  await ev1.getByLabel("Source URL").fill("not a url");
  await ev1.getByLabel("Title").fill("Audited accounts 2024");
  await expect(ev1.getByText("Enter the source's web address, starting with https://.")).toBeVisible();
  await ev1.getByLabel("Source URL").fill("https://city.example/accounts-2024.pdf");
  await ev1.getByLabel("Publisher").fill("City finance office");
  await ev1.getByLabel("Quote").fill("Road maintenance: 4,1m");
  await reviewerPage.getByRole("button", { name: "Add evidence" }).click();
  const ev2 = reviewerPage.getByRole("group", { name: "Evidence 2" });
  await ev2.getByLabel("Source URL").fill("https://news.example/roads?utm_source=newsletter&utm_medium=email");
  await ev2.getByLabel("Source URL").press("Tab");
  await ev2.getByLabel("Stance").selectOption("context");
  // Leaving the address dropped its trackers and named the site as the publisher.
  await expect(ev2.getByLabel("Source URL")).toHaveValue("https://news.example/roads");
  await expect(ev2.getByLabel("Publisher")).toHaveValue("news.example");
  await expect(ev2.getByLabel("Date accessed")).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  // Not archived yet: a copy can be saved in the Wayback Machine (a new tab), and its address filled in.
  await expect(ev2.getByRole("link", { name: /^Save a copy in the Wayback Machine/ })).toHaveAttribute("href", "https://web.archive.org/save/https://news.example/roads");
  await ev2.getByRole("button", { name: "use the copy's address for evidence 2" }).click();
  const day = (await ev2.getByLabel("Date accessed").inputValue()).replace(/-/g, "");
  await expect(ev2.getByLabel("Archive URL")).toHaveValue(`https://web.archive.org/web/${day}/https://news.example/roads`);
  await expect(ev2.getByRole("link", { name: /^Save a copy in the Wayback Machine/ })).toHaveCount(0);
  await reviewerPage.getByRole("button", { name: "Submit for sign-off" }).click();
  await expect(reviewerPage.getByText("Waiting for sign-off", { exact: true })).toBeVisible();
  await expect(reviewerPage.getByRole("list", { name: "Evidence" }).getByRole("listitem")).toHaveCount(2);

  // Made an editor, the author still cannot sign off their own verdict.
  await setRole(reviewer.id, "editor", founderId);
  await reviewerPage.reload();
  await expect(reviewerPage.getByText("You wrote this verdict, so another editor must sign it off.")).toBeVisible();
  await expect(reviewerPage.getByRole("button", { name: "Approve" })).toBeDisabled();
  await setRole(reviewer.id, "reviewer", founderId);

  // Another editor returns it with a comment.
  const otherPage = await (await browser.newContext()).newPage();
  await signIn(otherPage, otherEditor);
  await otherPage.goto("/queue");
  await otherPage.getByRole("region", { name: "Waiting for sign-off" }).getByRole("link", { name: first.text }).click();
  await otherPage.getByRole("button", { name: "Return to reviewer" }).click();
  await expect(otherPage.getByText("Tell the reviewer what to change before returning it.")).toBeVisible();
  await otherPage.getByLabel("Comment for the reviewer").fill("Quote the page number of the accounts.");
  await otherPage.getByRole("button", { name: "Return to reviewer" }).click();
  await expect(otherPage.getByText("Returned", { exact: true }).first()).toBeVisible();

  // The reviewer revises and resubmits; the form starts from the returned version.
  await reviewerPage.reload();
  await expect(reviewerPage.getByRole("note")).toContainText("Quote the page number of the accounts.");
  await expect(reviewerPage.getByLabel("Rationale")).toHaveValue("The audited accounts show 4.1 million.");
  await reviewerPage.getByRole("group", { name: "Evidence 1" }).getByLabel("Quote").fill("Road maintenance: 4,1m (page 37)");
  await reviewerPage.getByLabel("Rationale").fill("The audited accounts show 4.1 million (page 37).");
  await reviewerPage.getByRole("button", { name: "Submit for sign-off" }).click();
  await expect(reviewerPage.getByText("Waiting for sign-off", { exact: true })).toBeVisible();

  // The other editor reads what changed since the return, then approves version 2.
  await otherPage.reload();
  const changes = otherPage.getByRole("region", { name: "Changed since version 1 was returned" });
  await expect(changes.getByLabel("Rationale changes").locator("ins")).toHaveText("(page 37)");
  await expect(changes).toContainText("Sources revised");
  await expect(changes).toContainText("quote changed");
  await otherPage.getByRole("button", { name: "Approve" }).click();
  await expect(otherPage.getByText("Approved", { exact: true }).first()).toBeVisible();

  // "Mostly accurate" allows a clarification: the editor is offered one.
  await expect(otherPage.getByRole("region", { name: "Correction" }).getByRole("link", { name: "Draft a clarification" })).toHaveAttribute("href", /\/corrections\/new\?claim=/);

  // The history shows each step, in order.
  const history = otherPage.getByRole("list", { name: "Claim history" }).getByRole("listitem");
  await expect(history).toContainText([
    `${editor.name} assigned it to ${reviewer.name}`,
    `${reviewer.name} submitted version 1 for sign-off`,
    // The return's line quotes its comment; the thread's copy is not listed again.
    `${otherEditor.name} returned version 1 to the reviewer`,
    `${reviewer.name} submitted version 2 for sign-off`,
    `${otherEditor.name} approved version 2`,
  ]);

  // The article's progress counts the approved claim.
  await editorPage.goto("/articles");
  await expect(editorPage.getByRole("row", { name: new RegExp(article.title) })).toContainText("1 of 3");
});
