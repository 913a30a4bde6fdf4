import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient, LibsqlError, type Client, type ResultSet } from "@libsql/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SqliteClient } from "./sqlite-client";

let folder: string;
let file: string;
const clients: Client[] = [];

function open(kind: "ours" | "libsql", at = file): Client {
  const client = kind === "ours" ? new SqliteClient(at, { timeout: 2000 }) : createClient({ url: at === ":memory:" ? ":memory:" : `file:${at}`, timeout: 2000 });
  clients.push(client);
  return client;
}

const SEED = `
  CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, born REAL, photo BLOB, big INTEGER);
  INSERT INTO people (name, born, photo, big) VALUES ('Ada', 1815.5, x'0102ff', 9007199254740991), ('Grace', NULL, NULL, -3);
`;

beforeEach(async () => {
  folder = mkdtempSync(path.join(tmpdir(), "desk-driver-"));
  file = path.join(folder, "t.db");
  await open("libsql").executeMultiple(`PRAGMA journal_mode=WAL; ${SEED}`);
});

afterEach(() => {
  for (const client of clients.splice(0)) client.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Everything a caller can observe of a result set. */
function observed(rs: ResultSet) {
  return {
    columns: rs.columns,
    columnTypes: rs.columnTypes,
    rowsAffected: rs.rowsAffected,
    lastInsertRowid: rs.lastInsertRowid,
    rows: rs.rows.map((row) => ({
      keys: Object.keys(row),
      spread: { ...row },
      json: JSON.stringify(row),
      length: row.length,
      positions: Array.from({ length: row.length }, (_, i) => row[i]),
      arrayFrom: Array.from(row as ArrayLike<unknown>),
    })),
    json: JSON.stringify(rs),
  };
}

describe("the desk's SQLite client answers as @libsql/client does", () => {
  const queries: [string, unknown[]][] = [
    ["SELECT * FROM people ORDER BY id", []],
    ["SELECT id, name, born, photo, big FROM people WHERE name = ?", ["Ada"]],
    ["SELECT name, name, 1, 'x' AS \"0\", count(*) AS n FROM people", []],
    ["SELECT ? AS t, ? AS f, ? AS d, ? AS b", [true, false, new Date(5), new Uint8Array([7, 8]).buffer]],
    ["INSERT INTO people (name) VALUES (?)", ["Linus"]],
    ["UPDATE people SET born = born + 1 WHERE born IS NOT NULL", []],
    ["SELECT * FROM people WHERE id > 100", []],
    ["INSERT INTO people (name) VALUES (?) RETURNING id, name", ["Barbara"]],
  ];

  it.each(queries)("%s", async (sql, args) => {
    // The same statement on two copies of the same data, one through each client.
    // Each seeded through another client, so neither connection remembers the seed's last insert.
    await open("libsql", path.join(folder, "theirs.db")).executeMultiple(SEED);
    const theirs = open("libsql", path.join(folder, "theirs.db"));
    const expected = observed(await theirs.execute({ sql, args: args as never }));
    expect(observed(await open("ours").execute({ sql, args: args as never }))).toEqual(expected);
  });

  it("keeps answering the same after a statement has been reused many times", async () => {
    const client = open("ours");
    const first = observed(await client.execute("SELECT * FROM people WHERE id = ?", [1]));
    for (let i = 0; i < 50; i++) await client.execute("SELECT * FROM people WHERE id = ?", [2]);
    expect(observed(await client.execute("SELECT * FROM people WHERE id = ?", [1]))).toEqual(first);
  });

  it("reports SQLite's errors with the same codes", async () => {
    const errorOf = async (client: Client) => client.execute("INSERT INTO people (name) VALUES ('Ada')").then(() => null, (e: LibsqlError) => e);
    const ours = await errorOf(open("ours"));
    const theirs = await errorOf(open("libsql"));
    expect(ours).toBeInstanceOf(LibsqlError);
    expect([ours?.code, ours?.extendedCode, ours?.rawCode, ours?.message]).toEqual([theirs?.code, theirs?.extendedCode, theirs?.rawCode, theirs?.message]);
    await expect(open("ours").execute("SELECT nope FROM people")).rejects.toMatchObject({ code: "SQLITE_ERROR" });
  });

  it("refuses integers a JavaScript number cannot hold, and arguments it cannot store", async () => {
    const client = open("ours");
    await client.execute("UPDATE people SET big = 9007199254740993 WHERE name = 'Ada'");
    await expect(client.execute("SELECT big FROM people WHERE name = 'Ada'")).rejects.toThrow(RangeError);
    await expect(client.execute("SELECT ?", [Number.NaN])).rejects.toThrow(RangeError);
    await expect(client.execute("SELECT ?", [undefined as never])).rejects.toThrow(TypeError);
  });
});

describe("connection settings", () => {
  it("opens every file connection with full sync, foreign keys and no memory map", async () => {
    const client = open("ours");
    // Two transactions at once hold two pooled connections: both must have the settings.
    const [a, b] = await Promise.all([client.transaction("read"), client.transaction("read")]);
    for (const tx of [a, b]) {
      expect((await tx.execute("PRAGMA synchronous")).rows[0][0]).toBe(2); // FULL
      expect((await tx.execute("PRAGMA foreign_keys")).rows[0][0]).toBe(1);
      expect((await tx.execute("PRAGMA mmap_size")).rows[0][0]).toBe(0);
      tx.close();
    }
  });
});

describe("transactions", () => {
  it("keeps a transaction's writes to itself until it commits", async () => {
    const client = open("ours");
    const tx = await client.transaction("write");
    await tx.execute("INSERT INTO people (name) VALUES ('Linus')");
    expect((await tx.execute("SELECT count(*) AS n FROM people")).rows[0].n).toBe(3);
    expect((await client.execute("SELECT count(*) AS n FROM people")).rows[0].n).toBe(2);
    await tx.commit();
    expect(tx.closed).toBe(true);
    expect((await client.execute("SELECT count(*) AS n FROM people")).rows[0].n).toBe(3);
  });

  it("rolls back, and gives the connection back clean when a transaction is only closed", async () => {
    const client = open("ours");
    const rolled = await client.transaction("write");
    await rolled.execute("DELETE FROM people");
    await rolled.rollback();
    const dropped = await client.transaction("write");
    await dropped.execute("DELETE FROM people");
    dropped.close();
    expect((await client.execute("SELECT count(*) AS n FROM people")).rows[0].n).toBe(2);
    await expect(dropped.execute("SELECT 1")).rejects.toMatchObject({ code: "TRANSACTION_CLOSED" });
  });

  it("runs write transactions of one client one after another instead of meeting in the busy handler", async () => {
    const client = open("ours");
    const order: string[] = [];
    const first = await client.transaction("write");
    const second = client.transaction("write").then(async (tx) => {
      order.push("second began");
      await tx.execute("UPDATE people SET born = 2 WHERE name = 'Ada'");
      await tx.commit();
    });
    await new Promise((resolve) => setImmediate(resolve));
    order.push("first writes");
    await first.execute("UPDATE people SET born = 1 WHERE name = 'Ada'");
    await first.commit();
    await second;
    expect(order).toEqual(["first writes", "second began"]);
    expect((await client.execute("SELECT born FROM people WHERE name = 'Ada'")).rows[0].born).toBe(2);
  });

  it("lets the next writer in when a transaction fails to begin", async () => {
    const client = open("ours");
    const blocker = open("libsql");
    const held = await blocker.transaction("write");
    await held.execute("UPDATE people SET born = 0");
    const shortWait = new SqliteClient(file, { timeout: 50 });
    clients.push(shortWait);
    await expect(shortWait.transaction("write")).rejects.toMatchObject({ code: "SQLITE_BUSY" });
    await held.rollback();
    const tx = await shortWait.transaction("write");
    await tx.commit();
    expect(client.closed).toBe(false);
  });

  it("waits for another process's write lock on timers, so the event loop keeps turning", async () => {
    const other = open("libsql");
    const held = await other.transaction("write");
    await held.execute("UPDATE people SET born = 1 WHERE name = 'Ada'");
    let began = false;
    const waiting = open("ours")
      .transaction("write")
      .then(async (tx) => {
        began = true;
        await tx.execute("UPDATE people SET born = born + 1 WHERE name = 'Ada'");
        await tx.commit();
      });
    // Timers fire while it waits: a busy handler sleeping on this thread would hold them back.
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 2));
    expect(began).toBe(false);
    await held.commit();
    await waiting;
    expect((await open("ours").execute("SELECT born FROM people WHERE name = 'Ada'")).rows[0].born).toBe(2);
  });

  it("runs a write outside a transaction after the open write transaction, without blocking the event loop", async () => {
    const client = open("ours");
    const tx = await client.transaction("write");
    await tx.execute("UPDATE people SET born = 1 WHERE name = 'Ada'");
    let inserted = false;
    const insert = client.execute("INSERT INTO people (name) VALUES ('Linus')").then(() => (inserted = true));
    // A read still runs at once, beside the transaction.
    expect((await client.execute("SELECT count(*) AS n FROM people")).rows[0].n).toBe(2);
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 2));
    expect(inserted).toBe(false);
    await tx.commit();
    await insert;
    expect((await client.execute("SELECT count(*) AS n FROM people")).rows[0].n).toBe(3);
  });

  it("on an in-memory database, refuses a statement while the one connection is in a transaction", async () => {
    const client = open("ours", ":memory:");
    const tx = await client.transaction("write");
    await expect(client.execute("SELECT 1")).rejects.toMatchObject({ code: "TRANSACTION_ACTIVE" });
    await tx.commit();
    expect((await client.execute("SELECT 1 AS one")).rows[0].one).toBe(1);
  });

  it("batch runs every statement or none", async () => {
    const client = open("ours");
    await expect(client.batch(["INSERT INTO people (name) VALUES ('Linus')", "INSERT INTO people (name) VALUES ('Ada')"], "write")).rejects.toMatchObject({ code: "SQLITE_CONSTRAINT" });
    expect((await client.execute("SELECT count(*) AS n FROM people")).rows[0].n).toBe(2);
    const results = await client.batch([["INSERT INTO people (name) VALUES (?)", ["Linus"]], "SELECT count(*) AS n FROM people"], "write");
    expect(results[1].rows[0].n).toBe(3);
  });
});

describe("schema changes", () => {
  it("forgets prepared statements after a migration, so SELECT * lists the new columns", async () => {
    const client = open("ours");
    expect((await client.execute("SELECT * FROM people WHERE id = 1")).columns).not.toContain("email");
    await client.migrate([{ sql: "ALTER TABLE people ADD COLUMN email TEXT", args: [] }]);
    expect((await client.execute("SELECT * FROM people WHERE id = 1")).columns).toContain("email");
    await client.executeMultiple("ALTER TABLE people ADD COLUMN phone TEXT;");
    expect((await client.execute("SELECT * FROM people WHERE id = 1")).columns).toContain("phone");
  });
});
