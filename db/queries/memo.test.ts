import { beforeEach, describe, expect, test } from "vitest";
import { memoJsonLdValue, memoJsonValue, memoToCsv, memoToDocx, memoToHtml, memoToMarkdown } from "@/lib/export";
import { parseCsv } from "@/lib/export/test-support/parse-csv";
import { docxParagraphs } from "@/lib/export/test-support/unzip";
import type { Database } from "../index";
import { createTestDatabase } from "../testing";
import { assignClaims } from "./assignments";
import { getClaim, updateClaimIfVersion } from "./claims";
import { decideClaim } from "./curation";
import { decideVerdict, reviseApprovedClaim } from "./review";
import { getWorkingVerdict, saveVerdict } from "./verdicts";
import { createCorrection, updateCorrection } from "./corrections";
import { HOSTILE, seedArticle, seedEvidence, seedPeople, seedVerdict } from "./corrections.fixtures";
import { buildMemoInput } from "./memo";
import { listVerdictScale, saveNewsroomSettings, updateVerdictScale } from "./settings";
import { plainTextToDoc } from "@/lib/articles/doc-text";
import { getArticle } from "./articles";
import { markArticlePublished, saveArticle } from "./workspace";

let db: Database;
let people: Awaited<ReturnType<typeof seedPeople>>;
beforeEach(async () => {
  db = await createTestDatabase();
  people = await seedPeople(db);
});

const generatedAt = new Date("2025-03-03T08:15:00Z");

describe("the record's publication time", () => {
  test("an article marked published carries when; one not yet published says so", async () => {
    const { articleId } = await seedArticle(db, people.editor.id, ["The city has 169 schools."]);
    expect((await buildMemoInput(db, { articleId, generatedAt }))?.article.publishedAt).toBeNull();
    const article = await getArticle(db, articleId);
    const before = Date.now();
    expect(await markArticlePublished(db, { articleId, expectedVersion: article!.version, actorId: people.editor.id })).toEqual({ ok: true });
    const publishedAt = (await buildMemoInput(db, { articleId, generatedAt }))?.article.publishedAt;
    expect(publishedAt).not.toBeNull();
    expect(Date.parse(publishedAt!)).toBeGreaterThanOrEqual(before - 1000);
    // JSON-LD names it too.
    const graph = memoJsonLdValue((await buildMemoInput(db, { articleId, generatedAt }))!);
    expect(JSON.stringify(graph)).toContain(`"datePublished":"${publishedAt}"`);
  });
});

describe("buildMemoInput", () => {
  test("claims in reading order with their latest verdict, people, evidence and corrections", async () => {
    await saveNewsroomSettings(db, { name: "The Riverside Ledger", url: "https://ledger.example", timeZone: "UTC" });
    const { articleId, claims } = await seedArticle(db, people.editor.id, ["The city has 169 schools.", HOSTILE, "Crime fell."]);
    const [first, second, third] = claims;
    await updateClaimIfVersion(db, { claimId: first.id, expectedVersion: 1, patch: { status: "approved" } });
    await updateClaimIfVersion(db, { claimId: third.id, expectedVersion: 1, patch: { status: "proposed" } });

    const v1 = await seedVerdict(db, { claimId: first.id, number: 1, key: "mixed", state: "superseded", reviewerId: people.reviewer.id });
    await seedEvidence(db, v1.id, [{ url: "https://old.example", quote: "old", position: 0 }]);
    const v2 = await seedVerdict(db, {
      claimId: first.id, number: 2, key: "inaccurate", state: "approved", reviewerId: people.reviewer.id, approverId: people.editor.id,
      rationale: HOSTILE, decidedAt: new Date("2025-03-01T11:00:00Z"),
    });
    await seedEvidence(db, v2.id, [
      { url: "https://b.example", quote: "second", position: 1 },
      { url: "https://a.example", quote: HOSTILE, position: 0 },
    ]);
    await seedVerdict(db, { claimId: second.id, number: 1, key: "accurate", state: "submitted", reviewerId: people.reviewer.id, approverId: null });

    const correction = await createCorrection(db, {
      articleId, claimId: first.id, type: "correction", originalText: first.exact, correctedText: "196.", note: "It is 196.", actorId: people.editor.id,
    });
    await updateCorrection(db, { correctionId: correction.id, expectedVersion: 1, actorId: people.admin.id, patch: { status: "approved" } });
    await updateCorrection(db, { correctionId: correction.id, expectedVersion: 2, actorId: people.admin.id, patch: { status: "published" }, now: new Date("2025-03-02T12:00:00Z") });

    const memo = await buildMemoInput(db, { articleId, generatedAt });
    if (!memo) throw new Error("memo missing");
    expect(memo.newsroom).toEqual({ name: "The Riverside Ledger", url: "https://ledger.example" });
    expect(memo.article).toMatchObject({ title: "City budget", sourceUrl: "https://ledger.example/news/city-budget", deadline: "2025-03-01T20:00:00.000Z" });
    expect(memo.generatedAt).toBe("2025-03-03T08:15:00.000Z");
    // The suggestion nobody accepted is not in the memo.
    expect(memo.claims.map((c) => [c.position, c.text])).toEqual([[1, "The city has 169 schools."], [2, HOSTILE]]);
    expect(memo.claims[0].verdict).toEqual({
      key: "inaccurate", label: "Inaccurate", ratingValue: 1, rationale: HOSTILE, version: 2, checkedText: null,
      reviewer: { name: "Rita Reviewer" }, approver: { name: "Ed Editor" },
      submittedAt: "2025-03-01T10:00:00.000Z", approvedAt: "2025-03-01T11:00:00.000Z", state: "approved",
    });
    expect(memo.claims[0].evidence.map((e) => [e.url, e.quote, e.accessedOn])).toEqual([
      ["https://a.example", HOSTILE, "2025-03-01"],
      ["https://b.example", "second", "2025-03-01"],
    ]);
    // Submitted, not yet signed off: no approver, no approval date.
    expect(memo.claims[1].verdict).toMatchObject({ key: "accurate", approver: null, approvedAt: null, state: "submitted" });
    expect(memo.corrections).toEqual([
      expect.objectContaining({ id: correction.id, status: "published", publishedAt: "2025-03-02T12:00:00.000Z", article: { id: articleId, title: "City budget", url: "https://ledger.example/news/city-budget" } }),
    ]);

    // The exporters accept it: JSON round-trips, JSON-LD reviews the approved claim only.
    expect(memoJsonValue(memo)).toMatchObject({ summary: { total: 2 } });
    const graph = (memoJsonLdValue(memo) as { "@graph": Record<string, unknown>[] })["@graph"];
    expect(graph.map((n) => n["@type"])).toEqual(["NewsArticle", "ClaimReview"]);
    expect(graph[0].correction).toEqual([{ "@type": "CorrectionComment", text: "It is 196.", datePublished: "2025-03-02T12:00:00.000Z" }]);
  });

  test("a missing article gives undefined; an article without claims an empty memo", async () => {
    expect(await buildMemoInput(db, { articleId: "nope", generatedAt })).toBeUndefined();
    const { articleId } = await seedArticle(db, people.editor.id, []);
    const memo = await buildMemoInput(db, { articleId, generatedAt });
    expect(memo).toMatchObject({ claims: [], corrections: [], newsroom: { name: "Our newsroom" } });
  });
});

describe("buildMemoInput through the real workflow: drafts stay private, states and dismissals show", () => {
  const DRAFT_RATIONALE = "Draft thinking, not handed over";
  const evidence = (url: string) => [{ url, title: "Register", publisher: "City", quote: "q", accessedOn: "2025-03-01", archiveUrl: null, stance: "supports" as const }];

  async function save(claimId: string, verdictKey: string, rationale: string, submit: boolean) {
    const working = await getWorkingVerdict(db, claimId);
    const saved = await saveVerdict(db, {
      claimId, actorId: people.reviewer.id, submit,
      expected: { verdictId: working?.id ?? null, version: working?.version ?? null },
      content: { verdictKey, rationale, evidence: evidence(`https://${rationale.length}.example`) },
    });
    if (!saved.ok) throw new Error(`save: ${saved.reason}`);
    return saved.verdict;
  }

  async function decide(claimId: string, decision: "approve" | "return") {
    const working = await getWorkingVerdict(db, claimId);
    const result = await decideVerdict(db, { claimId, actorId: people.editor.id, expected: { verdictId: working?.id ?? null, version: working?.version ?? null }, decision, comment: "Check the date." });
    if (!result.ok) throw new Error(`decide: ${result.reason}`);
  }

  test("a draft 'Accurate' is no verdict in any format; approved, submitted, returned and dismissed read as such", async () => {
    const texts = ["Approved claim.", "Draft claim.", "Submitted claim.", "Returned claim.", "Opinion claim."];
    const { articleId, claims } = await seedArticle(db, people.editor.id, texts);
    const [approved, draft, submitted, returned, opinion] = claims;
    await assignClaims(db, { claimIds: claims.slice(0, 4).map((c) => c.id), reviewerId: people.reviewer.id, actorId: people.editor.id, dueAt: null, priority: "normal", note: "" });

    await save(approved.id, "accurate", "Register says so.", true);
    await decide(approved.id, "approve");
    await save(draft.id, "accurate", DRAFT_RATIONALE, false);
    await save(submitted.id, "mixed", "Only partly.", true);
    await save(returned.id, "misleading", "First try.", true);
    await decide(returned.id, "return");
    // Reworking after the return: a new draft version over the returned one.
    await save(returned.id, "accurate", DRAFT_RATIONALE, false);
    const opinionRow = await getClaim(db, opinion.id);
    const dismissed = await decideClaim(db, { claimId: opinion.id, expectedVersion: opinionRow?.version ?? 0, decision: "dismiss", reason: "opinion", note: "The mayor's view of the plan.", actorId: people.editor.id });
    if (!dismissed.ok) throw new Error("dismiss");

    const memo = await buildMemoInput(db, { articleId, generatedAt });
    if (!memo) throw new Error("memo missing");
    const byText = (text: string) => memo.claims.find((c) => c.text === text);
    expect(byText("Draft claim.")).toMatchObject({ status: "in_review", verdict: null, evidence: [], draftInProgress: true, dismissal: null });
    expect(byText("Approved claim.")).toMatchObject({ status: "approved", verdict: { key: "accurate", state: "approved", approver: { name: "Ed Editor" } }, draftInProgress: false });
    expect(byText("Submitted claim.")).toMatchObject({ status: "submitted", verdict: { key: "mixed", state: "submitted", approver: null } });
    // The returned version stays on record (with its own evidence); the draft over it is only flagged.
    expect(byText("Returned claim.")).toMatchObject({ verdict: { key: "misleading", state: "returned", rationale: "First try.", version: 1 }, draftInProgress: true });
    expect(byText("Returned claim.")?.evidence.map((e) => e.url)).toEqual(["https://10.example"]);
    expect(byText("Opinion claim.")).toMatchObject({ status: "dismissed", verdict: null, dismissal: { reason: "opinion", note: "The mayor's view of the plan." } });

    const md = memoToMarkdown(memo);
    expect(md).not.toContain(DRAFT_RATIONALE);
    expect(md).toContain("- **Verdict:** No verdict yet (a draft is in progress)");
    expect(md).toContain("- **Verdict:** Needs context (3/5) (version 1) — submitted, awaiting sign-off");
    expect(md).toContain("- **Verdict:** Misleading (2/5) (version 1) — returned to the reviewer; a newer version is in progress");
    expect(md).toContain("- **Dismissed:** opinion — The mayor's view of the plan.");
    expect(md).toContain("- Accurate: 1\n");
    expect(memoToHtml(memo)).not.toContain(DRAFT_RATIONALE);
    const paragraphs = docxParagraphs(await memoToDocx(memo));
    expect(paragraphs.join("\n")).not.toContain(DRAFT_RATIONALE);
    expect(paragraphs).toContain("Accurate: 1");
    expect(paragraphs).toContain("Dismissed: opinion — The mayor's view of the plan.");

    const [header, ...rows] = parseCsv(memoToCsv(memo));
    const draftRow = rows.find((r) => r[header.indexOf("claim")] === "Draft claim.") ?? [];
    expect([draftRow[header.indexOf("verdict_key")], draftRow[header.indexOf("rationale")], draftRow[header.indexOf("draft_in_progress")]]).toEqual(["", "", "true"]);
    const json = memoJsonValue(memo);
    expect(JSON.stringify(json)).not.toContain(DRAFT_RATIONALE);
    expect(json.summary.verdicts.find((r) => r.key === "accurate")?.count).toBe(1);

    // ClaimReview JSON-LD: the approved claim only.
    const graph = (memoJsonLdValue(memo) as { "@graph": Record<string, unknown>[] })["@graph"];
    expect(graph.filter((n) => n["@type"] === "ClaimReview").map((n) => n.claimReviewed)).toEqual(["Approved claim."]);
  });

  test("a verdict keeps the words it was given for: after the article changes, the memo quotes them under the verdict", async () => {
    const texts = ["Bus fares rose 20% in 2024.", "The depot opened in 1998."];
    const { articleId, claims } = await seedArticle(db, people.editor.id, texts);
    const [fares, depot] = claims;
    await assignClaims(db, { claimIds: [fares.id, depot.id], reviewerId: people.reviewer.id, actorId: people.editor.id, dueAt: null, priority: "normal", note: "" });
    await save(fares.id, "accurate", "The fare table shows 20%.", true);
    await decide(fares.id, "approve");
    await save(depot.id, "accurate", "Opening plaque.", true);
    await decide(depot.id, "approve");

    const edited = texts.join(" ").replace("20%", "30%");
    const article = await getArticle(db, articleId);
    const saved = await saveArticle(db, {
      articleId, expectedVersion: article!.version, title: "City budget", byline: "Dana Reyes", sourceUrl: null, deadline: null,
      bodyJson: JSON.stringify(plainTextToDoc(edited)), bodyText: edited, actorId: people.editor.id,
    });
    expect(saved).toMatchObject({ ok: true, stale: 1 });

    const memo = await buildMemoInput(db, { articleId, generatedAt });
    const [staleClaim, unchanged] = memo!.claims;
    expect(staleClaim).toMatchObject({ status: "stale", text: "Bus fares rose 30% in 2024.", verdict: { key: "accurate", checkedText: "Bus fares rose 20% in 2024." } });
    expect(unchanged.verdict?.checkedText).toBe("The depot opened in 1998.");
    const md = memoToMarkdown(memo!);
    expect(md.match(/Words checked/g)).toHaveLength(1);
    expect(md).toContain("- **Words checked:** “Bus fares rose 20% in 2024.” — the article's words changed after this verdict");
  });

  test("an approved verdict keeps the label it was approved under after the scale is renamed; one not yet approved reads the new label", async () => {
    const { articleId, claims } = await seedArticle(db, people.editor.id, ["Crime fell by half.", "Crime fell by a third."]);
    const [half, third] = claims;
    await assignClaims(db, { claimIds: [half.id, third.id], reviewerId: people.reviewer.id, actorId: people.editor.id, dueAt: null, priority: "normal", note: "" });
    await save(half.id, "misleading", "Police figures say a quarter.", true);
    await decide(half.id, "approve");
    await save(third.id, "misleading", "Police figures say a quarter.", true);

    const scale = await listVerdictScale(db);
    const renamed = scale.map(({ key, label, color, position }) => ({ key, label: key === "misleading" ? "Partly false" : label, color, position }));
    expect(await updateVerdictScale(db, { entries: renamed, actorId: people.editor.id })).toEqual({ ok: true });

    const memo = await buildMemoInput(db, { articleId, generatedAt });
    expect(memo!.claims.map((claim) => [claim.text, claim.verdict?.state, claim.verdict?.label, claim.verdict?.ratingValue])).toEqual([
      ["Crime fell by half.", "approved", "Misleading", 2],
      ["Crime fell by a third.", "submitted", "Partly false", 2],
    ]);
    expect(JSON.stringify(memoJsonLdValue(memo!))).toContain('"alternateName":"Misleading"');
    // The tally counts both under the verdict's key, and says one was approved under its old name.
    expect(memoToMarkdown(memo!)).toContain("Partly false (approved as “Misleading”)");
  });

  test("a signed-off claim an edit removed stays in the memo as lost and is not published as a ClaimReview", async () => {
    const texts = ["Bus fares rose 20% in 2024.", "The depot opened in 1998."];
    const { articleId, claims } = await seedArticle(db, people.editor.id, texts);
    await assignClaims(db, { claimIds: claims.map((c) => c.id), reviewerId: people.reviewer.id, actorId: people.editor.id, dueAt: null, priority: "normal", note: "" });
    for (const claim of claims) {
      await save(claim.id, "accurate", "Checked.", true);
      await decide(claim.id, "approve");
    }
    const edited = texts[0];
    const article = await getArticle(db, articleId);
    expect(await saveArticle(db, {
      articleId, expectedVersion: article!.version, title: "City budget", byline: "Dana Reyes", sourceUrl: "https://ledger.example/news/city-budget", deadline: null,
      bodyJson: JSON.stringify(plainTextToDoc(edited)), bodyText: edited, actorId: people.editor.id,
    })).toMatchObject({ ok: true, orphaned: 1 });

    const memo = (await buildMemoInput(db, { articleId, generatedAt }))!;
    expect(memo.claims.map((c) => [c.text, c.lost])).toEqual([["Bus fares rose 20% in 2024.", false], ["The depot opened in 1998.", true]]);
    const reviews = (memoJsonLdValue(memo)["@graph"] as Array<Record<string, unknown>>).filter((n) => n["@type"] === "ClaimReview");
    expect(reviews.map((r) => r.claimReviewed)).toEqual(["Bus fares rose 20% in 2024."]);
  });

  test("a reopened claim's approved verdict stands in the memo and the ClaimReview while the next version is submitted and returned", async () => {
    const { articleId, claims } = await seedArticle(db, people.editor.id, ["The council voted 7 to 2."]);
    const [vote] = claims;
    await assignClaims(db, { claimIds: [vote.id], reviewerId: people.reviewer.id, actorId: people.editor.id, dueAt: null, priority: "normal", note: "" });
    await save(vote.id, "accurate", "Minutes say 7 to 2.", true);
    await decide(vote.id, "approve");
    const approved = await getClaim(db, vote.id);
    const reopened = await reviseApprovedClaim(db, { claimId: vote.id, actorId: people.editor.id, expectedVersion: approved?.version ?? 0, reason: "New minutes." });
    if (!reopened.ok) throw new Error("reopen");
    const reviewsOf = async () => {
      const memo = await buildMemoInput(db, { articleId, generatedAt });
      if (!memo) throw new Error("memo missing");
      const reviews = (memoJsonLdValue(memo)["@graph"] as Array<Record<string, unknown>>).filter((n) => n["@type"] === "ClaimReview");
      return { memo, reviews };
    };
    for (const step of ["reopened", "submitted", "returned"] as const) {
      if (step === "submitted") await save(vote.id, "inaccurate", "It was 6 to 3.", true);
      if (step === "returned") await decide(vote.id, "return");
      const { memo, reviews } = await reviewsOf();
      expect(memo.claims[0]).toMatchObject({ verdict: { key: "accurate", state: "approved", version: 1, approver: { name: "Ed Editor" } }, draftInProgress: step !== "reopened" });
      expect(reviews.map((r) => r.claimReviewed)).toEqual(["The council voted 7 to 2."]);
      expect(memoToMarkdown(memo)).not.toContain("It was 6 to 3.");
    }
    await save(vote.id, "inaccurate", "It was 6 to 3, the clerk confirms.", true);
    await decide(vote.id, "approve");
    const { memo } = await reviewsOf();
    expect(memo.claims[0]).toMatchObject({ verdict: { key: "inaccurate", state: "approved", version: 3 }, draftInProgress: false });
  });
});
