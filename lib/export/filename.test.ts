import { expect, test } from "vitest";
import { downloadHeaders } from "@/components/export/download-headers";
import { cutAtWord, exportFilename } from "./index";

test("a download is named for its article in any script, accents off Latin letters, symbols dropped", () => {
  const day = "2026-12-08T09:00:00Z";
  expect(exportFilename("memo", "City budget: the £3m question", day, "docx")).toBe("memo-city-budget-the-3m-question-2026-12-08.docx");
  expect(exportFilename("memo", "Café résumé", day, "markdown")).toBe("memo-cafe-resume-2026-12-08.md");
  expect(exportFilename("memo", "قرار المجلس البلدي", day, "docx")).toBe("memo-قرار-المجلس-البلدي-2026-12-08.docx");
  expect(exportFilename("memo", "市议会投票", day, "csv")).toBe("memo-市议会投票-2026-12-08.csv");
  expect(exportFilename("memo", "😀 ", day, "json")).toBe("memo-2026-12-08.json");
  // Marks between digits keep the number apart: "1.234,5" is not "12345" (exports QA).
  expect(exportFilename("memo", "Budget €1.234,5m: up 3.5%", day, "csv")).toBe("memo-budget-1-234-5m-up-3-5-2026-12-08.csv");
  // The header keeps the real name for browsers that read filename*, and an ASCII stand-in for the rest.
  const disposition = downloadHeaders("text/csv", "memo-市议会投票-2026-12-08.csv").get("Content-Disposition");
  expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent("memo-市议会投票-2026-12-08.csv")}`);
  expect(disposition).toContain('filename="memo-2026-12-08.csv"');
  expect(downloadHeaders("text/csv", "memo-قرار-المجلس-市议会-budget-2026-12-08.csv").get("Content-Disposition")).toContain('filename="memo-budget-2026-12-08.csv"');
  expect(downloadHeaders("text/csv", 'memo-a"b\\c-2026-12-08.csv').get("Content-Disposition")).toContain('filename="memo-a_b_c-2026-12-08.csv"');
});

test("a long title is cut between words, never inside one, within the same 60 characters (usability pass)", () => {
  const day = "2026-12-07T09:00:00Z";
  const title = "Councils across the region report record waste as trust misgivings grow";
  // Cut at 60 this was "…waste-as-trust-misg": a word that is not in the title.
  expect(exportFilename("memo", title, day, "markdown")).toBe("memo-councils-across-the-region-report-record-waste-as-trust-2026-12-07.md");
  // A word ending right at the limit stays whole.
  const exact = `${"a".repeat(29)} ${"b".repeat(30)} tail`;
  expect(exportFilename("memo", exact, day, "csv")).toBe(`memo-${"a".repeat(29)}-${"b".repeat(30)}-2026-12-07.csv`);
  // One word longer than the limit (as an unspaced Chinese title is) keeps its first 60 characters.
  expect(exportFilename("memo", "市".repeat(70), day, "csv")).toBe(`memo-${"市".repeat(60)}-2026-12-07.csv`);
  // A hyphen the title had is a break too, and none is left at the end.
  expect(exportFilename("memo", `${"x".repeat(58)}- tail`, day, "json")).toBe(`memo-${"x".repeat(58)}-2026-12-07.json`);
  expect(exportFilename("memo", "- Budget -", day, "json")).toBe("memo-budget-2026-12-07.json");
});

test("cutAtWord keeps whole words within the limit", () => {
  expect(cutAtWord("Trust in ministers falls again", 20)).toBe("Trust in ministers");
  expect(cutAtWord("Trust in ministers", 18)).toBe("Trust in ministers");
  expect(cutAtWord("Trust in ministers falls", 18)).toBe("Trust in ministers");
  expect(cutAtWord("Trust in ministers falls", 17)).toBe("Trust in");
  expect(cutAtWord("Supercalifragilistic", 5)).toBe("Super");
  expect(cutAtWord("Well-being budget", 12)).toBe("Well-being");
});
