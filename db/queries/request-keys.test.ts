import { count, eq } from "drizzle-orm";
import { expect, test } from "vitest";
import { articles, comments, corrections, notifications, requestKeys } from "../schema";
import { createOneClaimArticle, createTestDatabase, createTestPeople } from "../testing";
import { createArticle } from "./articles";
import { addComment } from "./comments";
import { createCorrection } from "./corrections";
import { rememberKey } from "./request-keys";

const KEY = "0b6f1f4e-6d1a-4c43-9a55-3b1f0d6c2e71";
const article = (authorId: string, requestKey?: string) => ({ title: "Rents", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: "Rents doubled.", authorId, requestKey });

test("a New article arriving twice under one key makes one article; without a key, or under another person's key, each makes its own", async () => {
  const db = await createTestDatabase();
  const ids = await createTestPeople(db, { Edna: "editor", Eli: "editor" });
  const first = await createArticle(db, article(ids.Edna, KEY));
  expect(await createArticle(db, article(ids.Edna, KEY))).toEqual({ id: first.id, replayed: true });
  expect((await db.select({ n: count() }).from(articles))[0].n).toBe(1);
  expect((await createArticle(db, article(ids.Eli, KEY))).replayed).toBe(false);
  expect((await createArticle(db, article(ids.Edna))).replayed).toBe(false);
  expect((await db.select({ n: count() }).from(articles))[0].n).toBe(3);
});

test("a comment arriving twice under one key is added, and its mentions told, once", async () => {
  const db = await createTestDatabase();
  const ids = await createTestPeople(db, { Edna: "editor", Eli: "editor" });
  const { claimId } = await createOneClaimArticle(db, ids.Edna);
  const send = () => addComment(db, { claimId, authorId: ids.Edna, body: "@Eli can you check table 4?", requestKey: KEY });
  const first = await send();
  const again = await send();
  expect(first).toMatchObject({ replayed: false, body: "@Eli can you check table 4?" });
  expect(again).toMatchObject({ replayed: true, id: first!.id, mentions: [ids.Eli] });
  expect((await db.select({ n: count() }).from(comments).where(eq(comments.claimId, claimId)))[0].n).toBe(1);
  expect((await db.select({ n: count() }).from(notifications).where(eq(notifications.userId, ids.Eli)))[0].n).toBe(1);
  // A key an article was made under does not answer for a comment.
  const articleKey = "8d0c4a9e-1b2f-4e3d-8c5a-6f7e8d9c0b1a";
  await createArticle(db, article(ids.Edna, articleKey));
  expect((await addComment(db, { claimId, authorId: ids.Edna, body: "Another.", requestKey: articleKey }))?.replayed).toBe(false);
});

test("keys are forgotten after a day", async () => {
  const db = await createTestDatabase();
  const ids = await createTestPeople(db, { Edna: "editor" });
  const day = 24 * 60 * 60 * 1000;
  await rememberKey(db, { key: KEY, userId: ids.Edna, kind: "article", resultId: "a1", now: new Date(Date.UTC(2026, 0, 1)) });
  await rememberKey(db, { key: "5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d", userId: ids.Edna, kind: "article", resultId: "a2", now: new Date(Date.UTC(2026, 0, 1) + day + 1) });
  expect((await db.select({ key: requestKeys.key }).from(requestKeys)).map((r) => r.key)).toEqual(["5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d"]);
});

test("a new correction arriving twice under one key is drafted once", async () => {
  const db = await createTestDatabase();
  const ids = await createTestPeople(db, { Edna: "editor" });
  const { articleId, claimId } = await createOneClaimArticle(db, ids.Edna);
  const draft = () => createCorrection(db, { articleId, claimId, type: "correction", originalText: "Rents doubled.", correctedText: "Rents rose 80%.", note: "Corrected.", actorId: ids.Edna, requestKey: KEY });
  const first = await draft();
  expect((await draft()).id).toBe(first.id);
  expect((await db.select({ n: count() }).from(corrections))[0].n).toBe(1);
});
