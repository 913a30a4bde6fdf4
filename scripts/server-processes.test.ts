import { describe, expect, it } from "vitest";
import { serverProcessCount } from "./server-processes";

describe("serverProcessCount", () => {
  const file = "file:./data/factcheck.db";
  it("runs one process per core, up to four, unless WEB_CONCURRENCY says otherwise", () => {
    expect(serverProcessCount({ DATABASE_URL: file }, 2)).toBe(2);
    expect(serverProcessCount({ DATABASE_URL: file }, 16)).toBe(4);
    expect(serverProcessCount({ DATABASE_URL: file }, 0)).toBe(1);
    expect(serverProcessCount({ DATABASE_URL: file, WEB_CONCURRENCY: 1 }, 8)).toBe(1);
    expect(serverProcessCount({ DATABASE_URL: file, WEB_CONCURRENCY: 6 }, 2)).toBe(6);
  });

  it("keeps an in-memory database in one process", () => {
    expect(serverProcessCount({ DATABASE_URL: ":memory:", WEB_CONCURRENCY: 4 }, 8)).toBe(1);
  });
});
