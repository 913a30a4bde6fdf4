import { expect, test } from "vitest";
import shippedWeights from "./model/weights.json";
import { modelFingerprint, shippedFingerprint } from "./fingerprint";
import type { ModelFile } from "./model";

test("the fingerprint names the weights: the same file gives the same one, any changed weight another", () => {
  const file = shippedWeights as ModelFile;
  expect(shippedFingerprint()).toMatch(/^[0-9a-f]{16}$/);
  expect(modelFingerprint({ ...file })).toBe(shippedFingerprint());
  expect(modelFingerprint({ ...file, bias: file.bias + 0.001 })).not.toBe(shippedFingerprint());
  expect(modelFingerprint({ ...file, hand: { ...file.hand, number: (file.hand.number ?? 0) + 1 } })).not.toBe(shippedFingerprint());
  const flipped = (file.hashed[100] === "A" ? "B" : "A") as string;
  expect(modelFingerprint({ ...file, hashed: file.hashed.slice(0, 100) + flipped + file.hashed.slice(101) })).not.toBe(shippedFingerprint());
});
