import { describe, expect, test } from "vitest";
import { addressForThrottling, decideThrottle, lockMinutesLeft, THROTTLE_WINDOW_MS, throttleKeys } from "./throttle";

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

describe("throttle keys", () => {
  test("one account at one address, the address, and the account", () => {
    expect(throttleKeys("ada@desk.test", "203.0.113.9")).toEqual({
      account: "account:ada@desk.test",
      accountAtAddress: "account:ada@desk.test|203.0.113.9",
      address: "address:203.0.113.9",
    });
  });

  test("IPv6 counts by its /64, however it is written; IPv4 written as IPv6 is IPv4", () => {
    const line = "2001:db8:85a3:12::/64";
    expect(addressForThrottling("2001:db8:85a3:12::1")).toBe(line);
    expect(addressForThrottling("2001:0db8:85a3:0012:ffff:ffff:ffff:ffff")).toBe(line);
    expect(addressForThrottling("2001:DB8:85A3:12:0:0:0:7%eth0")).toBe(line);
    expect(addressForThrottling("2001:db8:85a3:13::1")).not.toBe(line);
    expect(addressForThrottling("::1")).toBe("0:0:0:0::/64");
    expect(addressForThrottling("::ffff:198.51.100.7")).toBe("198.51.100.7");
    for (const written of ["::ffff:c633:6407", "0:0:0:0:0:ffff:198.51.100.7", "0:0:0:0:0:FFFF:c633:6407"]) expect(addressForThrottling(written)).toBe("198.51.100.7");
    expect(addressForThrottling("64:ff9b::198.51.100.7")).toBe("64:ff9b:0:0::/64");
  });

  test("what is not an address is kept as it came", () => {
    for (const odd of ["local", "198.51.100.7", "2001:db8::1::2", "1:2:3:4:5:6:7:8:9", "fe80::zz", ""]) expect(addressForThrottling(odd)).toBe(odd);
  });
});
