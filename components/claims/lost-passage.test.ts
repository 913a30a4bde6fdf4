import { describe, expect, test } from "vitest";
import { createAnchor } from "@/lib/anchoring/create";
import { savedPassage } from "./lost-passage";

const ARTICLE = [
  "The council met on Tuesday.",
  "The budget sets aside $4 million for repairs, and three primary schools need new roofs. The bridge is expected to cut journeys by ten minutes.",
  "Closing line.",
].join("\n\n");

/** The quote a claim on `exact` in ARTICLE saved. */
const quoteOf = (exact: string) => createAnchor(ARTICLE, ARTICLE.indexOf(exact), ARTICLE.indexOf(exact) + exact.length).quote;

describe("savedPassage", () => {
  test("keeps the claim's own words and trims the context to whole words", () => {
    const passage = savedPassage(quoteOf("three primary schools need new roofs."));
    expect(passage.claim).toBe("three primary schools need new roofs.");
    expect(passage.before).toBe("…$4 million for repairs, and ");
    expect(passage.after).toBe(" The bridge is expected to cut…");
  });

  test("stops the context at the claim's own paragraph", () => {
    const passage = savedPassage(quoteOf("Closing line."));
    expect(passage.before).toBe("");
    expect(passage.after).toBe("");
    const first = savedPassage(quoteOf("The council met on Tuesday."));
    expect(first).toEqual({ before: "", claim: "The council met on Tuesday.", after: "" });
  });

  test("context that reached the start or end of the article is whole", () => {
    const text = "Mayor Fischer said the bridge opens in May.";
    const quote = createAnchor(text, text.indexOf("the bridge"), text.indexOf(" in May"));
    expect(savedPassage(quote.quote)).toEqual({ before: "Mayor Fischer said ", claim: "the bridge opens", after: " in May." });
  });

  test("without saved context the words stand alone", () => {
    expect(savedPassage({ exact: "Turnout was 61 percent.", prefix: "", suffix: "" })).toEqual({ before: "", claim: "Turnout was 61 percent.", after: "" });
  });

  test("a context that is one long fragment is left out rather than shown cut", () => {
    const fragment = "x".repeat(32);
    expect(savedPassage({ exact: "It rained.", prefix: fragment, suffix: fragment })).toEqual({ before: "", claim: "It rained.", after: "" });
  });
});
