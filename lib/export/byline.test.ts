import { describe, expect, test } from "vitest";
import { bylineAuthor } from "./byline";

describe("bylineAuthor", () => {
  test.each([
    ["By Mara Okafor, City Desk", { name: "Mara Okafor", desk: "City Desk" }],
    ["  by   Mara Okafor  ", { name: "Mara Okafor", desk: null }],
    ["BY: Mara Okafor", { name: "Mara Okafor", desk: null }],
    ["Mara Okafor, Washington bureau", { name: "Mara Okafor", desk: "Washington bureau" }],
    ["Mara Okafor", { name: "Mara Okafor", desk: null }],
    // "By" only as a word of its own: a name that starts with the letters stays whole.
    ["Byron Lee", { name: "Byron Lee", desk: null }],
    // A comma alone is not enough to split: co-authors, suffixes, inverted names.
    ["Mara Okafor, Lee Chan and Ana Ruiz", { name: "Mara Okafor, Lee Chan and Ana Ruiz", desk: null }],
    ["Mara Okafor, Jr.", { name: "Mara Okafor, Jr.", desk: null }],
    ["Okafor, Mara", { name: "Okafor, Mara", desk: null }],
    ["Mara Okafor, Lee Chan, City Desk", { name: "Mara Okafor, Lee Chan, City Desk", desk: null }],
    ["Mara Okafor, Desk", { name: "Mara Okafor, Desk", desk: null }],
  ])("%j", (byline, author) => {
    expect(bylineAuthor(byline)).toEqual(author);
  });

  test.each([[""], ["   "], ["By"], ["by:  "]])("%j has no author", (byline) => {
    expect(bylineAuthor(byline)).toBeNull();
  });
});
