import { eq } from "drizzle-orm";
import { expect, test } from "vitest";
import { users } from "../schema";
import { createTestAdmin, createTestDatabase } from "../testing";
import { createUser, listPeoplePage } from "./users";

test("the people list finds by name or e-mail, keeps to a status, pages newest first and counts both statuses", async () => {
  const db = await createTestDatabase();
  const admin = await createTestAdmin(db);
  const ids: string[] = [];
  for (let i = 0; i < 60; i++) {
    const made = await createUser(db, { name: `Person ${String(i).padStart(2, "0")}`, email: `p${i}@desk.test`, role: "reviewer", passwordHash: "x", actorId: admin.id });
    if (!made.ok) throw new Error("setup");
    ids.push(made.user.id);
    // Joined a minute apart, so newest first is plain.
    await db.update(users).set({ createdAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000) }).where(eq(users.id, made.user.id));
  }
  await createUser(db, { name: "Rosa 100%_Reviewer", email: "rosa@newsroom.example", role: "reviewer", passwordHash: "x", actorId: admin.id });
  for (const id of ids.slice(0, 10)) await db.update(users).set({ active: false }).where(eq(users.id, id));
  const page = (search: string, status: "active" | "deactivated" | "all", offset = 0) => listPeoplePage(db, { search, status, limit: 20, offset });

  const active = await page("", "active");
  expect(active.counts).toEqual({ active: 52, deactivated: 10 });
  expect(active.rows).toHaveLength(20);
  expect(active.rows.every((row) => row.active)).toBe(true);
  // Newest first: Rosa and Ada joined just now, then the people from the newest down.
  expect(active.rows.slice(2, 4).map((row) => row.name)).toEqual(["Person 59", "Person 58"]);
  const third = await page("", "active", 40);
  expect(third.rows.map((row) => row.name).at(-1)).toBe("Person 10");
  expect(third.rows).toHaveLength(12);

  const gone = await page("", "deactivated");
  expect(gone.rows.map((row) => row.name)).toEqual(Array.from({ length: 10 }, (_, i) => `Person ${String(9 - i).padStart(2, "0")}`));
  expect((await page("", "all")).rows).toHaveLength(20);

  expect((await page("person 0", "all")).counts).toEqual({ active: 0, deactivated: 10 });
  expect((await page("PERSON 1", "active")).rows.map((row) => row.name)).toEqual(Array.from({ length: 10 }, (_, i) => `Person ${19 - i}`));
  expect((await page("newsroom.example", "active")).rows.map((row) => row.name)).toEqual(["Rosa 100%_Reviewer"]);
  // The search is literal: % and _ are characters, not wildcards.
  expect((await page("100%_", "all")).rows.map((row) => row.name)).toEqual(["Rosa 100%_Reviewer"]);
  expect((await page("0%", "all")).rows.map((row) => row.name)).toEqual(["Rosa 100%_Reviewer"]);
  expect((await page("nobody", "all")).counts).toEqual({ active: 0, deactivated: 0 });
});
