import { z } from "zod";
import { HAND_FEATURE_NAMES } from "./signals";
import type { SparseVector } from "./vectorize";

/**
 * The linear check-worthiness model and its JSON form. Hashed n-gram weights are
 * stored as little-endian int16 in base64 with one scale factor: a 2^bits array of
 * floats as a JSON number list would be several megabytes and slow to type-check,
 * and 16 bits are far more precision than the model's noise.
 */

export interface LinearModel {
  bits: number;
  bias: number;
  /** 2^bits hashed weights followed by one weight per hand feature. */
  weights: Float32Array;
  threshold: number;
}

export const ModelFileSchema = z.object({
  format: z.literal("claims-linear-v1"),
  bits: z.number().int().min(8).max(22),
  bias: z.number(),
  threshold: z.number(),
  hand: z.record(z.string(), z.number()),
  hashedScale: z.number().positive(),
  hashed: z.string(),
  provenance: z.record(z.string(), z.unknown()),
});
export type ModelFile = z.infer<typeof ModelFileSchema>;

/** Probability that the vector's text is check-worthy: the logistic of w·x + b. */
export function predict(model: LinearModel, vector: SparseVector): number {
  let z = model.bias;
  const { indices, values } = vector;
  for (let k = 0; k < indices.length; k++) z += model.weights[indices[k]] * values[k];
  return 1 / (1 + Math.exp(-z));
}

/** Serialises a model (and where it came from) to the shipped JSON shape. */
export function encodeModel(model: LinearModel, provenance: Record<string, unknown>): ModelFile {
  const size = 2 ** model.bits;
  let maxAbs = 1e-9;
  for (let i = 0; i < size; i++) maxAbs = Math.max(maxAbs, Math.abs(model.weights[i]));
  const scale = maxAbs / 32767;
  const bytes = new Uint8Array(size * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < size; i++) view.setInt16(i * 2, Math.round(model.weights[i] / scale), true);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const hand: Record<string, number> = {};
  HAND_FEATURE_NAMES.forEach((name, k) => (hand[name] = round(model.weights[size + k])));
  return {
    format: "claims-linear-v1",
    bits: model.bits,
    bias: round(model.bias),
    threshold: round(model.threshold),
    hand,
    hashedScale: scale,
    hashed: btoa(binary),
    provenance,
  };
}

/** Parses the JSON shape back into a model; throws on a malformed file. */
export function decodeModel(input: unknown): LinearModel {
  const file = ModelFileSchema.parse(input);
  const size = 2 ** file.bits;
  const binary = atob(file.hashed);
  if (binary.length !== size * 2) throw new Error(`model: expected ${size * 2} bytes of weights, got ${binary.length}`);
  const weights = new Float32Array(size + HAND_FEATURE_NAMES.length);
  for (let i = 0; i < size; i++) {
    const unsigned = binary.charCodeAt(2 * i) | (binary.charCodeAt(2 * i + 1) << 8);
    weights[i] = (unsigned >= 0x8000 ? unsigned - 0x10000 : unsigned) * file.hashedScale;
  }
  HAND_FEATURE_NAMES.forEach((name, k) => (weights[size + k] = file.hand[name] ?? 0));
  return { bits: file.bits, bias: file.bias, weights, threshold: file.threshold };
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
