import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { LINE_BREAK, lineBreaks } from "./blocks";

/** splitBlocks finds line breaks by native searches; this pins them to LINE_BREAK's matches. */
describe("lineBreaks", () => {
  test("finds LINE_BREAK's matches", () => {
    const unit = fc.constantFrom(..."ab \r\n\u2028\u2029.".split(""), "\r\n", "\n\r");
    fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
      const expected = Array.from(text.matchAll(new RegExp(LINE_BREAK.source, "g")), (m) => [m.index, m[0].length]);
      const found: number[][] = [];
      const breaks = lineBreaks(text);
      for (let at = breaks.next(0); at >= 0; at = breaks.next(at + breaks.length)) found.push([at, breaks.length]);
      expect(found).toEqual(expected);
    }), { numRuns: 3000 });
  });
});
