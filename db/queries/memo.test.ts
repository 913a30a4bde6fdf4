import { beforeEach, describe, expect, test } from "vitest";
import { memoJsonLdValue, memoJsonValue } from "@/lib/export";
import type { Database } from "../index";
import { createTestDatabase } from "../testing";
import { updateClaimIfVersion } from "./claims";
import { createCorrection, updateCorrection } from "./corrections";
import { HOSTILE, seedArticle, seedEvidence, seedPeople, seedVerdict } from "./corrections.fixtures";
import { buildMemoInput } from "./memo";
import { saveNewsroomSettings } from "./settings";

let db: Database;
let people: Awaited<ReturnType<typeof seedPeople>>;
beforeEach(async () => {
  db = await createTestDatabase();
  people = await seedPeople(db);
});

const generatedAt = new Date("2025-03-03T08:15:00Z");

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
      key: "inaccurate", label: "Inaccurate", ratingValue: 1, rationale: HOSTILE, version: 2,
      reviewer: { name: "Rita Reviewer" }, approver: { name: "Ed Editor" },
      submittedAt: "2025-03-01T10:00:00.000Z", approvedAt: "2025-03-01T11:00:00.000Z",
    });
    expect(memo.claims[0].evidence.map((e) => [e.url, e.quote, e.accessedAt])).toEqual([
      ["https://a.example", HOSTILE, "2025-03-01T00:00:00.000Z"],
      ["https://b.example", "second", "2025-03-01T00:00:00.000Z"],
    ]);
    // Submitted, not yet signed off: no approver, no approval date.
    expect(memo.claims[1].verdict).toMatchObject({ key: "accurate", approver: null, approvedAt: null });
    expect(memo.corrections).toEqual([
      expect.objectContaining({ id: correction.id, status: "published", publishedAt: "2025-03-02T12:00:00.000Z", article: { title: "City budget", url: "https://ledger.example/news/city-budget" } }),
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
