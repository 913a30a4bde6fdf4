import { expect, test } from "vitest";
import { encode, decode } from "next-auth/jwt";
import { sessionSecrets } from "./secrets";

test("AUTH_SECRET signs; the rotation list after it is still read", () => {
  expect(sessionSecrets({ AUTH_SECRET: "new", AUTH_SECRET_1: "old", AUTH_SECRET_3: "older" })).toEqual(["new", "old", "older"]);
  expect(sessionSecrets({ NEXTAUTH_SECRET: "legacy" })).toEqual(["legacy"]);
  expect(sessionSecrets({ AUTH_SECRET_1: "old" })).toEqual(["old"]);
  expect(sessionSecrets({ AUTH_SECRET: "same", AUTH_SECRET_1: "same" })).toEqual(["same"]);
  expect(sessionSecrets({ AUTH_SECRET: "" })).toBeNull();
});

test("a session signed with the old secret is read after a rotation, and new sessions are signed with the new one", async () => {
  const salt = "authjs.session-token";
  const before = await encode({ token: { uid: "u1" }, secret: sessionSecrets({ AUTH_SECRET: "the-old-secret-0123456789abcdef" })!, salt });
  const during = sessionSecrets({ AUTH_SECRET: "the-new-secret-0123456789abcdef", AUTH_SECRET_1: "the-old-secret-0123456789abcdef" })!;
  expect((await decode({ token: before, secret: during, salt }))?.uid).toBe("u1");
  const signedNow = await encode({ token: { uid: "u2" }, secret: during, salt });
  expect((await decode({ token: signedNow, secret: "the-new-secret-0123456789abcdef", salt }))?.uid).toBe("u2");
  await expect(decode({ token: signedNow, secret: "the-old-secret-0123456789abcdef", salt })).rejects.toThrow();
});
