import { describe, expect, test } from "vitest";
import { DEFAULT_VERDICT_SCALE } from "@/lib/verdicts/scale";
import { contrastRatio, relativeLuminance, showsOnWhite } from "./colour-contrast";

describe("contrast, as WCAG defines it", () => {
  test("black and white are the ends of the scale", () => {
    expect(relativeLuminance("#000000")).toBe(0);
    expect(relativeLuminance("#ffffff")).toBeCloseTo(1, 10);
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 10);
    expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 10);
    expect(contrastRatio("#6e7781", "#6E7781")).toBeCloseTo(1, 10);
  });

  test("known pairs", () => {
    // Mid grey (#777777) on white is the textbook 4.48:1; pure red, 4.0:1.
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    expect(contrastRatio("#ff0000", "#ffffff")).toBeCloseTo(4.0, 2);
  });
});

describe("a dot on the white page", () => {
  test.each(["#ffffff", "#FFFFFF", "#fefefe", "#f5f5f5", "#ffff00", "#e0ffe0", "#dddddd"])("%s is too pale to see", (colour) => {
    expect(showsOnWhite(colour)).toBe(false);
  });

  test.each(["#000000", "#b08800", "#c0c0c0", "#ff8800", "#00aaff"])("%s shows", (colour) => {
    expect(showsOnWhite(colour)).toBe(true);
  });

  test("every colour of the default scale shows", () => {
    for (const verdict of DEFAULT_VERDICT_SCALE) expect(showsOnWhite(verdict.color)).toBe(true);
  });

  test.each(["", "white", "#fff", "#gggggg"])("%j is not a colour", (colour) => {
    expect(showsOnWhite(colour)).toBe(false);
  });
});
