import { describe, expect, test } from "vitest";
import { DEFAULT_VERDICT_SCALE, type VerdictScaleEntry } from "@/lib/verdicts/scale";
import { correctionRequirement, draftCorrectionNote, suggestedCorrectionType, toFragment } from "./index";

describe("toFragment", () => {
  test.each([
    ["  the bridge opened in 1932.  ", "the bridge opened in 1932"],
    ["Really?!", "Really"],
    ["a\nsplit\n\tline.", "a split line"],
    ['he said "it is 5."', 'he said "it is 5"'],
    ["she wrote “169 schools.”", "she wrote “169 schools”"],
    ["the U.S.", "the U.S"],
    ["ends in quote 'x'", "ends in quote 'x'"],
    ["…", ""],
    ["", ""],
    ["שלום עולם.", "שלום עולם"],
  ])("%j → %j", (input, expected) => {
    expect(toFragment(input)).toBe(expected);
  });
});

describe("draftCorrectionNote", () => {
  test.each([
    ["correction", "the city has 169 schools.", "196", "An earlier version of this article misstated the city has 169 schools. It is 196."],
    ["correction", "the U.S.", "Canada.", "An earlier version of this article misstated the U.S. It is Canada."],
    ["correction", 'the mayor said "tax rose 5%."', "3%", 'An earlier version of this article misstated the mayor said "tax rose 5%". It is 3%.'],
    ["correction", "the date", "", "An earlier version of this article misstated the date."],
    ["correction", "", "1932", "An earlier version of this article contained an error. It is 1932."],
    ["correction", "  ", " ", "An earlier version of this article contained an error."],
    ["clarification", "prices rose", "prices rose in real terms", "An earlier version of this article said prices rose. To clarify: prices rose in real terms."],
    ["update", "two people were hurt", "three people were hurt.", "This article has been updated. An earlier version said two people were hurt. It now says three people were hurt."],
    ["editors_note", "the report was final", "the report is a draft", "Editor's note: An earlier version of this article said the report was final. It now says the report is a draft."],
    ["editors_note", "", "", "Editor's note:"],
  ] as const)("%s: %j / %j", (type, original, corrected, expected) => {
    expect(draftCorrectionNote({ type, original, corrected })).toBe(expected);
  });
});

describe("correctionRequirement", () => {
  test.each([
    ["accurate", "no", null],
    ["mostly_accurate", "optional", "clarification"],
    ["mixed", "optional", "clarification"],
    ["misleading", "yes", "correction"],
    ["inaccurate", "yes", "correction"],
    ["unverifiable", "no", null],
    ["removed_from_scale", "no", null],
  ] as const)("%s → %s (%s)", (key, need, type) => {
    expect(correctionRequirement(key, DEFAULT_VERDICT_SCALE)).toBe(need);
    expect(suggestedCorrectionType(key, DEFAULT_VERDICT_SCALE)).toBe(type);
  });

  test("reads an edited scale, not the default", () => {
    const scale: VerdictScaleEntry[] = [
      { key: "false", label: "False", ratingValue: 1, needsCorrection: "yes", suggestedCorrectionType: null, color: "#000", position: 1 },
    ];
    expect(correctionRequirement("false", scale)).toBe("yes");
    expect(suggestedCorrectionType("false", scale)).toBe("correction");
    expect(correctionRequirement("inaccurate", scale)).toBe("no");
  });
});
