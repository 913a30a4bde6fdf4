import { describe, expect, test } from "vitest";
import { bylineAuthors } from "./byline";

describe("bylineAuthors", () => {
  test.each([
    ["By Mara Okafor, City Desk", { names: ["Mara Okafor"], desk: "City Desk" }],
    ["  by   Mara Okafor  ", { names: ["Mara Okafor"], desk: null }],
    ["BY: Mara Okafor", { names: ["Mara Okafor"], desk: null }],
    ["Mara Okafor, Washington bureau", { names: ["Mara Okafor"], desk: "Washington bureau" }],
    ["Mara Okafor", { names: ["Mara Okafor"], desk: null }],
    // "By" only as a word of its own: a name that starts with the letters stays whole.
    ["Byron Lee", { names: ["Byron Lee"], desk: null }],
    // Co-authors, one entry each, however they are joined.
    ["Mara Okafor, Lee Chan and Ana Ruiz", { names: ["Mara Okafor", "Lee Chan", "Ana Ruiz"], desk: null }],
    ["By Sam Writer and Ana Pérez", { names: ["Sam Writer", "Ana Pérez"], desk: null }],
    // CJK names take no space: one of them is still a name of its own (exports QA).
    ["By Laila Haddad and 王小明, City Desk", { names: ["Laila Haddad", "王小明"], desk: "City Desk" }],
    ["By 山田太郎 and 佐藤花子", { names: ["山田太郎", "佐藤花子"], desk: null }],
    ["By Okafor and 王", { names: ["Okafor and 王"], desk: null }],
    ["Jane Doe, Omar Said", { names: ["Jane Doe", "Omar Said"], desk: null }],
    ["Jane Doe & Omar Said, Metro Desk", { names: ["Jane Doe", "Omar Said"], desk: "Metro Desk" }],
    ["Mara Okafor, Lee Chan, City Desk", { names: ["Mara Okafor", "Lee Chan"], desk: "City Desk" }],
    // A comma inside one name stays: suffixes, inverted names, one-word parts.
    ["Mara Okafor, Jr.", { names: ["Mara Okafor, Jr."], desk: null }],
    ["Okafor, Mara", { names: ["Okafor, Mara"], desk: null }],
    ["Mara Okafor, Desk", { names: ["Mara Okafor, Desk"], desk: null }],
    ["Mara Okafor and Lee", { names: ["Mara Okafor and Lee"], desk: null }],
  ])("%j", (byline, author) => {
    expect(bylineAuthors(byline)).toEqual(author);
  });

  test.each([[""], ["   "], ["By"], ["by:  "]])("%j has no author", (byline) => {
    expect(bylineAuthors(byline)).toBeNull();
  });
});
