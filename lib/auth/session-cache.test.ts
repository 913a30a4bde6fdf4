import { describe, expect, it } from "vitest";
import { createSessionCache } from "./session-cache";

describe("session cache", () => {
  it("answers a remembered token until it expires, then forgets it", () => {
    const cache = createSessionCache();
    cache.set("tok", "s1", "user-1", 1_000);
    expect(cache.get("tok", "s1", 999)).toBe("user-1");
    expect(cache.get("tok", "s1", 1_000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("misses under another secret (rotation), and for unknown tokens", () => {
    const cache = createSessionCache();
    cache.set("tok", "old-secret", "user-1", 10_000);
    expect(cache.get("other", "old-secret", 0)).toBeUndefined();
    expect(cache.get("tok", "new-secret", 0)).toBeUndefined();
    expect(cache.get("tok", "old-secret", 0)).toBeUndefined();
  });

  it("drops the least recently used token when full", () => {
    const cache = createSessionCache(2);
    cache.set("a", "s", "ua", 10_000);
    cache.set("b", "s", "ub", 10_000);
    expect(cache.get("a", "s", 0)).toBe("ua"); // a is now the most recent
    cache.set("c", "s", "uc", 10_000);
    expect(cache.size).toBe(2);
    expect(cache.get("b", "s", 0)).toBeUndefined();
    expect(cache.get("a", "s", 0)).toBe("ua");
    expect(cache.get("c", "s", 0)).toBe("uc");
  });
});
