import { describe, expect, test } from "vitest";
import { refusalsOf, standingErrors } from "./field-errors";

const item = (key: string, url: string, accessedOn = "2026-05-01") => ({ key, url, title: "", accessedOn });
const sent = { verdictKey: null, rationale: "", evidence: [item("ev1", "https://ok.example/a"), item("ev2", "not an address", "2099-01-01")] };
const submitErrors = {
  verdictKey: "Choose a verdict.",
  rationale: "Explain the verdict for the editor and the reader.",
  "evidence.1.url": "Enter the source's web address, starting with https://.",
  "evidence.1.accessedOn": "The date you read the source cannot be in the future.",
};

describe("the verdict form's field errors", () => {
  test("follow their evidence item by key, not by position", () => {
    const refusals = refusalsOf(submitErrors, sent);
    expect(Object.keys(refusals)).toEqual(["verdictKey", "rationale", "evidence.ev2.url", "evidence.ev2.accessedOn"]);
    // Evidence 1 removed: the errors stay on the item that had them, now first.
    const removed = { ...sent, evidence: [sent.evidence[1]] };
    expect(standingErrors(refusals, removed)["evidence.ev2.url"]).toBe("Enter the source's web address, starting with https://.");
    expect(Object.keys(standingErrors(refusals, removed)).filter((field) => field.includes("ev1"))).toEqual([]);
  });

  test("stay while their field is left as it was, and go when it changes", () => {
    const refusals = refusalsOf(submitErrors, sent);
    expect(standingErrors(refusals, sent)).toEqual({
      verdictKey: "Choose a verdict.",
      rationale: "Explain the verdict for the editor and the reader.",
      "evidence.ev2.url": "Enter the source's web address, starting with https://.",
      "evidence.ev2.accessedOn": "The date you read the source cannot be in the future.",
    });
    // The rationale typed and the address fixed; the future date left alone keeps its error.
    const now = { ...sent, rationale: "The survey says 9 percent.", evidence: [sent.evidence[0], { ...sent.evidence[1], url: "https://ok.example/b" }] };
    expect(standingErrors(refusals, now)).toEqual({ verdictKey: "Choose a verdict.", "evidence.ev2.accessedOn": "The date you read the source cannot be in the future." });
  });

  test("an error about the list follows its length; one about a removed item goes with it", () => {
    const none = { verdictKey: "mixed", rationale: "x", evidence: [] };
    const refusals = refusalsOf({ evidence: "Add at least one piece of evidence." }, none);
    expect(standingErrors(refusals, none)).toEqual({ evidence: "Add at least one piece of evidence." });
    expect(standingErrors(refusals, { ...none, evidence: [item("ev9", "")] })).toEqual({});
    const whole = refusalsOf({ "evidence.0": "Choose whether the source supports, contradicts or gives context." }, sent);
    expect(Object.keys(standingErrors(whole, sent))).toEqual(["evidence.ev1"]);
    expect(standingErrors(whole, { ...sent, evidence: [sent.evidence[1]] })).toEqual({});
  });

  test("an error for a field the form does not hold stays until the next refusal replaces it", () => {
    const refusals = refusalsOf({ form: "Something went wrong." }, sent);
    expect(standingErrors(refusals, { ...sent, rationale: "changed" })).toEqual({ form: "Something went wrong." });
  });
});
