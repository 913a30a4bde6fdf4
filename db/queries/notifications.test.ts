import type { InArgs } from "@libsql/client";
import { beforeEach, describe, expect, test } from "vitest";
import { createDatabase, openClient, type Database } from "../index";
import { migrateDatabase } from "../migrate";
import { notifications } from "../schema";
import { createTestDatabase, createTestPeople } from "../testing";
import { countUnreadNotifications, listNotifications, listNotificationsPage, markAllNotificationsRead, markAllNotificationsReadQuery, markNotificationsRead, notificationsQuery } from "./notifications";

let db: Database;
let ids: Record<"Rosa" | "Sam" | "admin", string>;

/** `n` notifications for Rosa, one a minute, oldest first; every fifth a mention; two share the last minute. */
async function inbox(n: number) {
  const start = Date.parse("2026-03-01T09:00:00Z");
  const rows = Array.from({ length: n }, (_, i) => ({
    userId: ids.Rosa,
    kind: i % 5 === 0 ? "mention" : "submitted",
    message: `Notice ${i}`,
    createdAt: new Date(start + Math.min(i, n - 2) * 60_000),
  }));
  await db.insert(notifications).values(rows);
  await db.insert(notifications).values({ userId: ids.Sam, kind: "mention", message: "Sam's own", createdAt: new Date(start) });
}

beforeEach(async () => {
  db = await createTestDatabase();
  ids = await createTestPeople(db, { Rosa: "reviewer", Sam: "reviewer" });
});

describe("listNotificationsPage", () => {
  test("pages newest first by cursor, through rows of the same millisecond, without losing or repeating one", async () => {
    await inbox(12);
    const seen: string[] = [];
    let page = await listNotificationsPage(db, { userId: ids.Rosa, limit: 5 });
    seen.push(...page.rows.map((row) => row.message));
    while (page.more) {
      page = await listNotificationsPage(db, { userId: ids.Rosa, limit: 5, before: page.rows.at(-1)!.cursor });
      seen.push(...page.rows.map((row) => row.message));
    }
    // Notices 10 and 11 share a minute: the later insert reads first.
    expect(seen).toEqual(Array.from({ length: 12 }, (_, i) => `Notice ${11 - i}`));
  });

  test("mentions alone, paged the same way; nobody else's", async () => {
    await inbox(12);
    const first = await listNotificationsPage(db, { userId: ids.Rosa, kind: "mentions", limit: 2 });
    expect(first.rows.map((row) => row.message)).toEqual(["Notice 10", "Notice 5"]);
    expect(first.more).toBe(true);
    const older = await listNotificationsPage(db, { userId: ids.Rosa, kind: "mentions", limit: 2, before: first.rows[1].cursor });
    expect(older).toMatchObject({ rows: [{ message: "Notice 0" }], more: false });
    expect(await countUnreadNotifications(db, ids.Rosa, "mentions")).toBe(3);
  });
});

describe("markNotificationsRead", () => {
  test("reads the notifications shown and leaves older ones, and other people's, unread", async () => {
    await inbox(120);
    expect(await countUnreadNotifications(db, ids.Rosa)).toBe(120);
    const { rows } = await listNotificationsPage(db, { userId: ids.Rosa, limit: 50 });
    const sams = await listNotifications(db, { userId: ids.Sam });
    await markNotificationsRead(db, { userId: ids.Rosa, ids: [...rows.map((row) => row.id), sams[0].id] });
    expect(await countUnreadNotifications(db, ids.Rosa)).toBe(70);
    expect(await countUnreadNotifications(db, ids.Sam)).toBe(1);
    const next = await listNotificationsPage(db, { userId: ids.Rosa, limit: 50, before: rows.at(-1)!.cursor });
    expect(next.rows.every((row) => row.readAt === null)).toBe(true);
    expect(next.rows[0].message).toBe("Notice 69");
  });

  test("a read notification keeps its first reading time; nothing shown, nothing read", async () => {
    await inbox(3);
    const [row] = await listNotifications(db, { userId: ids.Rosa, limit: 1 });
    await markNotificationsRead(db, { userId: ids.Rosa, ids: [row.id] });
    const [read] = await listNotifications(db, { userId: ids.Rosa, limit: 1 });
    await markNotificationsRead(db, { userId: ids.Rosa, ids: [row.id] });
    await markNotificationsRead(db, { userId: ids.Rosa, ids: [] });
    expect((await listNotifications(db, { userId: ids.Rosa, limit: 1 }))[0].readAt).toEqual(read.readAt);
    expect(await countUnreadNotifications(db, ids.Rosa)).toBe(2);
  });
});

describe("markAllNotificationsRead", () => {
  test("reads every unread notification of the person, says how many, and leaves other people's unread", async () => {
    await inbox(120);
    const { rows } = await listNotificationsPage(db, { userId: ids.Rosa, limit: 50 });
    await markNotificationsRead(db, { userId: ids.Rosa, ids: rows.map((row) => row.id) });
    const now = new Date("2026-03-02T10:00:00Z");
    expect(await markAllNotificationsRead(db, { userId: ids.Rosa, upTo: now, now })).toBe(70);
    expect(await countUnreadNotifications(db, ids.Rosa)).toBe(0);
    expect(await countUnreadNotifications(db, ids.Sam)).toBe(1);
    // The 50 read before keep their own reading time; the 70 carry this one.
    const all = await listNotifications(db, { userId: ids.Rosa, limit: 200 });
    expect(all.filter((row) => row.readAt?.getTime() === now.getTime())).toHaveLength(70);
    expect(all.filter((row) => row.readAt?.getTime() !== now.getTime()).map((row) => row.message)).toEqual(rows.map((row) => row.message));
    // Pressed again (another tab, a second click): nothing left to read.
    expect(await markAllNotificationsRead(db, { userId: ids.Rosa, upTo: now })).toBe(0);
  });

  test("one that arrived after the page was opened stays unread for the bell", async () => {
    await inbox(3);
    // inbox(3): the notices are at 09:00, 09:01 and 09:01.
    expect(await markAllNotificationsRead(db, { userId: ids.Rosa, upTo: new Date("2026-03-01T09:00:30Z") })).toBe(1);
    expect(await countUnreadNotifications(db, ids.Rosa)).toBe(2);
    expect(await markAllNotificationsRead(db, { userId: ids.Rosa, upTo: new Date("2026-03-01T09:01:00Z") })).toBe(2);
    expect(await countUnreadNotifications(db, ids.Rosa)).toBe(0);
  });
});

test("mark all as read updates through the person's unread index, never the whole table", async () => {
  const client = openClient(":memory:");
  const plain = createDatabase(client);
  await migrateDatabase(plain);
  const query = markAllNotificationsReadQuery(plain, { userId: "u", upTo: new Date() }).toSQL();
  const result = await client.execute({ sql: `EXPLAIN QUERY PLAN ${query.sql}`, args: query.params as InArgs });
  const detail = result.rows.map((row) => String(row.detail)).join("\n");
  expect(detail).toMatch(/SEARCH notifications USING INDEX notifications_user_idx \(user_id=\? AND read_at=\? AND created_at<\?\)/);
  expect(detail).not.toMatch(/SCAN notifications/);
});

test("a page reads the person's notifications through their index, never the whole table", async () => {
  const client = openClient(":memory:");
  const plain = createDatabase(client);
  await migrateDatabase(plain);
  const plan = async (params: Parameters<typeof notificationsQuery>[1]) => {
    const query = notificationsQuery(plain, params, 51).toSQL();
    const result = await client.execute({ sql: `EXPLAIN QUERY PLAN ${query.sql}`, args: query.params as InArgs });
    return result.rows.map((row) => String(row.detail)).join("\n");
  };
  for (const params of [{ userId: "u" }, { userId: "u", kind: "mentions" as const, before: { at: Date.now(), seq: 10 } }]) {
    const detail = await plan(params);
    expect(detail).toMatch(/SEARCH notifications USING (COVERING )?INDEX notifications_user_created_idx \(user_id=\?/);
    expect(detail).not.toMatch(/SCAN notifications/);
    // Newest first straight from the index: no sort of everything the person ever got.
    expect(detail).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
  }
});
