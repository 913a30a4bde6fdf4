import { describe, expect, test } from "vitest";
import { findClaims } from "./find";

/** QA findings on real copy: the reasons, kinds and claimants an editor is shown. */
const first = (text: string) => findClaims(text)[0];
const reasonsOf = (text: string) => first(text).reasons;
const labelled = (text: string, label: string) => reasonsOf(text).filter((r) => r.startsWith(`${label}: `));

describe("cues an editor is not shown", () => {
  test("May the month is no speculation; the modal is", () => {
    expect(labelled("The trial opened at Manchester Crown Court in May with 12 witnesses.", "speculation")).toEqual([]);
    expect(labelled("Prices may rise again next year, economists said.", "speculation")).toEqual(["speculation: may"]);
  });

  test.each([
    ["The toll rose to 83, with at least 41 people still missing.", []],
    ["Bridgeford have lost five of their last six league matches.", []],
    ["Forty-seven people were hurt on the roads in the last five years.", []],
    ["A consultation held last autumn received 1,914 responses.", []],
    ["Will it last?", []],
    ["Most people will pay less than £10 a month under the plan.", []],
    ["The ministry says 2.3 million first-time voters are eligible.", []],
    ["Latest figures show 412,000 people were displaced.", []],
    ["It was the deadliest storm to hit the region since 2009.", ["superlative: deadliest"]],
    ["The scheme is the most expensive in the country.", ["superlative: most"]],
  ])("superlatives: %s", (text, expected) => {
    expect(labelled(text, "superlative")).toEqual(expected);
  });

  test.each([
    "The toll rose to 83, disaster officials said.",
    "The National Disaster Risk Reduction and Management Council said 412,000 people had been displaced.",
    "Some 31.8% of trains in Great Britain arrived late.",
  ])("a name or an office is no opinion: %s", (text) => {
    expect(labelled(text, "opinion")).toEqual([]);
  });

  test("great-grandchildren are no opinion, so an obituary's survivors are a statistic", () => {
    const survived = first("She is survived by her son Erik, five grandchildren and two great-grandchildren.");
    expect(labelled(survived.text, "opinion")).toEqual([]);
    expect(survived.kind).toBe("statistic");
    expect(labelled("It was a disaster for the town, he said.", "opinion")).toEqual(["opinion: disaster"]);
  });

  test("the noun cause and a credit line are not causal; the verb is", () => {
    expect(labelled("Walking 7,000 steps cut the risk of death from any cause by 47%.", "causal")).toEqual([]);
    expect(labelled("Storms cause 40% of the damage, insurers said.", "causal")).toEqual(["causal: cause"]);
    expect(labelled("Maria Cruz in Manila contributed to this report, which cites 83 deaths.", "causal")).toEqual([]);
  });

  test("declining to comment and rising to head a ball are no change; a fall is", () => {
    expect(labelled("Hale, who walked free from court, declined to comment.", "change")).toEqual([]);
    expect(labelled("Okonkwo rose highest to head in the 91st minute.", "change")).toEqual([]);
    expect(labelled("Net sales declined 11% to 9.8 billion crowns.", "change")).toEqual(["change: declined"]);
  });

  test("a forecast as a noun in a past report is no prediction", () => {
    const text = "Shares fell 14% on Wednesday after the company cut its full-year profit forecast.";
    expect(first(text).kind).toBe("statistic");
    expect(labelled(text, "prediction")).toEqual([]);
    expect(labelled("The IMF forecasts growth of 2%.", "prediction")).toEqual(["prediction: forecasts"]);
  });
});

describe("figures", () => {
  test("numbers in words are numbers; a scale after digits and a period are not listed again", () => {
    expect(labelled("Bridgeford sit 17th, nine points above the relegation zone.", "number")).toEqual(["number: 17", "number: nine"]);
    expect(labelled("Rovers levelled seven minutes after the break.", "number")).toEqual(["number: seven"]);
    expect(labelled("Profit rose to 2.5 billion in the second half.", "number")).toEqual(["number: 2.5"]);
  });

  test("identifiers and times of day are no figures", () => {
    expect(labelled("The planet, known as GJ 9827 d, orbits a star about 97 light years away.", "number")).toEqual(["number: 97"]);
    expect(labelled("The scheme will give 1,200 patients with type 2 diabetes free trackers.", "number")).toEqual(["number: 1,200"]);
    expect(labelled("At 23:58 the polls closed in 40 districts.", "number")).toEqual(["number: 40"]);
  });

  test("a ratio is one number", () => {
    expect(labelled("She said 1 in 5 council leaders feared bankruptcy.", "number")).toEqual(["number: 1 in 5"]);
  });

  test("a figure in a currency named by a word is money", () => {
    const text = "Losses were estimated at 4.7 billion pesos, and the stock closed at 10.5 crowns.";
    expect(labelled(text, "money")).toEqual(["money: 4.7 billion pesos", "money: 10.5 crowns"]);
    expect(labelled(text, "number")).toEqual([]);
    expect(labelled("The rate was 0.9247 euros.", "money")).toEqual(["money: 0.9247 euros"]);
  });
});

describe("claimant", () => {
  test.each([
    ["Borrowing reached £98.3bn, according to figures published by the ONS.", "the ONS"],
    ["Sales fell 47%, according to estimates from the European Heat Pump Association.", "the European Heat Pump Association"],
    ["The gap narrowed to 14 points, according to an average compiled by Electoral Calculus.", "Electoral Calculus"],
    ["Polling by YouGov published on Wednesday found that 58% of voters disapproved.", "YouGov"],
    ["Council officers said that evidence from Wales, which cut limits in 2023, showed a 28% fall.", "Council officers"],
    ["Its chair, Councillor Maureen Tate, said 1 in 5 council leaders had told a survey they would fail.", "Councillor Maureen Tate"],
    [
      "Professor Laura Kreidberg, director at the Max Planck Institute for Astronomy in Heidelberg, who was not involved in the study, said the signal was 3% weaker.",
      "Professor Laura Kreidberg",
    ],
  ])("%s", (text, claimant) => {
    expect(first(text).claimant).toBe(claimant);
  });

  test("a source that is a name stays the claimant", () => {
    expect(first("Unemployment rose to 4.4%, according to the ONS.").claimant).toBe("the ONS");
    expect(first("Prices rose 3%, according to official statistics.").claimant).toBe("official statistics");
  });
});
