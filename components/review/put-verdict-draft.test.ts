import { afterEach, describe, expect, test, vi } from "vitest";
import { ACCOUNT_DEACTIVATED, putVerdictDraft } from "./put-verdict-draft";

const answer = (status: number, body: unknown) => vi.stubGlobal("fetch", vi.fn(async () => Response.json(body, { status })));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("what the draft save tells the form when the guard refuses it", () => {
  test("a deactivated account stops saving, with words that do not send her to sign in", async () => {
    answer(401, { error: "Your account has been deactivated, so you can no longer save on the desk.", deactivated: true });
    expect(await putVerdictDraft("c1", {})).toEqual({ ok: false, error: ACCOUNT_DEACTIVATED, gone: "deactivated" });
  });

  test("a session that ended asks her to sign in again, and does not stop saving", async () => {
    answer(401, { error: "Sign in or send an API token." });
    const result = await putVerdictDraft("c1", {});
    expect(result).toEqual({ ok: false, error: expect.stringContaining("Sign in again") });
    expect(result).not.toHaveProperty("gone");
  });

  test("a claim taken off her passes its reason on", async () => {
    answer(403, { ok: false, error: "This claim is no longer assigned to you. Nothing was saved.", gone: "not_assigned" });
    expect(await putVerdictDraft("c1", {})).toMatchObject({ ok: false, gone: "not_assigned" });
  });
});
