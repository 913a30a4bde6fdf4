import { expect, test } from "vitest";
import { createTokenSchema, TOKEN_NAME_MISSING } from "./schema";

test.each(["", "   ", "\t"])("a token named %j is refused, saying why", (name) => {
  expect(createTokenSchema.safeParse({ name }).error?.issues.map((issue) => issue.message)).toEqual([TOKEN_NAME_MISSING]);
});

test("a name is kept without the spaces around it", () => {
  expect(createTokenSchema.safeParse({ name: "  Nightly export " }).data).toEqual({ name: "Nightly export" });
});

test("a name over 80 characters is refused", () => {
  expect(createTokenSchema.safeParse({ name: "x".repeat(81) }).success).toBe(false);
});
