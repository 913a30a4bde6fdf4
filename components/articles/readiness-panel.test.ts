import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { ReadinessPanel } from "./readiness-panel";

const readiness = (blockerCount: number) => ({
  settled: 0,
  total: blockerCount,
  ready: blockerCount === 0,
  blockers: Array.from({ length: blockerCount }, (_, k) => `Claim ${k + 1} has no verdict`),
  pendingCorrections: 0,
});

describe("ReadinessPanel", () => {
  test("names every blocker of a short article", () => {
    const html = renderToStaticMarkup(createElement(ReadinessPanel, { readiness: readiness(3), published: false }));
    expect(html).toContain("3 things to settle first");
    expect(html.match(/<li/g)).toHaveLength(3);
  });

  test("a long article names twenty and counts the rest", () => {
    const html = renderToStaticMarkup(createElement(ReadinessPanel, { readiness: readiness(500), published: false }));
    expect(html).toContain("500 things to settle first");
    expect(html).toContain("Claim 20 has no verdict");
    expect(html).not.toContain("Claim 21 has no verdict");
    expect(html).toContain("and 480 more");
    expect(html.match(/<li/g)).toHaveLength(21);
  });

  test("an article without claims says so, with no bar, not 0 of 0", () => {
    const html = renderToStaticMarkup(createElement(ReadinessPanel, { readiness: readiness(0), published: false }));
    expect(html).toContain("No claims to check");
    expect(html).not.toContain("progressbar");
    expect(html).not.toContain("0 of 0");
  });

  test("a correction holding back an article not yet run says the copy can be fixed instead, and where to discard it", () => {
    const pending = { ...readiness(0), ready: false, blockers: ["1 correction is not yet published"], pendingCorrections: 1 };
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
