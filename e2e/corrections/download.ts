import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";

/** Opens the Export menu, picks a format, and returns the downloaded file. */
export async function downloadFromMenu(page: Page, label: string): Promise<{ name: string; bytes: Buffer; text: string }> {
  await page.getByRole("button", { name: "Export" }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: label, exact: true }).click()]);
  const path = await download.path();
  const bytes = readFileSync(path);
  return { name: download.suggestedFilename(), bytes, text: bytes.toString("utf8") };
}
