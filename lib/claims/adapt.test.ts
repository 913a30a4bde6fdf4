import { describe, expect, test } from "vitest";
import { adaptToDesk, ADAPT_OPTIONS, MIN_DECISIONS } from "./adapt";
import { shippedModel } from "./score";
import { sportsDeskDecisions as deskDecisions } from "./adapt.fixtures";
import { DEFAULT_TRAIN_OPTIONS, trainLogistic } from "./train";

describe("adapting the shipped model to a desk's decisions", () => {
  test("learns what the desk dismisses, measured on decisions each fold did not see", () => {
    const result = adaptToDesk(shippedModel(), deskDecisions(120));
    if (!result.ok) throw new Error("expected enough decisions");
    const { report } = result;
    expect(report).toMatchObject({ decisions: 120, accepted: 60, dismissed: 60, folds: 5 });
    // The shipped model suggests the spending lines; the adapted one ranks the records first.
    expect(report.shipped.dismissedSuggested).toBeGreaterThan(0);
    expect(report.adapted.averagePrecision).toBeGreaterThan(report.shipped.averagePrecision + 0.1);
    expect(report.adapted.dismissedSuggested).toBeLessThan(report.shipped.dismissedSuggested);
    expect(report.adapted.acceptedSuggested).toBeGreaterThan(50);
    expect(result.model.threshold).toBeGreaterThan(0);
    expect(result.model.threshold).toBeLessThan(1);
  });

  test("the same decisions give the same model and report", () => {
    const a = adaptToDesk(shippedModel(), deskDecisions(60));
    const b = adaptToDesk(shippedModel(), deskDecisions(60));
    if (!a.ok || !b.ok) throw new Error("expected enough decisions");
    expect(b.report).toEqual(a.report);
    expect(b.model.threshold).toBe(a.model.threshold);
    expect(Buffer.from(b.model.weights.buffer).equals(Buffer.from(a.model.weights.buffer))).toBe(true);
  });

  test("too few decisions, or too few of one kind, are refused with the counts", () => {
    expect(adaptToDesk(shippedModel(), deskDecisions(MIN_DECISIONS - 2))).toEqual({ ok: false, reason: "too_few", accepted: 19, dismissed: 19 });
    const allAccepted = deskDecisions(200).map((d) => ({ ...d, label: 1 as const }));
    expect(adaptToDesk(shippedModel(), allAccepted)).toMatchObject({ ok: false, accepted: 200, dismissed: 0 });
  });

  test("training from a model starts at its weights and leaves the model it started from alone", () => {
    const base = shippedModel();
    const before = Float32Array.from(base.weights);
    const untouched = trainLogistic([], [], ADAPT_OPTIONS, base);
    const same = (a: Float32Array, b: Float32Array) => Buffer.from(a.buffer).equals(Buffer.from(b.buffer));
    expect(same(untouched.weights, base.weights)).toBe(true);
    expect(untouched.bias).toBe(base.bias);
    const one = trainLogistic([{ indices: [5], values: [1] }], [1], ADAPT_OPTIONS, base);
    expect(one.weights[5]).toBeGreaterThan(base.weights[5]);
    expect(one.weights[6]).toBe(base.weights[6]);
    expect(same(base.weights, before)).toBe(true);
  });

  test("a model of another size is refused", () => {
    expect(() => trainLogistic([], [], { ...DEFAULT_TRAIN_OPTIONS, bits: 12 }, shippedModel())).toThrow(/cannot adapt/);
  });
});
