import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "./same-origin";

const h = (init: Record<string, string>) => new Headers(init);

describe("isSameOriginRequest", () => {
  it("accepts the desk's own page", () => {
    expect(isSameOriginRequest(h({ host: "desk.example:3000", origin: "http://desk.example:3000", "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(isSameOriginRequest(h({ host: "internal:3000", "x-forwarded-host": "desk.example", origin: "https://desk.example" }))).toBe(true);
  });

  it("refuses another site, a missing or malformed Origin, and a cross-site fetch", () => {
    expect(isSameOriginRequest(h({ host: "desk.example", origin: "https://evil.example" }))).toBe(false);
    expect(isSameOriginRequest(h({ host: "desk.example" }))).toBe(false);
    expect(isSameOriginRequest(h({ host: "desk.example", origin: "null" }))).toBe(false);
    expect(isSameOriginRequest(h({ host: "desk.example", origin: "https://desk.example", "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(isSameOriginRequest(h({ host: "desk.example", origin: "https://desk.example.evil.example" }))).toBe(false);
  });
});
