import { expect, test } from "vitest";
import { createTestDatabase, createTestPeople } from "../testing";
import { createArticle } from "./articles";
import { assignClaims } from "./assignments";
import { insertClaims } from "./claims";
import { unreachedMentions } from "./comments";
import { updateUser } from "./users";

test("a comment's @mentions of people who may not read the claim, or are deactivated, are named as not reached", async () => {
  const db = await createTestDatabase();
  const ids = await createTestPeople(db, { Rosa: "reviewer", Raj: "reviewer", Rita: "reviewer", Edna: "editor" });
  const text = "Rents doubled in ten years.";
  const article = await createArticle(db, { title: "Rents", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: text, authorId: ids.Edna });
  const [claim] = await insertClaims(db, [{
    articleId: article.id, start: 0, end: text.length, exact: text, prefix: "", suffix: "",
    kind: "statistic", claimant: null, score: 0.9, checkworthy: true, reasons: [], origin: "manual", status: "open", createdById: ids.Edna,
  }]);
  await assignClaims(db, { claimIds: [claim.id], reviewerId: ids.Rita, actorId: ids.Edna, dueAt: null, priority: "normal", note: "" });
  await updateUser(db, { userId: ids.Raj, actorId: ids.admin, active: false });

  const body = "@Rita and @Edna, please look; cc @rosa and @Raj";
  expect(await unreachedMentions(db, { claimId: claim.id, body })).toEqual([
    { name: "Rosa", deactivated: false },
    { name: "Raj", deactivated: true },
  ]);
  expect(await unreachedMentions(db, { claimId: claim.id, body: "No one named; rosa@desk.test wrote in." })).toEqual([]);
});
