import { parseHTML } from "linkedom";
import { expect, test } from "vitest";
import { dropPageFurniture } from "./page-furniture";

const clean = (body: string) => {
  const { document } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
  dropPageFurniture(document);
  return document.body.innerHTML;
};

test("sign-up boxes and forms leave the story; the story's own paragraphs stay", () => {
  expect(clean(`<p>Waits fell 4%.</p><div class="newsletter-signup"><h3>Sign up to Morning Briefing</h3><form><input type="email"></form></div><p>London had the shortest.</p>`)).toBe(
    "<p>Waits fell 4%.</p><p>London had the shortest.</p>",
  );
  expect(clean(`<p>A.</p><section id="subscribe_box">Subscribe for £1</section><form><input name="q"></form>`)).toBe("<p>A.</p>");
  expect(clean(`<aside class="paywall">Read on for £1</aside><p>B.</p>`)).toBe("<p>B.</p>");
  // Words that only contain the names stay: a story about subscriptions, a class that is no sign-up.
  expect(clean(`<div class="story-body"><p>Newsletter subscriptions rose 8%.</p></div><p class="subscribers-chart">C.</p>`)).toBe(
    `<div class="story-body"><p>Newsletter subscriptions rose 8%.</p></div><p class="subscribers-chart">C.</p>`,
  );
});
