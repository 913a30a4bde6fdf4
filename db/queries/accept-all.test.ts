import { beforeEach, describe, expect, test } from "vitest";
import { plainTextToDoc } from "@/lib/articles/doc-text";
import { proposeClaims } from "@/lib/articles/proposals";
import type { Database } from "../index";
import { createTestDatabase } from "../testing";
import { acceptAllSuggested, undoAcceptAll } from "./accept-all";
import { createArticle, getArticle } from "./articles";
import { listAuditForEntity } from "./audit";
import { listClaimsForArticle } from "./claims";
import { decideClaim } from "./curation";
import { createFirstAdministrator } from "./users";
import { replaceSuggestions } from "./workspace";

const TEXT = [
  "The bridge will cost $48.5 million, according to the council's own estimate.",
  "Traffic on the Mill Street bridge has risen by 38 percent in five years, the regional transport agency said.",
  "Harbourton's population passed 60,000 last year, the census office said.",
].join("\n\n");

let db: Database;
let editorId: string;

async function articleWithSuggestions(): Promise<string> {
  const { id } = await createArticle(db, { title: "Bridge", byline: "", sourceUrl: null, deadline: null, bodyJson: JSON.stringify(plainTextToDoc(TEXT)), bodyText: TEXT, authorId: editorId });
  const article = await getArticle(db, id);
  await replaceSuggestions(db, { articleId: id, revision: article!.revisionNumber, proposals: proposeClaims(TEXT, []), actorId: editorId });
  return id;
}

const statuses = async (articleId: string) => Object.fromEntries((await listClaimsForArticle(db, articleId)).map((c) => [c.id, c.status]));

beforeEach(async () => {
  db = await createTestDatabase();
  const admin = await createFirstAdministrator(db, { name: "Ada", email: "ada@example.org", passwordHash: "x" });
  if (!admin.ok) throw new Error("setup");
  editorId = admin.user.id;
});

describe("undo of Accept all suggested", () => {
  test("puts every claim it accepted back among the suggestions, and audits it", async () => {
    const articleId = await articleWithSuggestions();
    const before = await statuses(articleId);
    const accepted = await acceptAllSuggested(db, { articleId, actorId: editorId });
    expect(accepted).toHaveLength(3);

    const result = await undoAcceptAll(db, { articleId, accepted, actorId: editorId });
    expect(result.undone.sort()).toEqual(accepted.map((c) => c.claimId).sort());
    expect(result.kept).toEqual([]);
    expect(await statuses(articleId)).toEqual(before);
    const rows = await listClaimsForArticle(db, articleId);
    expect(rows.map((c) => c.decidedById)).toEqual([null, null, null]);
    expect((await listAuditForEntity(db, { entityType: "article", entityId: articleId })).at(-1)).toMatchObject({ action: "claims.accepted_all_undone", after: { undone: 3, kept: [] } });
  });

  test("leaves a claim someone decided since as it is, and names it", async () => {
    const articleId = await articleWithSuggestions();
    const accepted = await acceptAllSuggested(db, { articleId, actorId: editorId });
    const [first, ...rest] = accepted;
    const dismissed = await decideClaim(db, { claimId: first.claimId, expectedVersion: first.version, decision: "dismiss", reason: "opinion", actorId: editorId });
    expect(dismissed).toMatchObject({ ok: true });
    const firstText = (await listClaimsForArticle(db, articleId)).find((c) => c.id === first.claimId)!.text;

    const result = await undoAcceptAll(db, { articleId, accepted, actorId: editorId });
    expect(result.undone.sort()).toEqual(rest.map((c) => c.claimId).sort());
    expect(result.kept).toEqual([{ claimId: first.claimId, text: firstText }]);
    const now = await statuses(articleId);
    expect(now[first.claimId]).toBe("dismissed");
    for (const c of rest) expect(now[c.claimId]).toBe("proposed");
  });

  test("a second Undo, or one naming another article's claims, changes nothing", async () => {
    const articleId = await articleWithSuggestions();
    const otherId = await articleWithSuggestions();
    const accepted = await acceptAllSuggested(db, { articleId, actorId: editorId });
    const otherAccepted = await acceptAllSuggested(db, { articleId: otherId, actorId: editorId });
    await undoAcceptAll(db, { articleId, accepted, actorId: editorId });

    const again = await undoAcceptAll(db, { articleId, accepted, actorId: editorId });
    expect(again.undone).toEqual([]);
    expect(again.kept).toHaveLength(3);
    expect(await undoAcceptAll(db, { articleId, accepted: otherAccepted, actorId: editorId })).toEqual({ undone: [], kept: [] });
    expect(Object.values(await statuses(otherId))).toEqual(["open", "open", "open"]);
  });
});
