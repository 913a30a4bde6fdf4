import { expect, test } from "vitest";
import { parseDeskTsv } from "@/lib/claims/datasets";
import { createTestAdmin, createTestDatabase } from "../testing";
import { createArticle } from "./articles";
import { insertClaims, type NewClaim } from "./claims";
import { decideClaim } from "./curation";
import { countDeskDecisions, decisionsToTsv, listDeskDecisions } from "./decisions";

test("accepted claims are 1, dismissals as opinion are 0, duplicates and open suggestions are left out; the TSV trains", async () => {
  const db = await createTestDatabase();
  const admin = { user: await createTestAdmin(db) };
  const text = "A rose 5%.\n\nB said \"hi\"\tthere.\n\nC is great.\n\nD again.";
  const { id: articleId } = await createArticle(db, { title: "t", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: text, authorId: admin.user.id });
  const base: Omit<NewClaim, "start" | "end" | "exact"> = { articleId, prefix: "", suffix: "", kind: "other", claimant: null, score: 0.5, checkworthy: true, reasons: [], origin: "suggested", status: "proposed", createdById: null };
  const [a, b, c] = await insertClaims(db, [
    { ...base, start: 0, end: 10, exact: "A rose 5%." },
    { ...base, start: 12, end: 29, exact: 'B said "hi"\tthere.' },
    { ...base, start: 31, end: 42, exact: "C is great." },
    { ...base, start: 44, end: 52, exact: "D again." },
  ]);
  await decideClaim(db, { claimId: a.id, expectedVersion: 1, decision: "accept", actorId: admin.user.id });
  await decideClaim(db, { claimId: b.id, expectedVersion: 1, decision: "dismiss", reason: "duplicate", actorId: admin.user.id });
  await decideClaim(db, { claimId: c.id, expectedVersion: 1, decision: "dismiss", reason: "opinion", actorId: admin.user.id });
  const decisions = await listDeskDecisions(db);
  expect(decisions.map((d) => [d.text, d.label])).toEqual([["A rose 5%.", 1], ["C is great.", 0]]);
  expect(await countDeskDecisions(db)).toEqual({ accepted: 1, dismissed: 1 });
  expect(parseDeskTsv(decisionsToTsv(decisions))).toEqual([{ text: "A rose 5%.", label: 1 }, { text: "C is great.", label: 0 }]);
});
