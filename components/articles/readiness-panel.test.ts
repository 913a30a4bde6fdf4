import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import type { ArticleReadiness } from "@/lib/workflow/readiness";
import { ReadinessPanel } from "./readiness-panel";

const readiness = (blockerCount: number): ArticleReadiness => {
  const items = Array.from({ length: blockerCount }, (_, k) => ({ claimId: `c${k + 1}`, text: `Claim ${k + 1}` }));
  return {
    settled: 0,
    total: blockerCount,
    ready: blockerCount === 0,
    blockers: items.map((item) => `${item.text} is not assigned`),
    groups: blockerCount === 0 ? [] : [{ key: "open", title: "Not assigned", short: "claims to assign", items }],
    pendingCorrections: 0,
  };
};

describe("ReadinessPanel", () => {
  test("names every blocker of a short article under its group, each a link to its claim", () => {
    const html = renderToStaticMarkup(createElement(ReadinessPanel, { readiness: readiness(3), published: false }));
    expect(html).toContain("3 things to settle first");
    expect(html).toContain("Not assigned <span class=\"muted\">(3)</span>");
    expect(html.match(/<li/g)).toHaveLength(3);
    expect(html).toContain('<a href="/claims/c2">Claim 2</a>');
  });

  test("a long article names eight a group and counts the rest", () => {
    const html = renderToStaticMarkup(createElement(ReadinessPanel, { readiness: readiness(500), published: false }));
    expect(html).toContain("500 things to settle first");
    expect(html).toContain(">Claim 8<");
    expect(html).not.toContain(">Claim 9<");
    expect(html).toContain("and 492 more");
    expect(html.match(/<li/g)).toHaveLength(9);
  });

  test("with several groups the summary names the most pressing, and an unpublished correction links to the article's corrections", () => {
    const mixed: ArticleReadiness = {
      ...readiness(1),
      blockers: ["“Crime fell.” is waiting for sign-off", "1 correction is not yet published"],
      groups: [
        { key: "submitted", title: "Waiting for sign-off", short: "verdicts waiting for sign-off", items: [{ claimId: "c9", text: "“Crime fell.”" }] },
        { key: "corrections_unpublished", title: "Corrections not yet published", short: "corrections to publish", items: [{ claimId: null, text: "1 correction is not yet published" }] },
      ],
    };
    const html = renderToStaticMarkup(createElement(ReadinessPanel, { readiness: mixed, published: false, correctionsHref: "/corrections?article=a1" }));
    expect(html).toContain("2 things to settle first<span class=\"muted\">, first verdicts waiting for sign-off</span>");
    expect(html).toContain('<a href="/corrections?article=a1">1 correction is not yet published</a>');
  });

  test("an article without claims says so, with no bar, not 0 of 0", () => {
    const html = renderToStaticMarkup(createElement(ReadinessPanel, { readiness: readiness(0), published: false }));
    expect(html).toContain("No claims to check");
    expect(html).not.toContain("progressbar");
    expect(html).not.toContain("0 of 0");
  });

  test("a correction holding back an article not yet run says the copy can be fixed instead, and where to discard it", () => {
    const pending: ArticleReadiness = {
      ...readiness(0),
      ready: false,
      blockers: ["1 correction is not yet published"],
      groups: [{ key: "corrections_unpublished", title: "Corrections not yet published", short: "corrections to publish", items: [{ claimId: null, text: "1 correction is not yet published" }] }],
      pendingCorrections: 1,
    };
    const before = renderToStaticMarkup(createElement(ReadinessPanel, { readiness: pending, published: false, correctionsHref: "/corrections?article=a1" }));
    expect(before).toContain("The article has not run yet. If its text was fixed instead, discard the correction");
    expect(before).toContain('href="/corrections?article=a1"');
    const after = renderToStaticMarkup(createElement(ReadinessPanel, { readiness: pending, published: true }));
    expect(after).not.toContain("has not run yet");
  });

  test("the bar counts the claims settled out of all of them", () => {
    const html = renderToStaticMarkup(createElement(ReadinessPanel, { readiness: { ...readiness(4), settled: 1 }, published: false }));
    expect(html).toContain('aria-valuemax="4"');
    expect(html).toContain('aria-valuetext="1 of 4"');
  });
});
