import type { Page } from "@playwright/test";

/** Pastes HTML into the article editor the way a browser delivers a real paste. */
export async function pasteHtml(page: Page, html: string, plain = html.replace(/<[^>]+>/g, "")): Promise<void> {
  const editor = page.getByRole("textbox", { name: "Article text" });
  await editor.click();
  await editor.evaluate(
    (el, data) => {
      const transfer = new DataTransfer();
      transfer.setData("text/html", data.html);
      transfer.setData("text/plain", data.plain);
      el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }));
    },
    { html, plain },
  );
}

/**
 * Selects the first occurrence of `text` inside the editor with a DOM range, as a
 * mouse drag would; the editor reads the selection from the document.
 */
export async function selectInEditor(page: Page, text: string): Promise<void> {
  const editor = page.getByRole("textbox", { name: "Article text" });
  await editor.evaluate((el, needle) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(needle) ?? -1;
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        return;
      }
    }
    throw new Error(`"${needle}" is not in the editor`);
  }, text);
  // Let the editor observe the selection change before the next action.
  await page.waitForFunction(() => (window.getSelection()?.toString().length ?? 0) > 0);
}

/** Places the caret just before `text` in the editor. */
export async function caretBefore(page: Page, text: string): Promise<void> {
  await selectInEditor(page, text);
  await page.keyboard.press("ArrowLeft");
}
