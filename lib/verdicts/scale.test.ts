import { expect, test } from "vitest";
import { DEFAULT_VERDICT_SCALE, repeatedLabels } from "./scale";

test("the default scale names every verdict once", () => {
  expect(repeatedLabels(DEFAULT_VERDICT_SCALE.map((entry) => entry.label))).toEqual([]);
});

test("a label used twice, whatever its case or spacing, is found at its second use", () => {
  expect(repeatedLabels(["Accurate", "Inaccurate", "Misleading", " inaccurate ", "Needs  context", "Needs context"])).toEqual([
    { index: 3, label: "inaccurate" },
    { index: 5, label: "Needs context" },
  ]);
});
