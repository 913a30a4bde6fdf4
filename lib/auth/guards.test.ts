import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import type { Database } from "@/db";
import { createTestDatabase, createTestPeople } from "@/db/testing";
import { endSession, updateUser } from "@/db/queries/users";

let db: Database;
vi.mock("@/db", async (original) => ({ ...(await original<typeof import("@/db")>()), getDb: () => db }));
const { requireApiUser } = await import("./guards");

const SECRET = "guards-test-secret-0123456789abcdefghij";
let saved: string | undefined;
beforeAll(() => {
  saved = process.env.AUTH_SECRET;
  process.env.AUTH_SECRET = SECRET;
});
afterAll(() => {
  if (saved === undefined) delete process.env.AUTH_SECRET;
  else process.env.AUTH_SECRET = saved;
});

let ids: Record<"admin" | "Rosa", string>;
beforeEach(async () => {
  db = await createTestDatabase();
  ids = await createTestPeople(db, { Rosa: "reviewer" });
});

/** The verdict form's draft save, as the browser sends it from the desk's own page. */
async function draftSave(uid: string | null, sid?: string): Promise<Request> {
  const cookie = uid ? `authjs.session-token=${await encode({ token: { uid, se: 0, sid }, secret: SECRET, salt: "authjs.session-token", maxAge: 3600 })}` : "";
  return new Request("http://desk.test/api/claims/c1/verdict", {
    method: "PUT",
    headers: { cookie, origin: "http://desk.test", host: "desk.test", "x-forwarded-proto": "http" },
  });
}

describe("requireApiUser, for a session cookie", () => {
  test("an active reviewer passes", async () => {
    expect(await requireApiUser(await draftSave(ids.Rosa), "verdicts.record")).toMatchObject({ id: ids.Rosa });
  });

  test("a reviewer deactivated since she signed in is told so, not sent to sign in again", async () => {
    const request = await draftSave(ids.Rosa);
    await updateUser(db, { userId: ids.Rosa, actorId: ids.admin, active: false });
    const refused = await requireApiUser(request, "verdicts.record");
    expect(refused).toBeInstanceOf(Response);
    expect((refused as Response).status).toBe(401);
    expect(await (refused as Response).json()).toEqual({ error: expect.stringContaining("deactivated"), deactivated: true });
  });

  test("a signed-out session is refused, copies of its cookie included; the person's other sessions go on", async () => {
    const signedOut = await draftSave(ids.Rosa, "session-a");
    const other = await draftSave(ids.Rosa, "session-b");
    expect(await requireApiUser(signedOut.clone(), "verdicts.record")).toMatchObject({ id: ids.Rosa });
    await endSession(db, { sessionId: "session-a", expiresAt: new Date(Date.now() + 3600_000) });
    const refused = (await requireApiUser(signedOut, "verdicts.record")) as Response;
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ error: "Sign in or send an API token." });
    expect(await requireApiUser(other, "verdicts.record")).toMatchObject({ id: ids.Rosa });
  });

  test("no session, or one naming nobody, is a session that ended", async () => {
    for (const request of [await draftSave(null), await draftSave("nobody")]) {
      const refused = (await requireApiUser(request, "verdicts.record")) as Response;
      expect(refused.status).toBe(401);
      expect(await refused.json()).toEqual({ error: "Sign in or send an API token." });
    }
  });
});
