import { expect, test } from "vitest";
import { fieldErrors } from "@/lib/auth/schemas";
import { DEFAULT_VERDICT_SCALE } from "@/lib/verdicts/scale";
import { scaleSchema } from "./schema";

const entries = () => DEFAULT_VERDICT_SCALE.map(({ key, label, color, position }) => ({ key, label, color, position }));

test("the default scale is accepted", () => {
  expect(scaleSchema.safeParse({ expected: [], entries: entries() }).success).toBe(true);
});

test("a colour too pale for the white page is refused, naming the verdict", () => {
  const edited = entries().map((entry) => (entry.key === "mixed" ? { ...entry, color: "#FFFFFF" } : entry));
  const result = scaleSchema.safeParse({ expected: [], entries: edited });
  expect(result.success).toBe(false);
  const errors = fieldErrors(result.error!);
  expect(errors).toEqual({ color: "Too pale to see on the white page: pick a darker colour for “Needs context”." });
});

test("a darker colour of the same hue is fine", () => {
  const edited = entries().map((entry) => (entry.key === "mixed" ? { ...entry, color: "#8a6d00" } : entry));
  expect(scaleSchema.safeParse({ expected: [], entries: edited }).success).toBe(true);
});
