import { expect, test } from "vitest";
import { downloadHeaders } from "@/components/export/download-headers";
import { exportFilename } from "./index";

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
