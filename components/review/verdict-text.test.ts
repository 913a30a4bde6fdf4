import { expect, test } from "vitest";
import { verdictAsText } from "./verdict-text";

const scale = [{ key: "misleading", label: "Misleading", color: "#c00" }];
const source = { url: "https://stats.example/t4", title: "Table 4", publisher: "Statistics Office", quote: "Rents rose 9%", accessedOn: "2026-01-02", archiveUrl: null, stance: "contradicts" as const };

test("the verdict, the rationale and each source, in the order the form shows them", () => {
  expect(verdictAsText({ verdictKey: "misleading", rationale: " Rents rose 9%, not 98%. ", evidence: [source] }, scale)).toBe(
    [
      "Verdict: Misleading",
      "Rationale:\nRents rose 9%, not 98%.",
      "Evidence:\n1. Table 4, Statistics Office\n   https://stats.example/t4\n   “Rents rose 9%”\n   Contradicts the claim, read 2026-01-02",
    ].join("\n\n"),
  );
});

test("empty parts and blank sources are left out", () => {
  const blank = { ...source, url: "", title: "", publisher: "", quote: "" };
  expect(verdictAsText({ verdictKey: null, rationale: "Only words so far.", evidence: [blank] }, scale)).toBe("Rationale:\nOnly words so far.");
  expect(verdictAsText({ verdictKey: null, rationale: "", evidence: [] }, scale)).toBe("");
});
