import { expect, test } from "vitest";
import { shorten, shortenAtWord } from "./shorten";

test("short text stays, long text is cut with an ellipsis, on one line, emoji whole", () => {
  expect(shorten("  The bridge\n will cost  $48.5m ", 40)).toBe("The bridge will cost $48.5m");
  expect(shorten("The bridge will cost $48.5 million", 12)).toBe("The bridge…");
  expect(shorten("Prices 😀😀😀😀😀", 9)).toBe("Prices 😀…");
  expect(Array.from(shorten("😀".repeat(20), 5))).toHaveLength(5);
});

test.each([
  ["Harbour Valley NHS Trust: 84,312 patients waited more than a year", 36, "Harbour Valley NHS Trust: 84,312…"],
  ["The bridge will cost $48.5 million", 40, "The bridge will cost $48.5 million"],
  // The cut falls right after a word: it is kept whole.
  ["The bridge will cost", 11, "The bridge…"],
  // A dangling comma or colon goes.
  ["Fares rose, the council said", 12, "Fares rose…"],
  ["Supercalifragilisticexpialidocious indeed", 12, "Supercalifr…"],
  ["市议会周二投票决定建设第二座桥梁", 8, "市议会周二投票…"],
])("shortenAtWord(%j, %i) = %j", (text, max, expected) => {
  expect(shortenAtWord(text, max)).toBe(expected);
});
