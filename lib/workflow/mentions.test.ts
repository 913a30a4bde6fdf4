import { describe, expect, test } from "vitest";
import { findMentions, splitAtMentions, type MentionCandidate } from "./mentions";

const people: MentionCandidate[] = [
  { id: "ada", name: "Ada", email: "ada@desk.test" },
  { id: "adal", name: "Ada Lovelace", email: "lovelace@desk.test" },
  { id: "rosa", name: "Rosa Reviewer", email: "rosa.r@desk.test" },
  { id: "zoe", name: "Zoë Ørsted", email: "zoe@desk.test" },
];

describe("findMentions", () => {
  test.each([
    ["no mention", "Looks right to me.", []],
    ["full name", "@Rosa Reviewer please check the source", ["rosa"]],
    ["case-insensitive", "thanks @rosa reviewer!", ["rosa"]],
    ["e-mail local part", "cc @rosa.r", ["rosa"]],
    ["longest name wins", "@Ada Lovelace, see above", ["adal"]],
    ["shorter name still found", "@Ada, see above", ["ada"]],
    ["not a prefix of a longer word", "@Adam will know", []],
    ["an e-mail address is not a mention", "write to ada@desk.test", []],
    ["each person once, in order", "@Rosa Reviewer and @Ada and @rosa.r again", ["rosa", "ada"]],
    ["non-ASCII names", "(@Zoë Ørsted)", ["zoe"]],
    ["a lone @", "@ nobody", []],
  ] as const)("%s", (_name, text, expected) => {
    expect(findMentions(text, people)).toEqual(expected);
  });
});

describe("splitAtMentions", () => {
  test("cuts the text at each mention, keeping every character", () => {
    const text = "@Rosa Reviewer, ask @ada lovelace (not ada@desk.test) and @Ada.";
    const parts = splitAtMentions(text, people);
    expect(parts).toEqual([
      { text: "@Rosa Reviewer", mention: true },
      { text: ", ask ", mention: false },
      { text: "@ada lovelace", mention: true },
      { text: " (not ada@desk.test) and ", mention: false },
      { text: "@Ada", mention: true },
      { text: ".", mention: false },
    ]);
    expect(parts.map((part) => part.text).join("")).toBe(text);
  });

  test("a text without mentions is one plain run; an empty one is nothing", () => {
    expect(splitAtMentions("All fine.", people)).toEqual([{ text: "All fine.", mention: false }]);
    expect(splitAtMentions("", people)).toEqual([]);
  });

  test("only the people given count, so a mention that notified nobody stays plain", () => {
    expect(splitAtMentions("@Rosa Reviewer and @Ada", people.filter((person) => person.id === "ada"))).toEqual([
      { text: "@Rosa Reviewer and ", mention: false },
      { text: "@Ada", mention: true },
    ]);
  });
});
