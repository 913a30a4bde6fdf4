import { beforeEach, describe, expect, test } from "vitest";
import type { Database } from "../index";
import { createTestDatabase, createTestPeople } from "../testing";
import { createArticle } from "./articles";
import { assignClaims } from "./assignments";
import { insertClaims } from "./claims";
import { addComment, listComments } from "./comments";
import { editComment, removeComment } from "./comment-edits";
import { listNotifications } from "./notifications";
import { listClaimHistory } from "./review";

let db: Database;
let ids: Record<"admin" | "Rosa" | "Edna" | "Eve", string> & { claim: string };

beforeEach(async () => {
  db = await createTestDatabase();
  ids = { ...(await createTestPeople(db, { Rosa: "reviewer", Edna: "editor", Eve: "editor" })), claim: "" };
  const text = "The mayor said rents doubled in ten years.";
  const article = await createArticle(db, { title: "Rents", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: text, authorId: ids.Edna });
  const exact = "rents doubled in ten years.";
  const [claim] = await insertClaims(db, [{
    articleId: article.id, start: text.indexOf(exact), end: text.length, exact, prefix: "", suffix: "",
    kind: "statistic", claimant: "the mayor", score: 0.9, checkworthy: true, reasons: [], origin: "manual", status: "open", createdById: ids.Edna,
  }]);
  ids.claim = claim.id;
  await assignClaims(db, { claimIds: [claim.id], reviewerId: ids.Rosa, actorId: ids.Edna, dueAt: null, priority: "normal", note: "" });
});

async function commentBy(authorId: string, body: string) {
  const added = await addComment(db, { claimId: ids.claim, authorId, body });
  if (!added) throw new Error("setup");
  return added;
}

const mentions = async (userId: string) => (await listNotifications(db, { userId })).filter((n) => n.kind === "mention");

describe("editing a comment", () => {
  test("its author rewrites it; the thread marks it edited and the history keeps both wordings", async () => {
    const added = await commentBy(ids.Edna, "Table 4 says 89%.");
    const edited = await editComment(db, { commentId: added.id, claimId: ids.claim, actorId: ids.Edna, body: "Table 4 says 98%.", expectedVersion: 1 });
    expect(edited).toMatchObject({ ok: true, comment: { body: "Table 4 says 98%.", version: 2, removedAt: null } });
    const [listed] = await listComments(db, ids.claim);
    expect(listed.body).toBe("Table 4 says 98%.");
    expect(listed.editedAt).toBeInstanceOf(Date);
    const history = await listClaimHistory(db, ids.claim);
    expect(history.at(-1)).toMatchObject({ action: "claim.comment_edited", actorName: "Edna", before: { comment: "Table 4 says 89%." }, after: { comment: "Table 4 says 98%." } });
  });

  test("nobody else may edit it, not even an administrator", async () => {
    const added = await commentBy(ids.Edna, "Check the census.");
    expect(await editComment(db, { commentId: added.id, claimId: ids.claim, actorId: ids.Eve, body: "Hijacked", expectedVersion: 1 })).toEqual({ ok: false, reason: "not_author" });
    expect(await editComment(db, { commentId: added.id, claimId: ids.claim, actorId: ids.admin, body: "Hijacked", expectedVersion: 1 })).toEqual({ ok: false, reason: "not_author" });
    expect((await listComments(db, ids.claim))[0].body).toBe("Check the census.");
  });

  test("an edit over an old screen is a conflict carrying the comment as it is now", async () => {
    const added = await commentBy(ids.Edna, "First.");
    await editComment(db, { commentId: added.id, claimId: ids.claim, actorId: ids.Edna, body: "Second.", expectedVersion: 1 });
    const stale = await editComment(db, { commentId: added.id, claimId: ids.claim, actorId: ids.Edna, body: "Third.", expectedVersion: 1 });
    expect(stale).toMatchObject({ ok: false, reason: "conflict", current: { body: "Second.", version: 2 } });
    expect((await listComments(db, ids.claim))[0].body).toBe("Second.");
  });

  test("a newly mentioned person is told once; people already mentioned are not told again", async () => {
    const added = await commentBy(ids.Edna, "@Rosa see table 4.");
    expect(await mentions(ids.Rosa)).toHaveLength(1);
    const edited = await editComment(db, { commentId: added.id, claimId: ids.claim, actorId: ids.Edna, body: "@Rosa @Eve see table 4, row 2.", expectedVersion: 1 });
    expect(edited).toMatchObject({ ok: true, newlyMentioned: [ids.Eve] });
    expect(await mentions(ids.Rosa)).toHaveLength(1);
    expect(await mentions(ids.Eve)).toEqual([expect.objectContaining({ message: "Edna mentioned you on “rents doubled in ten years.”: “@Rosa @Eve see table 4, row 2.”" })]);
    await editComment(db, { commentId: added.id, claimId: ids.claim, actorId: ids.Edna, body: "@Rosa @Eve see table 4, row 3.", expectedVersion: 2 });
    expect(await mentions(ids.Eve)).toHaveLength(1);
  });

  test("a comment that does not exist, or sits on another claim, is not found", async () => {
    expect(await editComment(db, { commentId: "nope", claimId: ids.claim, actorId: ids.Edna, body: "x", expectedVersion: 1 })).toEqual({ ok: false, reason: "not_found" });
    const added = await commentBy(ids.Edna, "Here.");
    expect(await editComment(db, { commentId: added.id, claimId: "another-claim", actorId: ids.Edna, body: "x", expectedVersion: 1 })).toEqual({ ok: false, reason: "not_found" });
  });
});

describe("removing a comment", () => {
  test("its author removes it: the thread keeps its place without the text, the history keeps what it said", async () => {
    const added = await commentBy(ids.Rosa, "@Edna wrong claim, sorry");
    const removed = await removeComment(db, { commentId: added.id, claimId: ids.claim, actorId: ids.Rosa, expectedVersion: 1, anyAuthor: false });
    expect(removed).toMatchObject({ ok: true, comment: { body: "", mentions: [], removedByName: "Rosa", version: 2 } });
    const [listed] = await listComments(db, ids.claim);
    expect(listed.removedAt).toBeInstanceOf(Date);
    expect(listed.body).toBe("");
    expect((await listClaimHistory(db, ids.claim)).at(-1)).toMatchObject({ action: "claim.comment_removed", actorName: "Rosa", before: { comment: "@Edna wrong claim, sorry" } });
    // Edna's bell quoted it; it no longer does. Other notifications stay as they were.
    const edna = await listNotifications(db, { userId: ids.Edna });
    expect(edna.map((n) => n.message)).toEqual(["Rosa's comment on a claim was removed."]);
    expect((await listNotifications(db, { userId: ids.Rosa })).map((n) => n.kind)).toEqual(["assigned"]);
  });

  test("someone else may not remove it unless they may remove anyone's", async () => {
    const added = await commentBy(ids.Rosa, "Off-colour remark");
    expect(await removeComment(db, { commentId: added.id, claimId: ids.claim, actorId: ids.Edna, expectedVersion: 1, anyAuthor: false })).toEqual({ ok: false, reason: "not_author" });
    expect(await removeComment(db, { commentId: added.id, claimId: ids.claim, actorId: ids.admin, expectedVersion: 1, anyAuthor: true })).toMatchObject({ ok: true, comment: { removedByName: "Ada Admin" } });
  });

  test("a removed comment takes no edit and is not removed twice", async () => {
    const added = await commentBy(ids.Edna, "Draft thought.");
    await removeComment(db, { commentId: added.id, claimId: ids.claim, actorId: ids.Edna, expectedVersion: 1, anyAuthor: false });
    expect(await editComment(db, { commentId: added.id, claimId: ids.claim, actorId: ids.Edna, body: "Back again", expectedVersion: 2 })).toEqual({ ok: false, reason: "removed" });
    expect(await removeComment(db, { commentId: added.id, claimId: ids.claim, actorId: ids.Edna, expectedVersion: 2, anyAuthor: false })).toEqual({ ok: false, reason: "removed" });
  });

  test("a removal over an old screen is a conflict", async () => {
    const added = await commentBy(ids.Edna, "One.");
    await editComment(db, { commentId: added.id, claimId: ids.claim, actorId: ids.Edna, body: "Two.", expectedVersion: 1 });
    expect(await removeComment(db, { commentId: added.id, claimId: ids.claim, actorId: ids.Edna, expectedVersion: 1, anyAuthor: false })).toMatchObject({ ok: false, reason: "conflict", current: { body: "Two." } });
  });
});
