import { describe, expect, test } from "vitest";
import { decideThrottle, lockMinutesLeft, THROTTLE_WINDOW_MS } from "./throttle";

const t0 = new Date("2026-01-01T00:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("sign-in throttle", () => {
  test("locks on the limit-th failure inside the window", () => {
    let state = null;
    for (let i = 0; i < 4; i++) state = decideThrottle(state, { limit: 5, now: at(i * 1000) });
    expect(state?.lockedUntil).toBeNull();
    state = decideThrottle(state, { limit: 5, now: at(5000) });
    expect(state.failures).toBe(5);
    expect(lockMinutesLeft(state, at(6000))).toBe(15);
  });

  test("a failure after the window starts a new count", () => {
    const first = decideThrottle(null, { limit: 5, now: t0 });
    const later = decideThrottle({ ...first, failures: 4 }, { limit: 5, now: at(THROTTLE_WINDOW_MS + 1) });
    expect(later.failures).toBe(1);
    expect(later.lockedUntil).toBeNull();
  });

  test("a lock expires", () => {
    const state = { failures: 5, windowStartedAt: t0, lockedUntil: at(60_000) };
    expect(lockMinutesLeft(state, at(59_000))).toBe(1);
    expect(lockMinutesLeft(state, at(60_000))).toBe(0);
  });
});
