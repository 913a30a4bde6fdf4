import { describe, expect, test } from "vitest";
import { claimantAround, readPassage } from "./passage";

describe("reading a passage an editor marked", () => {
  test("a figure and a source give their reasons, kind and claimant", () => {
    const reading = readPassage("Unemployment fell to 4.2 percent in March, the Office for National Statistics said.");
    expect(reading.reasons.some((reason) => reason.includes("4.2"))).toBe(true);
    expect(reading.claimant).toMatch(/Office for National Statistics/);
    expect(reading.kind).not.toBe("other");
    expect(reading.score).toBeGreaterThan(0);
  });

  test("two sentences: the better one's score, every reason", () => {
    const reading = readPassage("The bridge opened in 1932. It carries 40,000 cars a day.");
    expect(reading.reasons.join(" ")).toMatch(/1932/);
    expect(reading.reasons.join(" ")).toMatch(/40,000/);
  });

  test("nothing checkable reads as nothing", () => {
    expect(readPassage("   ")).toEqual({ score: 0, checkworthy: false, kind: "other", claimant: null, reasons: [] });
  });
});

describe("the source of a passage, from the sentence around it", () => {
  const text = "Opening line.\n\nTraffic rose 38 percent, the transport agency said. The population passed 60,000, the census office said.\n\nEnd.";
  test("a passage without its 'said' gets its own sentence's source, not a neighbour's", () => {
    const at = (words: string) => [text.indexOf(words), text.indexOf(words) + words.length] as const;
    expect(claimantAround(text, ...at("The population passed 60,000"))).toMatch(/census office/);
    expect(claimantAround(text, ...at("Traffic rose 38 percent"))).toMatch(/transport agency/);
    expect(claimantAround(text, ...at("Opening line."))).toBeNull();
  });
});
