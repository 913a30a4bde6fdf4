import { describe, expect, test } from "vitest";
import { claimantType, correctionsLogToJsonLd, memoToJsonLd } from "./jsonld";
import { collectText } from "./shared";
import { HOSTILE_TEXT, logFixture, memoFixture } from "./test-support/fixtures";

type Node = Record<string, unknown> & { "@type": string };
const graphOf = (text: string): Node[] => {
  const doc = JSON.parse(text);
  expect(doc["@context"]).toBe("https://schema.org");
  return doc["@graph"];
};
const NEWSROOM_ORG = { "@type": "Organization", name: "The Riverside Ledger", url: "https://ledger.example" };
const ARTICLE_URL = "https://ledger.example/news/city-budget";

describe("memo JSON-LD", () => {
  const graph = graphOf(memoToJsonLd(memoFixture()));
  const reviews = graph.filter((n) => n["@type"] === "ClaimReview");

  test("one ClaimReview per approved claim, in article order (submitted and open claims left out)", () => {
    expect(reviews.map((r) => r.url)).toEqual([`${ARTICLE_URL}#claim-c1`, `${ARTICLE_URL}#claim-c2`]);
  });

  test("a rated verdict: every ClaimReview field", () => {
    expect(reviews[0]).toEqual({
      "@type": "ClaimReview",
      url: `${ARTICLE_URL}#claim-c1`,
      claimReviewed: "The city has 169 schools.",
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", name: "Mayor Ana Lopez" },
        appearance: { "@type": "CreativeWork", url: ARTICLE_URL },
        datePublished: "2025-03-01T21:00:00.000Z",
      },
      author: NEWSROOM_ORG,
      datePublished: "2025-03-01T11:00:00.000Z",
      reviewRating: { "@type": "Rating", ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: "Inaccurate" },
    });
  });

  test("'Could not be verified' has no ratingValue; an acronym claimant is an Organization", () => {
    expect(reviews[1].reviewRating).toEqual({ "@type": "Rating", bestRating: 5, worstRating: 1, alternateName: "Could not be verified" });
    expect(reviews[1].claimReviewed).toBe(HOSTILE_TEXT);
    expect((reviews[1].itemReviewed as Node).author).toEqual({ "@type": "Organization", name: "CBP" });
  });

  test("no claimant: Claim has no author; unpublished article: no datePublished", () => {
    const memo = memoFixture();
    const c1 = memo.claims.find((c) => c.id === "c1");
    if (!c1) throw new Error("fixture");
    const input = { ...memo, article: { ...memo.article, publishedAt: null }, claims: [{ ...c1, claimant: null }] };
    const [news, review] = graphOf(memoToJsonLd(input));
    expect(review.itemReviewed).toEqual({ "@type": "Claim", appearance: { "@type": "CreativeWork", url: ARTICLE_URL } });
    expect(news).not.toHaveProperty("datePublished");
  });

  test("the NewsArticle carries only published corrections as CorrectionComments", () => {
    expect(graph[0]).toEqual({
      "@type": "NewsArticle",
      "@id": ARTICLE_URL,
      url: ARTICLE_URL,
      headline: "City budget",
      author: { "@type": "Person", name: "Dana Reyes" },
      publisher: NEWSROOM_ORG,
      datePublished: "2025-03-01T21:00:00.000Z",
      correction: [{ "@type": "CorrectionComment", text: "An earlier version of this article misstated the number of schools. It is 196.", datePublished: "2025-03-01T18:30:00.000Z" }],
    });
  });

  test("safe inside a <script> element: no literal '<' in the text", () => {
    expect(memoToJsonLd(memoFixture())).not.toContain("<");
  });
});

describe("corrections log JSON-LD", () => {
  test("published corrections as NewsArticle nodes keyed by article URL", async () => {
    const graph = graphOf(await collectText(correctionsLogToJsonLd(logFixture())));
    expect(graph).toEqual([
      {
        "@type": "NewsArticle",
        "@id": ARTICLE_URL,
        url: ARTICLE_URL,
        headline: "City budget",
        correction: [{ "@type": "CorrectionComment", text: "An earlier version of this article misstated the number of schools. It is 196.", datePublished: "2025-03-01T18:30:00.000Z" }],
      },
    ]);
  });
});

describe("claimantType", () => {
  test.each([
    ["CBP", undefined, "Organization"],
    ["Ministry of Health", undefined, "Organization"],
    ["Acme Inc", undefined, "Organization"],
    ["Mayor Ana Lopez", undefined, "Person"],
    ["Ana Lopez", "organization", "Organization"],
    ["WHO", "person", "Person"],
  ] as const)("%s (%s) → %s", (name, kind, type) => {
    expect(claimantType(name, kind)).toBe(type);
  });
});
