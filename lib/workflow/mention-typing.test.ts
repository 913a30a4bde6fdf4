import { describe, expect, test } from "vitest";
import { insertMention, mentionBeingTyped, suggestMentions } from "./mention-typing";
import { findMentions } from "./mentions";

const people = [
  { id: "rosa", name: "Rosa Reviewer" },
  { id: "raj", name: "Raj Reviewer" },
  { id: "ed", name: "Ed Editor" },
  { id: "zoe", name: "Zoë Ørsted" },
  { id: "rita", name: "Rita Reviewer" },
];

const caretAtEnd = (text: string) => mentionBeingTyped(text, text.length);

describe("mentionBeingTyped", () => {
  test.each([
    ["a bare @", "Thanks @", { start: 7, query: "" }],
    ["a partial name", "cc @ro", { start: 3, query: "ro" }],
    ["a name with its space", "cc @Rosa Re", { start: 3, query: "Rosa Re" }],
    ["at the very start", "@ed", { start: 0, query: "ed" }],
  ] as const)("%s", (_name, text, expected) => {
    expect(caretAtEnd(text)).toEqual(expected);
  });

  test.each([
    ["no @", "Looks right"],
    ["an e-mail address", "write to rosa@desk"],
    ["a finished mention (two spaces)", "@Rosa Reviewer  and"],
    ["a space straight after @", "@ nobody"],
    ["a mention on an earlier line", "@ro\nand then"],
    ["too far back to be a name", `@${"x".repeat(41)}`],
  ])("nothing for %s", (_name, text) => {
    expect(caretAtEnd(text)).toBeNull();
  });

  test("reads up to the caret, not the end of the text", () => {
    expect(mentionBeingTyped("cc @ro and more", 6)).toEqual({ start: 3, query: "ro" });
  });
});

describe("suggestMentions", () => {
  test("name starts first, then a later word, each alphabetical", () => {
    expect(suggestMentions("r", people).map((p) => p.id)).toEqual(["raj", "rita", "rosa"]);
    expect(suggestMentions("rev", people).map((p) => p.id)).toEqual(["raj", "rita", "rosa"]);
    expect(suggestMentions("e", people).map((p) => p.id)).toEqual(["ed"]);
  });

  test("case and accents do not matter", () => {
    expect(suggestMentions("ZOE", people).map((p) => p.id)).toEqual(["zoe"]);
    expect(suggestMentions("ørs", people).map((p) => p.id)).toEqual(["zoe"]);
  });

  test("a bare @ offers everyone up to the limit", () => {
    expect(suggestMentions("", people, 3)).toHaveLength(3);
  });

  test("no match, no suggestions", () => {
    expect(suggestMentions("xyz", people)).toEqual([]);
  });
});

describe("insertMention", () => {
  test("replaces what was typed with the full name and a space", () => {
    const text = "cc @ro";
    const done = insertMention(text, caretAtEnd(text)!, text.length, "Rosa Reviewer");
    expect(done).toEqual({ text: "cc @Rosa Reviewer ", caret: 18 });
    expect(findMentions(done.text, [{ id: "rosa", name: "Rosa Reviewer", email: "rosa@desk.test" }])).toEqual(["rosa"]);
  });

  test("in the middle of the text, keeps what follows and does not double a space", () => {
    const text = "cc @ro please";
    const mention = mentionBeingTyped(text, 6)!;
    expect(insertMention(text, mention, 6, "Rosa Reviewer")).toEqual({ text: "cc @Rosa Reviewer please", caret: 18 });
  });
});
