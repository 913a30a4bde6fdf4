import { describe, expect, test } from "vitest";
import { countSearched, reanchorAll } from "./batch";
import { createAnchor } from "./create";
import type { Anchor } from "./types";

/**
 * A 10,000-word article of 100 paragraphs with 5 claims each (500 claims),
 * the size the workspace benchmark uses. Every sentence carries its paragraph
 * and sentence number so quotes are distinct, as in real copy.
 */
function buildArticle(): { text: string; anchors: Anchor[]; paragraphs: string[] } {
  const paragraphs: string[] = [];
  for (let p = 0; p < 100; p++) {
    const sentences: string[] = [];
    for (let s = 0; s < 5; s++) {
      sentences.push(
        `In district ${p}, officials counted ${p * 7 + s} new homes in survey ${s} and said the waiting list fell by ${s + 3} percent compared with the figures published a year earlier.`,
      );
    }
    paragraphs.push(sentences.join(" "));
  }
  const text = paragraphs.join("\n\n");
  const anchors: Anchor[] = [];
  let at = 0;
  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.split(/(?<=\.) /)) {
      const start = text.indexOf(sentence, at);
      anchors.push(createAnchor(text, start, start + sentence.length));
      at = start + sentence.length;
    }
  }
  return { text, anchors, paragraphs };
}

describe("re-anchoring a 10,000-word article", () => {
  const { text, anchors, paragraphs } = buildArticle();

  test("the fixture is the benchmark's size", () => {
    expect(text.split(/\s+/).length).toBeGreaterThanOrEqual(10_000);
    expect(anchors).toHaveLength(500);
  });

  test("editing one paragraph searches only that paragraph's claims", () => {
    const edited = text.replace(paragraphs[40], paragraphs[40].replace("counted 280", "counted 290"));
    const results = reanchorAll(text, edited, anchors);
    expect(countSearched(results)).toBeLessThanOrEqual(5);
    expect(results.filter((r) => r.state === "changed")).toHaveLength(1);
    expect(results.filter((r) => r.state === "orphaned")).toHaveLength(0);
    expect(countSearched(reanchorAll(text, edited, anchors, { strategy: "full" }))).toBe(500);
  });

  test("deleting a paragraph orphans its claims instead of sliding them onto similar neighbours", () => {
    const edited = text.replace(`${paragraphs[40]}\n\n`, "");
    const results = reanchorAll(text, edited, anchors);
    const orphaned = results.flatMap((r, i) => (r.state === "orphaned" ? [i] : []));
    expect(orphaned).toEqual([200, 201, 202, 203, 204]);
    expect(results.filter((r) => r.state === "changed")).toHaveLength(0);
  });

  test("rewriting a paragraph in the middle of a rewritten article still spares the rest", () => {
    const edited = paragraphs
      .map((paragraph, i) => (i % 25 === 0 ? paragraph.replace("officials counted", "staff counted") : paragraph))
      .join("\n\n");
    const results = reanchorAll(text, edited, anchors);
    // Four edited paragraphs far apart: only their claims are searched.
    expect(countSearched(results)).toBe(4);
    expect(results.filter((r) => r.state === "changed")).toHaveLength(4);
  });
});
