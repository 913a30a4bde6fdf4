import { expect, test } from "vitest";
import { LibsqlError } from "@libsql/client";
import { isStorageTrouble } from "./storage-trouble";

test("busy, full, read-only and I/O errors are the database's trouble, however wrapped", () => {
  for (const code of ["SQLITE_BUSY", "SQLITE_FULL", "SQLITE_READONLY", "SQLITE_IOERR_WRITE", "SQLITE_CANTOPEN"]) {
    expect(isStorageTrouble(new LibsqlError("failed", code))).toBe(true);
    expect(isStorageTrouble(new Error("Failed query", { cause: new LibsqlError("failed", code) }))).toBe(true);
  }
});

test("a constraint, a syntax error or any other error is not", () => {
  expect(isStorageTrouble(new LibsqlError("UNIQUE constraint failed", "SQLITE_CONSTRAINT_UNIQUE"))).toBe(false);
  expect(isStorageTrouble(new Error("boom"))).toBe(false);
  expect(isStorageTrouble(null)).toBe(false);
});
