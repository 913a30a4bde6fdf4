import { describe, expect, test } from "vitest";
import { LOG_JSON_VERSION, MEMO_JSON_VERSION, correctionsLogToJson, memoToJson } from "./json";
import { collectText, toReadableStream } from "./shared";
import { CORRECTIONS, logFixture, memoFixture } from "./test-support/fixtures";

describe("memo JSON (v3)", () => {
  const memo = JSON.parse(memoToJson(memoFixture()));

  test("declares its format and version, and keeps every top-level key", () => {
    expect(memo.format).toBe("factcheck-desk/memo");
    expect(memo.version).toBe(MEMO_JSON_VERSION);
    expect(MEMO_JSON_VERSION).toBe(7);
    expect(Object.keys(memo)).toEqual(["format", "version", "generatedAt", "newsroom", "article", "scale", "summary", "claims", "corrections"]);
  });

  test("claims by position, corrections by date, dates in ISO-8601 UTC", () => {
    expect(memo.claims.map((c: { id: string }) => c.id)).toEqual(["c1", "c2", "c3", "c4", "c5", "c6"]);
    expect(memo.corrections.map((c: { id: string }) => c.id)).toEqual(["cor-1", "cor-2"]);
    expect(memo.article.publishedAt).toBe("2025-03-01T21:00:00.000Z");
    expect(memo.claims[0].verdict.approver).toEqual({ name: "Lee Park" });
    expect(memo.claims[3].verdict).toBeNull();
  });
});

describe("corrections log JSON (v1)", () => {
  test.each([
    ["empty", [], 0],
    ["two", [...CORRECTIONS].reverse(), 2],
  ] as const)("%s range parses with count", async (_name, corrections, count) => {
    const log = JSON.parse(await collectText(correctionsLogToJson(logFixture([...corrections]))));
    expect(log.format).toBe("factcheck-desk/corrections-log");
    expect(log.version).toBe(LOG_JSON_VERSION);
    expect(log.corrections).toHaveLength(count);
    expect(log.count).toBe(count);
  });

  test("an out-of-order source is an error, not a shuffled file", async () => {
    await expect(collectText(correctionsLogToJson(logFixture([...CORRECTIONS])))).rejects.toThrow(/out of order at cor-1/);
  });

  test("accepts an async source and streams as a web ReadableStream", async () => {
    async function* source() {
      yield* [...CORRECTIONS].reverse();
    }
    const stream = toReadableStream(correctionsLogToJson({ ...logFixture(), corrections: source() }));
    const text = await new Response(stream).text();
    expect(JSON.parse(text).count).toBe(2);
  });
});
