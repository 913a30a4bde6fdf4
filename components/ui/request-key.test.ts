import { expect, test } from "vitest";
import { z } from "zod";
import { newRequestKey } from "./request-key";

test("request keys are version 4 UUIDs the actions accept, and differ", () => {
  const keys = Array.from({ length: 50 }, newRequestKey);
  for (const key of keys) expect(z.string().uuid().safeParse(key).success).toBe(true);
  expect(new Set(keys).size).toBe(keys.length);
});
