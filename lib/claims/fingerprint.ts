import { createHash } from "node:crypto";
import shippedWeights from "./model/weights.json";
import type { ModelFile } from "./model";

/**
 * A short fingerprint of a model's weights. A desk model records the fingerprint
 * of the shipped model it was adapted from: a release that retrains the shipped
 * model has usually changed the featurizer too, and a desk model made for the old
 * features would score nonsense with the new ones, so the desk falls back to the
 * shipped model until someone adapts again.
 */
export function modelFingerprint(file: Pick<ModelFile, "bits" | "bias" | "hand" | "hashed" | "hashedScale">): string {
  return createHash("sha256")
    .update(`${file.bits}\n${file.bias}\n${file.hashedScale}\n${JSON.stringify(file.hand)}\n`)
    .update(file.hashed)
    .digest("hex")
    .slice(0, 16);
}

let shipped: string | null = null;

/** The fingerprint of the weights this build ships (computed once). */
export function shippedFingerprint(): string {
  shipped ??= modelFingerprint(shippedWeights as ModelFile);
  return shipped;
}
