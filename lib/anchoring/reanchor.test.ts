import { describe, expect, test } from "vitest";
import { countSearched, reanchorAll } from "./batch";
import { createAnchor } from "./create";
import { reanchor } from "./reanchor";
import type { Anchor, ReanchorResult } from "./types";

const paragraphs = [
  "City Hall said on Monday that 169 families were moved into permanent housing last year.",
  "The shelter budget rose by 12% in 2023, the highest increase on record, according to the comptroller.",
  "Critics argue the program is slow. Residents in the Eastside district waited an average of 14 months.",
  "The mayor promised to open 3 new shelters before winter, a pledge she first made in 2021.",
];
const article = paragraphs.join("\n\n");

function anchorOn(text: string, exact: string, occurrence = 0): Anchor {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(exact, at + 1);
  if (at === -1) throw new Error(`fixture text lacks "${exact}"`);
  return createAnchor(text, at, at + exact.length);
}

function landed(text: string, result: ReanchorResult): string | null {
  return result.anchor === null ? null : text.slice(result.anchor.position.start, result.anchor.position.end);
}

const claims = [
  "169 families were moved into permanent housing last year",
  "The shelter budget rose by 12% in 2023",
  "waited an average of 14 months",
  "open 3 new shelters before winter",
];
const anchors = claims.map((claim) => anchorOn(article, claim));

describe("reanchorAll on edit scenarios", () => {
  test.each(["incremental", "full"] as const)("one of two identical sentences deleted: its claim is lost, its twin keeps the copy left (%s)", (strategy) => {
    const twice = "Ferry fares will rise by 8% in April, the operator said.";
    const text = `${twice}\n\nThe harbour reopens in May.\n\n${twice}`;
    const pair = [anchorOn(text, twice, 0), anchorOn(text, twice, 1)];
    const edited = `The harbour reopens in May.\n\n${twice}`;
    const results = reanchorAll(text, edited, pair, { strategy });
    expect(results.map((r) => r.state)).toEqual(["orphaned", "moved"]);
    expect(landed(edited, results[1])).toBe(twice);
  });


  test("text inserted before: every claim moves, none needs a search", () => {
    const edited = `UPDATED at 5 p.m. with the comptroller's figures.\n\n${article}`;
    const results = reanchorAll(article, edited, anchors);
    expect(results.map((r) => r.state)).toEqual(["moved", "moved", "moved", "moved"]);
    expect(results.map((r) => landed(edited, r))).toEqual(claims);
    expect(countSearched(results)).toBe(0);
  });

  test("a paragraph deleted: its claim is orphaned, the others move", () => {
    const edited = [paragraphs[0], paragraphs[1], paragraphs[3]].join("\n\n");
    const results = reanchorAll(article, edited, anchors);
    expect(results.map((r) => r.state)).toEqual(["anchored", "anchored", "orphaned", "moved"]);
    expect(results[2].anchor).toBeNull();
    expect(results[2].previous).toBe(anchors[2]);
    expect(landed(edited, results[3])).toBe(claims[3]);
  });

  test("the claim's number rewritten: changed, with before and after", () => {
    const edited = article.replace("rose by 12% in 2023", "rose by 9.5% in 2023");
    const results = reanchorAll(article, edited, anchors);
    expect(results.map((r) => r.state)).toEqual(["anchored", "changed", "moved", "moved"]);
    const changed = results[1];
    if (changed.state !== "changed") throw new Error("expected a changed claim");
    expect(changed.before).toBe("The shelter budget rose by 12% in 2023");
    expect(changed.after).toBe("The shelter budget rose by 9.5% in 2023");
    expect(countSearched(results)).toBe(1);
  });

  test("words inserted inside a claim: it keeps its first and last words and covers the insertion", () => {
    const text = "Intro.\n\nMore than 2.1 million pupils in England now receive free school meals, according to the Institute for Fiscal Studies.\n\nEnd.";
    const meals = anchorOn(text, "More than 2.1 million pupils in England now receive free school meals");
    const source = anchorOn(text, "according to the Institute for Fiscal Studies");
    const edited = text
      .replace("in England", "in England and Wales and Northern Ireland")
      .replace("for Fiscal Studies", "for Independent and Widely Cited Fiscal Studies");
    const results = reanchorAll(text, edited, [meals, source]);
    expect(results.map((r) => landed(edited, r))).toEqual([
      "More than 2.1 million pupils in England and Wales and Northern Ireland now receive free school meals",
      "according to the Institute for Independent and Widely Cited Fiscal Studies",
    ]);
    expect(results.map((r) => r.state)).toEqual(["changed", "changed"]);
    expect(results[0].method).toBe("edited");
  });

  test.each([
    ["Housing cost 300", "Housing cost 300 pounds a week.", "Housing cost 3000 pounds a week.", "Housing cost 3000"],
    ["fares rose by 12", "Lead.\n\nfares rose by 12 percent.", "Lead.\n\nfares rose by 120 percent.", "fares rose by 120"],
    ["the new bridge", "Lead.\n\nWork on the new bridge starts.", "Lead.\n\nWork on the new bridges starts.", "the new bridges"],
    ["12 schools closed", "Lead.\n\nIn all, 12 schools closed.", "Lead.\n\nIn all, 112 schools closed.", "112 schools closed"],
    ["cost 300", "It will cost 300 in 2025.", "It will cost 300,000 in 2025.", "cost 300,000"],
  ])("a word or number lengthened at a claim's end is a change, not the same claim: %s", (claim, before, after, expected) => {
    const [result] = reanchorAll(before, after, [anchorOn(before, claim)]);
    expect(result).toMatchObject({ state: "changed", after: expected });
  });

  test("a claim that itself ends mid-number keeps its place when nothing around it changes", () => {
    const text = "Lead.\n\nThe figure was 1234 in all.";
    const anchor = anchorOn(text, "figure was 12");
    const [result] = reanchorAll(text, `Intro.\n\n${text}`, [anchor]);
    expect(result.state).toBe("moved");
  });

  test("a word inserted before a claim's last word: the claim still ends on it", () => {
    const text = "Ferry news.\n\nThe operator says the ferry is the cheapest in Europe.";
    const claim = anchorOn(text, "the ferry is the cheapest in Europe");
    const [result] = reanchorAll(text, text.replace("in Europe", "in Northern Europe"), [claim]);
    expect(result).toMatchObject({ state: "changed", after: "the ferry is the cheapest in Northern Europe" });
  });

  test("an edit inside a claim that adds a paragraph break, or grows it a lot, is searched for instead", () => {
    const text = "Lead.\n\nThe council spent £3m on roads in 2023, the auditor said.";
    const claim = anchorOn(text, "The council spent £3m on roads in 2023");
    const split = text.replace("£3m on", "£3m\n\nA new paragraph.\n\nIt spent £2m on");
    const [result] = reanchorAll(text, split, [claim]);
    expect(result.method).not.toBe("edited");
    const long = text.replace("£3m on", `£3m ${"and more ".repeat(40)}on`);
    const [grown] = reanchorAll(text, long, [claim]);
    expect(grown.method).not.toBe("edited");
    const rewritten = text.replace("The council spent £3m on roads in 2023", "The mayor said nothing new about the roads in 2023");
    const [other] = reanchorAll(text, rewritten, [claim]);
    expect(other.method).not.toBe("edited");
  });

  test("a claim whose middle was edited does not grow onto another claim's words", () => {
    const text = "Lead.\n\nRents rose 12% in 2023 and wages rose 3% in 2023, the office said.";
    const rents = anchorOn(text, "Rents rose 12% in 2023");
    const wages = anchorOn(text, "wages rose 3% in 2023");
    const edited = text.replace("12% in", "12.5% in");
    const results = reanchorAll(text, edited, [rents, wages]);
    expect(results.map((r) => landed(edited, r))).toEqual(["Rents rose 12.5% in 2023", "wages rose 3% in 2023"]);
  });

  test("an approximate match takes whole words and numbers, never half of one", () => {
    const before = "Intro.\n\nDelta: the river flooded three times since 2019.\n\nEnd.";
    const exact = "the river flooded three times since 2019";
    const anchor = createAnchor(before, before.indexOf(exact), before.indexOf(exact) + exact.length);
    const result = reanchor("Intro.\n\nDelta: the river flooded five times since 2015.\n\nEnd.", anchor);
    expect(result).toMatchObject({ state: "changed", after: "the river flooded five times since 2015" });
    const money = "Costs were 60,000 pounds last year, the council said.";
    const claim = "Costs were 60,000 pounds last year";
    const result2 = reanchor("Costs were 65,500 pounds last year, the council said.", createAnchor(money, 0, claim.length));
    expect(result2).toMatchObject({ state: "changed", after: "Costs were 65,500 pounds last year" });
  });

  test("the sentence duplicated: the claim stays on its own copy", () => {
    const repeated = "The shelter budget rose by 12% in 2023";
    const text = `${article}\n\nTo repeat: ${repeated}, and it may rise again.`;
    const second = anchorOn(text, repeated, 1);
    // Insert a paragraph between the two copies and change the first copy's neighbour.
    const edited = text
      .replace(paragraphs[2], `${paragraphs[2]}\n\nA new paragraph about the budget.`)
      .replace("highest increase", "largest increase");
    const [batch] = reanchorAll(text, edited, [second]);
    expect(batch.anchor?.position.start).toBe(edited.lastIndexOf(repeated));
    // Without the edit map, the quote's context still picks the right copy.
    const single = reanchor(edited, second);
    expect(single.state).toBe("moved");
    expect(single.anchor?.position.start).toBe(edited.lastIndexOf(repeated));
  });

  test("the whole article pasted again with small edits", () => {
    const edited = article
      .replace("on Monday", "on Tuesday")
      .replace("Critics argue", "Critics say")
      .replace("14 months", "15 months")
      .replace("before winter", "before the winter");
    const results = reanchorAll(article, edited, anchors);
    expect(results.map((r) => r.state)).toEqual(["moved", "moved", "changed", "changed"]);
    expect(results.map((r) => landed(edited, r))).toEqual([
      claims[0],
      claims[1],
      "waited an average of 15 months",
      "open 3 new shelters before the winter",
    ]);
  });

  test("right-to-left text and emoji keep offsets on the right characters", () => {
    const text = "قال الوزير إن 40% من الأسر 🏠 حصلت على دعم.\n\nהשר אמר כי 12 בתי ספר נפתחו 🎒 השנה.";
    const arabic = anchorOn(text, "40% من الأسر 🏠 حصلت");
    const hebrew = anchorOn(text, "12 בתי ספר נפתחו 🎒");
    const edited = `👩‍👩‍👧 مقدمة قصيرة.\n\n${text.replace("השר אמר", "השר אמר היום")}`;
    const results = reanchorAll(text, edited, [arabic, hebrew]);
    expect(results.map((r) => r.state)).toEqual(["moved", "moved"]);
    expect(results.map((r) => landed(edited, r))).toEqual([arabic.quote.exact, hebrew.quote.exact]);
  });

  test("empty new text: every claim is orphaned, none dropped", () => {
    const results = reanchorAll(article, "", anchors);
    expect(results).toHaveLength(anchors.length);
    expect(results.every((r) => r.state === "orphaned" && r.anchor === null)).toBe(true);
  });

  test("anchors saved against another version are searched, not trusted", () => {
    const stale = { ...anchors[1], position: { start: 3, end: 3 + claims[1].length } };
    const [result] = reanchorAll(article, article, [stale]);
    expect(result.searched).toBe(true);
    expect(landed(article, result)).toBe(claims[1]);
  });
});

describe("reanchor, one claim", () => {
  test.each([
    ["unchanged", article, "anchored", claims[1]],
    ["shifted", `Intro.\n\n${article}`, "moved", claims[1]],
    ["reworded", article.replace("12%", "13%"), "changed", "The shelter budget rose by 13% in 2023"],
    ["removed", paragraphs[0], "orphaned", null],
  ])("%s text", (_label, text, state, expected) => {
    const result = reanchor(text, anchors[1]);
    expect(result.state).toBe(state);
    expect(landed(text, result)).toBe(expected);
  });

  test("a short quote elsewhere with unrelated context is not trusted", () => {
    const short = anchorOn(article, "169");
    const result = reanchor("In an unrelated story, 169 cats were adopted from the pound.", short);
    expect(result.state).toBe("orphaned");
  });
});
