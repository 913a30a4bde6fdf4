import { z } from "zod";
import { expect, test } from "vitest";
import { decideClaimSchema, DISMISS_NEEDS_REASON } from "./schemas";

const schema = decideClaimSchema.extend({ articleId: z.string() }).refine(...DISMISS_NEEDS_REASON);
const base = { articleId: "a1", claimId: "c1", expectedVersion: 1 };

test("a dismissal needs a reason; accepting and restoring do not", () => {
  const refused = schema.safeParse({ ...base, decision: "dismiss" });
  expect(refused.success ? null : refused.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([["reason", "Choose a reason for dismissing this claim."]]);
  expect(schema.safeParse({ ...base, decision: "dismiss", reason: "opinion" }).success).toBe(true);
  expect(schema.safeParse({ ...base, decision: "accept" }).success).toBe(true);
  expect(schema.safeParse({ ...base, decision: "restore" }).success).toBe(true);
});
