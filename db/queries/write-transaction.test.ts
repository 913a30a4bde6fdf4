import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import type { Database } from "../index";
import { settings } from "../schema";
import { createTestDatabase } from "../testing";
import { writeTransaction } from "./write-transaction";

let db: Database;
beforeEach(async () => {
  db = await createTestDatabase();
});

/** Every write here appends to one settings row, so the order writes ran in is visible. */
async function append(tx: Parameters<Parameters<typeof writeTransaction>[1]>[0], piece: string): Promise<string> {
  await tx.insert(settings).values({ key: "log", value: "" }).onConflictDoNothing();
  await tx.update(settings).set({ value: sql`${settings.value} || ${piece}` }).where(eq(settings.key, "log"));
  const [row] = await tx.select({ value: settings.value }).from(settings).where(eq(settings.key, "log"));
  return row.value as string;
}

async function log(on: Database = db): Promise<string | undefined> {
  const [row] = await on.select({ value: settings.value }).from(settings).where(eq(settings.key, "log"));
  return row?.value as string | undefined;
}

describe("writeTransaction (group commit)", () => {
  test("writes queued together run in order, each seeing the ones before it, and all commit", async () => {
    const results = await Promise.all("abcdefgh".split("").map((piece) => writeTransaction(db, (tx) => append(tx, piece))));
    expect(results).toEqual(["a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg", "abcdefgh"]);
    expect(await log()).toBe("abcdefgh");
  });

  test("a write that throws undoes only its own changes; the others in its batch commit", async () => {
    const outcomes = await Promise.allSettled([
      writeTransaction(db, (tx) => append(tx, "a")),
      writeTransaction(db, async (tx) => {
        await append(tx, "X");
        throw new Error("refused");
      }),
      writeTransaction(db, (tx) => append(tx, "c")),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(outcomes[1].status === "rejected" && (outcomes[1].reason as Error).message).toBe("refused");
    expect(outcomes[2].status === "fulfilled" && outcomes[2].value).toBe("ac");
    expect(await log()).toBe("ac");
  });

  test("a lone write that throws is rolled back", async () => {
    await expect(
      writeTransaction(db, async (tx) => {
        await append(tx, "X");
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(await log()).toBeUndefined();
  });

  test("each database has its own queue, and the queue keeps working after a failure", async () => {
    const other = await createTestDatabase();
    await Promise.all([writeTransaction(db, (tx) => append(tx, "1")), writeTransaction(other, (tx) => append(tx, "2"))]);
    expect([await log(), await log(other)]).toEqual(["1", "2"]);
    await writeTransaction(db, (tx) => append(tx, "3"));
    expect(await log()).toBe("13");
  });
});

describe("writeTransaction when no transaction can begin", () => {
  test("a batch that cannot begin fails every write at once: no write runs, nothing waits for the lock again", async () => {
    let begins = 0;
    let runs = 0;
    const locked = {
      transaction: async () => {
        begins += 1;
        throw new Error("database is locked");
      },
    } as unknown as Database;
    const outcomes = await Promise.allSettled([1, 2, 3].map(() => writeTransaction(locked, async () => void (runs += 1))));
    expect(outcomes.map((o) => o.status)).toEqual(["rejected", "rejected", "rejected"]);
    expect([begins, runs]).toEqual([1, 0]);
  });
});
