import { describe, expect, test } from "vitest";
import { claimantType, correctionsLogToJsonLd, memoToJsonLd } from "./jsonld";
import { collectText } from "./shared";
import { CORRECTIONS, HOSTILE_TEXT, logFixture, memoFixture } from "./test-support/fixtures";
import { correctionsOf, nodesById } from "./test-support/jsonld-graph";
import type { ExportCorrection } from "./types";

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

  test("a claimant that names nobody ('a survey', 'experts') is no author; a name in any script is (exports QA)", () => {
    const memo = memoFixture();
    const c1 = memo.claims.find((c) => c.id === "c1");
    if (!c1) throw new Error("fixture");
    const authorOf = (claimant: string) => (graphOf(memoToJsonLd({ ...memo, claims: [{ ...c1, claimant, claimantKind: undefined }] }))[1].itemReviewed as Node).author;
    // Opening the sentence, the article has a capital that names nobody either (regression QA).
    for (const nobody of ["a survey", "official statistics", "experts", "the survey", "A survey", "The mayor", "Three officials"]) expect(authorOf(nobody)).toBeUndefined();
    expect(authorOf("the Audit Office")).toEqual({ "@type": "Organization", name: "the Audit Office" });
    expect(authorOf("The Audit Office")).toEqual({ "@type": "Organization", name: "The Audit Office" });
    expect(authorOf("王小明")).toEqual({ "@type": "Person", name: "王小明" });
    expect(authorOf("أحمد منصور")).toEqual({ "@type": "Person", name: "أحمد منصور" });
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

  test.each([
    ["By Mara Okafor, City Desk", { "@type": "Person", name: "Mara Okafor", affiliation: { "@type": "Organization", name: "City Desk" } }],
    ["by Mara Okafor", { "@type": "Person", name: "Mara Okafor" }],
    ["BY: Mara Okafor and Lee Chan", [{ "@type": "Person", name: "Mara Okafor" }, { "@type": "Person", name: "Lee Chan" }]],
    ["Jane Doe, Omar Said, Metro Desk", [
      { "@type": "Person", name: "Jane Doe", affiliation: { "@type": "Organization", name: "Metro Desk" } },
      { "@type": "Person", name: "Omar Said", affiliation: { "@type": "Organization", name: "Metro Desk" } },
    ]],
    ["Okafor, Mara", { "@type": "Person", name: "Okafor, Mara" }],
    // A title is the author's jobTitle, not a second author (usability pass).
    ["By Priya Nandakumar, Health Correspondent", { "@type": "Person", name: "Priya Nandakumar", jobTitle: "Health Correspondent" }],
    ["Jane Doe and John Roe, Staff Writers", [
      { "@type": "Person", name: "Jane Doe", jobTitle: "Staff Writer" },
      { "@type": "Person", name: "John Roe", jobTitle: "Staff Writer" },
    ]],
    ["Ana Ruiz, Europe correspondent, in Brussels", {
      "@type": "Person", name: "Ana Ruiz", jobTitle: "Europe correspondent", workLocation: { "@type": "Place", name: "Brussels" },
    }],
  ] as Array<[string, unknown]>)("byline %j: each author named alone, without the 'By'", (byline, author) => {
    const memo = memoFixture();
    const [news] = graphOf(memoToJsonLd({ ...memo, article: { ...memo.article, byline } }));
    expect(news.author).toEqual(author);
  });

  test.each([
    // A credit with no one's name is the newsroom's own, not a Person called "Staff Reporter".
    ["Staff Reporter", "newsroom"],
    ["By Our Correspondent", "newsroom"],
    ["Staff and agencies", "newsroom"],
    // A wire's name alone is that agency's.
    ["By Reuters", { "@type": "Organization", name: "Reuters" }],
  ] as Array<[string, unknown]>)("byline %j credits an organisation", (byline, author) => {
    const memo = memoFixture();
    const [news] = graphOf(memoToJsonLd({ ...memo, article: { ...memo.article, byline } }));
    expect(news.author).toEqual(author === "newsroom" ? news.publisher : author);
    expect(news.author).toHaveProperty("@type", "Organization");
  });

  test("an article with no address yet has no empty @id or url, and its reviews point nowhere rather than at '#claim-…'", () => {
    const memo = memoFixture();
    const [news, ...rest] = graphOf(memoToJsonLd({ ...memo, article: { ...memo.article, sourceUrl: "" } }));
    expect(news).not.toHaveProperty("@id");
    expect(news).not.toHaveProperty("url");
    const reviews = rest.filter((n) => n["@type"] === "ClaimReview");
    expect(reviews.map((r) => r.url)).toEqual([undefined, undefined]);
    expect(reviews.map((r) => (r.itemReviewed as Record<string, unknown>).appearance)).toEqual([undefined, undefined]);
  });

  test("a byline that is only 'By' leaves the article without an author", () => {
    const memo = memoFixture();
    const [news] = graphOf(memoToJsonLd({ ...memo, article: { ...memo.article, byline: "  By  " } }));
    expect(news).not.toHaveProperty("author");
  });

  test.each([
    ["submitted", { state: "submitted", approver: null, approvedAt: null }],
    ["returned", { state: "returned", approver: null, approvedAt: null }],
    // Even mislabelled input (approved status, a verdict not approved) publishes nothing.
    ["approved status over a submitted verdict", { state: "submitted" }],
  ] as const)("no ClaimReview for a verdict that is %s", (_name, patch) => {
    const memo = memoFixture();
    const claims = memo.claims.map((c) => (c.verdict ? { ...c, status: "approved" as const, verdict: { ...c.verdict, ...patch } } : c));
    expect(graphOf(memoToJsonLd({ ...memo, claims })).filter((n) => n["@type"] === "ClaimReview")).toEqual([]);
  });

  test("a dismissed claim is never reviewed, whatever verdict it had before", () => {
    const memo = memoFixture();
    const claims = memo.claims.map((c) => (c.id === "c1" ? { ...c, status: "dismissed" as const, dismissal: { reason: "opinion" as const, note: null } } : c));
    const reviews = graphOf(memoToJsonLd({ ...memo, claims })).filter((n) => n["@type"] === "ClaimReview");
    expect(reviews.map((r) => r.url)).toEqual([`${ARTICLE_URL}#claim-c2`]);
  });

  test("an approved claim whose words an edit removed is not published: the article no longer makes it", () => {
    const memo = memoFixture();
    const claims = memo.claims.map((c) => (c.id === "c1" ? { ...c, lost: true } : c));
    const reviews = graphOf(memoToJsonLd({ ...memo, claims })).filter((n) => n["@type"] === "ClaimReview");
    expect(reviews.map((r) => r.url)).toEqual([`${ARTICLE_URL}#claim-c2`]);
  });

  test("safe inside a <script> element: no literal '<' in the text", () => {
    expect(memoToJsonLd(memoFixture())).not.toContain("<");
  });
});

describe("corrections log JSON-LD", () => {
  const COMMENT = { "@type": "CorrectionComment", text: "An earlier version of this article misstated the number of schools. It is 196.", datePublished: "2025-03-01T18:30:00.000Z" };

  test("each published correction is a CorrectionComment the article refers to by @id", async () => {
    const graph = graphOf(await collectText(correctionsLogToJsonLd(logFixture())));
    expect(graph).toEqual([
      { ...COMMENT, "@id": `${ARTICLE_URL}#correction-cor-1` },
      { "@type": "NewsArticle", "@id": ARTICLE_URL, url: ARTICLE_URL, headline: "City budget", correction: [{ "@id": `${ARTICLE_URL}#correction-cor-1` }] },
    ]);
  });

  test("an article with several corrections, between other articles', is stated once and lists them in log order", async () => {
    const other = "https://ledger.example/news/schools";
    const at = (day: number) => `2025-03-0${day}T12:00:00.000Z`;
    const make = (id: string, day: number, url: string, status: ExportCorrection["status"] = "published"): ExportCorrection => ({
      ...CORRECTIONS[1], id, status, note: `note ${id}`, publishedAt: status === "published" ? at(day) : null, createdAt: at(day),
      article: { title: url === ARTICLE_URL ? "City budget" : "Schools", url },
    });
    const log = logFixture([make("a1", 1, ARTICLE_URL), make("b1", 2, other), make("a2", 3, ARTICLE_URL, "draft"), make("a3", 4, ARTICLE_URL), make("b2", 5, other)]);
    const doc = JSON.parse(await collectText(correctionsLogToJsonLd(log)));
    const byId = nodesById(doc);
    const articles = doc["@graph"].filter((n: Node) => n["@type"] === "NewsArticle");
    expect(articles.map((n: Node) => n["@id"])).toEqual([ARTICLE_URL, other]);
    expect(correctionsOf(byId, ARTICLE_URL).map((n) => n.text)).toEqual(["note a1", "note a3"]);
    expect(correctionsOf(byId, other).map((n) => n.text)).toEqual(["note b1", "note b2"]);
    // Every comment belongs to exactly one article, and the draft is in none.
    const comments = doc["@graph"].filter((n: Node) => n["@type"] === "CorrectionComment");
    expect(comments).toHaveLength(4);
    const referenced = articles.flatMap((n: Node & { correction: { "@id": string }[] }) => n.correction.map((r) => r["@id"]));
    expect([...referenced].sort()).toEqual(comments.map((n: Node) => n["@id"]).sort());
  });

  test("articles without a URL are kept apart by their id, as blank nodes", async () => {
    const base = CORRECTIONS[1];
    const log = logFixture([
      { ...base, id: "x1", article: { id: "art-a", title: "Same title", url: "" } },
      { ...base, id: "x2", publishedAt: "2025-03-02T00:00:00Z", article: { id: "art-b", title: "Same title", url: "" } },
    ]);
    const doc = JSON.parse(await collectText(correctionsLogToJsonLd(log)));
    const byId = nodesById(doc);
    const articles = doc["@graph"].filter((n: Node) => n["@type"] === "NewsArticle");
    expect(articles).toHaveLength(2);
    for (const article of articles) {
      expect(article["@id"]).toMatch(/^_:/);
      expect(article).not.toHaveProperty("url");
      expect(correctionsOf(byId, article["@id"])).toHaveLength(1);
    }
  });

  test("an empty range is an empty graph", async () => {
    expect(graphOf(await collectText(correctionsLogToJsonLd(logFixture([]))))).toEqual([]);
  });
});

describe("claimantType", () => {
  test.each([
    ["CBP", undefined, "Organization"],
    ["Ministry of Health", undefined, "Organization"],
    ["Acme Inc", undefined, "Organization"],
    ["Mayor Ana Lopez", undefined, "Person"],
    ["NHS England", undefined, "Organization"],
    ["the operator", undefined, "Organization"],
    ["an audit", undefined, "Organization"],
    ["JD Vance", undefined, "Organization"],
    ["J.K. Rowling", undefined, "Person"],
    ["Theo Walcott", undefined, "Person"],
    ["Ana Lopez", "organization", "Organization"],
    ["WHO", "person", "Person"],
    ["Cedar Falls County", undefined, "Organization"],
    ["Pew Research Center", undefined, "Organization"],
    ["Centers for Disease Control and Prevention", undefined, "Organization"],
    ["Office for National Statistics", undefined, "Organization"],
    ["Harris campaign", undefined, "Organization"],
    ["Police Scotland", undefined, "Organization"],
    ["Harvard University researchers", undefined, "Organization"],
    ["University College London", undefined, "Organization"],
    ["Union Pacific", undefined, "Organization"],
    ["Committee to Protect Journalists", undefined, "Organization"],
    ["Times Higher Education", undefined, "Organization"],
    ["Bank Leumi", undefined, "Organization"],
    ["Office of the Secretary of Defense", undefined, "Organization"],
    // A title with the institution's word: a person.
    ["State Senator Jane Doe", undefined, "Person"],
    ["Police Chief Ana Ruiz", undefined, "Person"],
    ["Senate Majority Leader Chuck Schumer", undefined, "Person"],
    ["Secretary of State", undefined, "Person"],
    ["Dean of the School of Law Maria Chen", undefined, "Person"],
    ["President of the University of Texas Jay Hartzell", undefined, "Person"],
    ["Head of the Bank of England Andrew Bailey", undefined, "Person"],
  ] as const)("%s (%s) → %s", (name, kind, type) => {
    expect(claimantType(name, kind)).toBe(type);
  });
});
