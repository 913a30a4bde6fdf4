import { encode } from "next-auth/jwt";
import { RequestCookies } from "next/dist/compiled/@edge-runtime/cookies";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { sessionUserId } from "./guards";

const SECRET = "session-cookie-test-secret-0123456789abcdef";
const NAME = "authjs.session-token";
let saved: string | undefined;

beforeAll(() => {
  saved = process.env.AUTH_SECRET;
  process.env.AUTH_SECRET = SECRET;
});
afterAll(() => {
  if (saved === undefined) delete process.env.AUTH_SECRET;
  else process.env.AUTH_SECRET = saved;
});

/** A request's headers and cookies, as a route handler sees them. */
function request(cookie: string, extra: Record<string, string> = {}) {
  const headers = new Headers({ cookie, ...extra });
  return [headers, new RequestCookies(headers).getAll()] as const;
}

const token = (uid: string, salt = NAME, secret = SECRET) => encode({ token: { uid }, secret, salt, maxAge: 3600 });

describe("the session cookie, read straight from a request", () => {
  test("names the user Auth.js signed in, among other cookies", async () => {
    const value = await token("user-1");
    expect(await sessionUserId(...request(`theme=dark; ${NAME}=${value}; other=1`, { "x-forwarded-proto": "http" }))).toBe("user-1");
  });

  test("joins a token Auth.js split into numbered chunks, in number order", async () => {
    const value = await token("user-2");
    const cut = Math.floor(value.length / 2);
    const cookie = `${NAME}.1=${value.slice(cut)}; ${NAME}.0=${value.slice(0, cut)}`;
    expect(await sessionUserId(...request(cookie, { "x-forwarded-proto": "http" }))).toBe("user-2");
  });

  test("over https reads only the __Secure- cookie", async () => {
    const secure = await token("user-3", `__Secure-${NAME}`);
    expect(await sessionUserId(...request(`__Secure-${NAME}=${secure}`, { "x-forwarded-proto": "https" }))).toBe("user-3");
    expect(await sessionUserId(...request(`${NAME}=${await token("user-3")}`, { "x-forwarded-proto": "https" }))).toBeNull();
  });

  test("refuses a token made with another secret, a tampered one and none at all", async () => {
    const forged = await token("admin", NAME, "someone-elses-secret-0123456789abcdefgh");
    expect(await sessionUserId(...request(`${NAME}=${forged}`, { "x-forwarded-proto": "http" }))).toBeNull();
    const real = await token("user-4");
    const tampered = real.slice(0, -4) + (real.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(await sessionUserId(...request(`${NAME}=${tampered}`, { "x-forwarded-proto": "http" }))).toBeNull();
    expect(await sessionUserId(...request("theme=dark", { "x-forwarded-proto": "http" }))).toBeNull();
  });
});
