import { describe, expect, test } from "vitest";
import { afterWorkerExit, QUICK_CRASH_MS } from "./worker-restarts";

describe("afterWorkerExit", () => {
  test("a desk that never came up stops: starting more processes would fail the same way", () => {
    expect(afterWorkerExit({ listened: false, anyListened: false, livedMs: 800, quickCrashes: 0 })).toEqual({ kind: "stop" });
  });

  test("once the desk has served, a process that dies is replaced, even one that died young (QA: a replacement killed in its first 15 s stopped the desk)", () => {
    expect(afterWorkerExit({ listened: true, anyListened: true, livedMs: 5_000, quickCrashes: 0 })).toEqual({ kind: "replace", delayMs: 500, quickCrashes: 1 });
    // A replacement that died before it listened, while its sibling serves.
    expect(afterWorkerExit({ listened: false, anyListened: true, livedMs: 2_000, quickCrashes: 0 })).toEqual({ kind: "replace", delayMs: 500, quickCrashes: 1 });
  });

  test("quick crashes in a row wait longer each time, up to 30 s", () => {
    const delays: number[] = [];
    let quickCrashes = 0;
    for (let i = 0; i < 9; i++) {
      const next = afterWorkerExit({ listened: true, anyListened: true, livedMs: 1_000, quickCrashes });
      if (next.kind !== "replace") throw new Error("stopped");
      delays.push(next.delayMs);
      quickCrashes = next.quickCrashes;
    }
    expect(delays).toEqual([500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  test("a process that lived a minute is replaced at once and clears the count", () => {
    expect(afterWorkerExit({ listened: true, anyListened: true, livedMs: QUICK_CRASH_MS, quickCrashes: 6 })).toEqual({ kind: "replace", delayMs: 0, quickCrashes: 0 });
  });
});
