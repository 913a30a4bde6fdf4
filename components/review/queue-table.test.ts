import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { QueueTable } from "./queue-table";

const now = new Date("2026-12-07T12:00:00Z");
const items = Array.from({ length: 25 }, (_, k) => ({
  assignmentId: `a${k}`,
  claimId: `c${k}`,
  claimText: `Claim ${k + 1}`,
  claimStatus: "submitted" as const,
  articleTitle: "Budget",
  dueAt: null,
  priority: "normal" as const,
  note: "",
  overdue: false,
  moreTimeUntil: null,
}));

test("a long list of claims sent to the editors shows its first rows and a way to all of them", () => {
  const html = renderToStaticMarkup(createElement(QueueTable, { title: "Sent to the editors", items, empty: "", now, zone: "UTC", done: true, limit: 20, moreHref: "/queue?sent=all" }));
  expect(html).toContain("Claim 20<");
  expect(html).not.toContain("Claim 21<");
  expect(html).toContain('href="/queue?sent=all"');
  expect(html).toContain("Show all 25");
  expect(html).toContain("(25)");
});

test("without a limit, or within it, every row shows and nothing more is offered", () => {
  const html = renderToStaticMarkup(createElement(QueueTable, { title: "To do", items, empty: "", now, zone: "UTC" }));
  expect(html).toContain("Claim 25<");
  expect(html).not.toContain("Show all");
  const within = renderToStaticMarkup(createElement(QueueTable, { title: "Sent", items: items.slice(0, 5), empty: "", now, zone: "UTC", limit: 20, moreHref: "/queue?sent=all" }));
  expect(within).not.toContain("Show all");
});

test("a claim whose words left the article is marked Lost, not shown as ordinary work", () => {
  const rows = [{ ...items[0], claimStatus: "assigned" as const, lost: true }, { ...items[1], claimStatus: "assigned" as const }];
  const html = renderToStaticMarkup(createElement(QueueTable, { title: "To do", items: rows, empty: "", now, zone: "UTC" }));
  expect(html.match(/badge danger">Lost</g)).toHaveLength(1);
  expect(html).toContain("Its words are no longer in the article: an editor decides what happens to it.");
});
