import { describe, expect, test } from "vitest";
import { bylineAuthors, bylineCredit } from "./byline";

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
    // A job title or role after a comma is the author's title, not another author (usability pass).
    ["By Priya Nandakumar, Health Correspondent", { names: ["Priya Nandakumar"], desk: null, titles: ["Health Correspondent"] }],
    ["Jane Doe and John Roe, Staff Writers", { names: ["Jane Doe", "John Roe"], desk: null, titles: ["Staff Writer", "Staff Writer"] }],
    ["Ana Ruiz, Europe correspondent, in Brussels", { names: ["Ana Ruiz"], desk: null, titles: ["Europe correspondent"], place: "Brussels" }],
    ["By Ana Ruiz in Brussels", { names: ["Ana Ruiz"], desk: null, place: "Brussels" }],
    ["By Mara Okafor, Staff", { names: ["Mara Okafor"], desk: null, titles: ["Staff"] }],
    ["By Lee Chan, Special Correspondent", { names: ["Lee Chan"], desk: null, titles: ["Special Correspondent"] }],
    ["By Tom Hale, Chief Political Editor, Westminster Bureau", { names: ["Tom Hale"], desk: "Westminster Bureau", titles: ["Chief Political Editor"] }],
    ["By Sara Lind, Science and Technology Editor", { names: ["Sara Lind"], desk: null, titles: ["Science and Technology Editor"] }],
    ["By Omar Said, Editor-at-large", { names: ["Omar Said"], desk: null, titles: ["Editor-at-large"] }],
    ["By Kim Park, columnist", { names: ["Kim Park"], desk: null, titles: ["columnist"] }],
    ["Jane Doe, Staff Writer, and John Roe, Health Editor", { names: ["Jane Doe", "John Roe"], desk: null, titles: ["Staff Writer", "Health Editor"] }],
    ["Jane Doe, John Roe and Ana Ruiz, Reporters, City Desk", {
      names: ["Jane Doe", "John Roe", "Ana Ruiz"], desk: "City Desk", titles: ["Reporter", "Reporter", "Reporter"],
    }],
    ["Jane Doe, Staff Writer, and John Roe", { names: ["Jane Doe", "John Roe"], desk: null, titles: ["Staff Writer", null] }],
    ["Okafor, Mara, Staff Writer", { names: ["Okafor, Mara"], desk: null, titles: ["Staff Writer"] }],
    // "Writer" is a surname too: a co-author called Writer stays an author.
    ["Jane Doe, Sam Writer", { names: ["Jane Doe", "Sam Writer"], desk: null }],
    ["Jane Doe and Sam Writer, Food Writers", { names: ["Jane Doe", "Sam Writer"], desk: null, titles: ["Food Writer", "Food Writer"] }],
    // Other scripts are read as before: names (and a desk), no guessed titles.
    ["Иван Петров, Анна Смирнова", { names: ["Иван Петров", "Анна Смирнова"], desk: null }],
    ["أحمد منصور, مراسل الصحة", { names: ["أحمد منصور", "مراسل الصحة"], desk: null }],
  ])("%j", (byline, author) => {
    expect(bylineAuthors(byline)).toEqual(author);
  });

  test.each([[""], ["   "], ["By"], ["by:  "]])("%j has no author", (byline) => {
    expect(bylineAuthors(byline)).toBeNull();
  });
});

describe("bylineCredit", () => {
  test.each([
    ["Staff Reporter", { kind: "staff" }],
    ["By Staff Reporter", { kind: "staff" }],
    ["By Staff Writers", { kind: "staff" }],
    ["Staff", { kind: "staff" }],
    ["Our Correspondent", { kind: "staff" }],
    ["From our own correspondent", { kind: "staff" }],
    ["Our Brussels correspondent", { kind: "staff" }],
    ["Staff and agencies", { kind: "staff" }],
    ["By Newsdesk.", { kind: "staff" }],
    ["Editorial Board", { kind: "staff" }],
    ["By Reuters", { kind: "agency", name: "Reuters" }],
    ["The Associated Press", { kind: "agency", name: "The Associated Press" }],
    ["AFP", { kind: "agency", name: "AFP" }],
  ])("%j credits no person: %j", (byline, expected) => {
    expect(bylineCredit(byline)).toEqual(expected);
  });

  test.each(["", "   ", "By Mara Okafor", "Priya Nandakumar, Health Correspondent", "Sam Writer", "Mara Okafor and agencies", "Reuters Smith", "王小明"])("%j names someone (or no one at all)", (byline) => {
    expect(bylineCredit(byline)).toBeNull();
  });
});
