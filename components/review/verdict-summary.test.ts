import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { VerdictSummary } from "./verdict-summary";
import type { VerdictSnapshot } from "./types";

const source = (url: string, archiveUrl: string | null = null) => ({ url, title: "", publisher: "", quote: "", accessedOn: "2026-12-01", archiveUrl, stance: "supports" as const });

test("a draft's sources link only to web addresses; other schemes show as words", () => {
  const verdict: VerdictSnapshot = {
    id: "v1", number: 1, state: "draft", verdictKey: null, rationale: "", reviewerName: "Rita", approverName: null, updatedAt: new Date("2026-12-01T10:00:00Z"), version: 1, returnComment: null,
    evidence: [source("https://stats.example/table", "https://web.archive.org/web/2026/https://stats.example/table"), source("data:text/html,<script>alert(1)</script>", "javascript:alert(1)"), source("  HTTP://old.example/page")],
  };
  const html = renderToStaticMarkup(createElement(VerdictSummary, { verdict, scale: [], zone: "UTC" }));
  const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
  expect(hrefs).toEqual(["https://stats.example/table", "https://web.archive.org/web/2026/https://stats.example/table", "  HTTP://old.example/page"]);
  expect(html).toContain("data:text/html,&lt;script&gt;");
});
