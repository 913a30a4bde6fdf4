/**
 * How every memo format shows where each claim stands: a verdict signed off,
 * awaiting sign-off or returned; only a draft (its content never shown); or a
 * dismissal with its reason. And which claims the summary counts as decided.
 */
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { memoToCsv } from "./csv";
import { decisionOf, earlierWording } from "./decision";
import { memoToDocx } from "./docx";
import { memoToHtml } from "./html";
import { memoJsonValue } from "./json";
import { memoToMarkdown } from "./markdown";
import { settledSentence, summarizeMemo } from "./summary";
import { memoFixture } from "./test-support/fixtures";
import { parseCsv } from "./test-support/parse-csv";
import { docxParagraphs } from "./test-support/unzip";
import type { MemoClaim, MemoInput, MemoVerdict } from "./types";

const accurate = (patch: Partial<MemoVerdict>): MemoVerdict => ({
  key: "accurate", label: "Accurate", ratingValue: 5, rationale: "Matches the register.", reviewer: { name: "Sam Okafor" },
  approver: { name: "Lee Park" }, submittedAt: "2025-03-01T10:00:00Z", approvedAt: "2025-03-01T11:00:00Z", version: 1, state: "approved", ...patch,
});
const claim = (id: string, patch: Partial<MemoClaim>): MemoClaim => ({
  id, position: Number(id.slice(1)), text: `Claim text ${id}.`, claimant: null, status: "approved", verdict: null, evidence: [], ...patch,
});

/** One claim in each situation QA met, in article order. */
function statesMemo(): MemoInput {
  return {
    ...memoFixture(),
    corrections: [],
    claims: [
      claim("s1", { verdict: accurate({}) }),
      claim("s2", { status: "submitted", verdict: accurate({ state: "submitted", approver: null, approvedAt: null, rationale: "Submitted reasoning." }) }),
      claim("s3", { status: "returned", verdict: accurate({ state: "returned", approver: null, approvedAt: null, rationale: "Returned reasoning." }) }),
      // What the query gives for a reviewer's unsubmitted draft: no verdict, only that a draft exists.
      claim("s4", { status: "in_review", draftInProgress: true }),
      claim("s5", { status: "dismissed", dismissal: { reason: "opinion", note: "The columnist's view.\nNot a fact." } }),
      claim("s6", { status: "dismissed", dismissal: { reason: "not_checkable", note: null } }),
      // Approved earlier, and a newer version is being drafted.
      claim("s7", { status: "in_review", verdict: accurate({ key: "misleading", label: "Misleading", ratingValue: 2 }), draftInProgress: true }),
      claim("s8", { status: "open" }),
    ],
  };
}

const VERDICT_LINES = [
  "Verdict: Accurate (5/5) (version 1)",
  "Verdict: Accurate (5/5) (version 1) — submitted, awaiting sign-off",
  "Verdict: Accurate (5/5) (version 1) — returned to the reviewer",
  "Verdict: No verdict yet (a draft is in progress)",
  "Dismissed: opinion — The columnist's view.\nNot a fact.",
  "Dismissed: not checkable",
  "Verdict: Misleading (2/5) (version 1) — a newer version is in progress",
  "Verdict: No verdict yet",
];

describe("decisionOf", () => {
  test("dismissal first, then a verdict with its state, else nothing (saying so when a draft exists)", () => {
    expect(statesMemo().claims.map((c) => { const d = decisionOf(c); return d.kind === "verdict" ? `${d.kind}:${d.state}:${d.draftInProgress}` : d.kind === "none" ? `none:${d.draftInProgress}` : `dismissed:${d.dismissal.reason}`; })).toEqual([
      "verdict:approved:false", "verdict:submitted:false", "verdict:returned:false", "none:true", "dismissed:opinion", "dismissed:not_checkable", "verdict:approved:true", "none:false",
    ]);
  });

  test("an input verdict without a state is approved when it has an approval date, else submitted", () => {
    const { state: _ignored, ...plain } = accurate({});
    expect(decisionOf(claim("x1", { verdict: plain }))).toMatchObject({ state: "approved" });
    expect(decisionOf(claim("x1", { verdict: { ...plain, approvedAt: null } }))).toMatchObject({ state: "submitted" });
  });
});

describe("summary", () => {
  test("counts signed-off verdicts (one standing while a newer version is checked), dismissed claims apart, everything else 'No approved verdict'", () => {
    const { verdictCounts, settled, total, rechecking } = summarizeMemo(statesMemo());
    expect({ total, settled, rechecking }).toEqual({ total: 8, settled: 3, rechecking: 1 });
    // The sentence agrees with the tally, which counts s7's standing verdict (exports QA: "10 of 12 settled" beside 11 verdicts).
    expect(settledSentence(summarizeMemo(statesMemo()))).toBe("3 of 8 claims settled. 1 more is being checked again after sign-off; its approved verdict stands until a new one is approved.");
    expect(verdictCounts.filter((r) => r.count > 0)).toEqual([
      { key: "accurate", label: "Accurate", count: 1 },
      { key: "misleading", label: "Misleading", count: 1 },
      { key: null, label: "Dismissed", count: 2 },
      { key: null, label: "No approved verdict", count: 4 },
    ]);
  });

  test("an approved verdict does not count for a stale claim, nor for words other than those it ruled on", () => {
    const memo = statesMemo();
    const only = (c: MemoClaim) => summarizeMemo({ ...memo, claims: [c] }).verdictCounts.find((r) => r.key === "accurate")?.count;
    expect(only(claim("t1", { status: "stale", verdict: accurate({}) }))).toBe(0);
    expect(only(claim("t2", { status: "in_review", verdict: accurate({ checkedText: "Other words." }) }))).toBe(0);
    expect(only(claim("t3", { status: "in_review", verdict: accurate({ checkedText: "Claim text t3." }) }))).toBe(1);
  });
});

describe("every memo format", () => {
  const memo = statesMemo();

  test("Markdown", () => {
    const md = memoToMarkdown(memo);
    const lines = md.split("\n").filter((l) => /^- \*\*(Verdict|Dismissed):\*\*/.test(l) || /^  Not a fact\.$/.test(l)).join("\n").replace(/\*\*/g, "").replace(/^- /gm, "").replace(/  \n/g, "\n").replace(/\n  /g, "\n");
    expect(lines.split("\n")).toEqual(VERDICT_LINES.join("\n").split("\n"));
    expect(md).toContain("- Accurate: 1\n");
    expect(md).toContain("- Misleading: 1\n");
  });

  test("HTML", () => {
    const doc = parseHTML(memoToHtml(memo)).document;
    const lines = [...doc.querySelectorAll("article.claim dt")].filter((dt) => /Verdict|Dismissed/.test(dt.textContent ?? "")).map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`);
    expect(lines).toEqual(VERDICT_LINES.map((l) => l.replace(/ \(version 1\)/, " version 1")));
    expect(doc.querySelector("#claim-s2 strong")?.textContent).toBe("submitted, awaiting sign-off");
  });

  test("DOCX", async () => {
    const paragraphs = docxParagraphs(await memoToDocx(memo));
    expect(paragraphs.filter((p) => /^(Verdict|Dismissed): (?!\d+$)/.test(p))).toEqual(VERDICT_LINES);
    expect(paragraphs).toContain("Accurate: 1");
    expect(paragraphs).toContain("Dismissed: 2");
    expect(paragraphs).toContain("No approved verdict: 4");
  });

  test("CSV", () => {
    const [header, ...rows] = parseCsv(memoToCsv(memo));
    const col = (name: string) => rows.map((r) => r[header.indexOf(name)]);
    expect(col("verdict_state")).toEqual(["approved", "submitted", "returned", "", "", "", "approved", ""]);
    expect(col("draft_in_progress")).toEqual(["false", "false", "false", "true", "false", "false", "true", "false"]);
    expect(col("dismiss_reason")).toEqual(["", "", "", "", "opinion", "not_checkable", "", ""]);
    expect(col("dismiss_note")[4]).toBe("The columnist's view.\nNot a fact.");
  });

  test("JSON", () => {
    const json = JSON.parse(JSON.stringify(memoJsonValue(memo)));
    expect(json.claims.map((c: { verdict: { state: string } | null }) => c.verdict?.state ?? null)).toEqual(["approved", "submitted", "returned", null, null, null, "approved", null]);
    expect(json.claims[3]).toMatchObject({ draftInProgress: true, verdict: null, dismissal: null });
    expect(json.claims[4].dismissal).toEqual({ reason: "opinion", note: "The columnist's view.\nNot a fact." });
    expect(json.summary.verdicts.find((r: { key: string | null }) => r.key === "accurate").count).toBe(1);
  });
});

describe("a verdict given for words the article has since changed", () => {
  const stale = claim("w1", { status: "stale", text: "Bus fares rose 30% in 2024.", verdict: accurate({ checkedText: "Bus fares rose 20% in 2024." }) });
  const memo: MemoInput = {
    ...memoFixture(),
    corrections: [],
    claims: [
      stale,
      // Same words (spacing aside), and a version from before the words were kept: no line.
      claim("w2", { text: "The levy  raised\n$4m.", verdict: accurate({ checkedText: "The levy raised $4m." }) }),
      claim("w3", { verdict: accurate({ checkedText: null }) }),
    ],
  };
  const LINE = "Words checked: “Bus fares rose 20% in 2024.” — the article's words changed after this verdict";

  test("earlierWording gives the checked words only when they differ", () => {
    expect(memo.claims.map((c) => (c.verdict ? earlierWording(c, c.verdict) : null))).toEqual(["Bus fares rose 20% in 2024.", null, null]);
  });

  test("Markdown, HTML and Word quote the earlier words under the verdict, once", async () => {
    const md = memoToMarkdown(memo).replace(/\*\*/g, "");
    expect(md.match(/Words checked/g)).toHaveLength(1);
    expect(md).toContain(`- ${LINE}`);
    const doc = parseHTML(memoToHtml(memo)).document;
    const dt = [...doc.querySelectorAll("#claim-w1 dt")].find((d) => d.textContent === "Words checked");
    expect(`${dt?.textContent}: ${dt?.nextElementSibling?.textContent}`).toBe(LINE);
    expect([...doc.querySelectorAll("dt")].filter((d) => d.textContent === "Words checked")).toHaveLength(1);
    const paragraphs = docxParagraphs(await memoToDocx(memo));
    expect(paragraphs.filter((p) => p.startsWith("Words checked"))).toEqual([LINE]);
  });

  test("CSV and JSON carry the checked words as data", () => {
    const [header, ...rows] = parseCsv(memoToCsv(memo));
    expect(rows.map((r) => r[header.indexOf("checked_text")])).toEqual(["Bus fares rose 20% in 2024.", "The levy raised $4m.", ""]);
    const json = JSON.parse(JSON.stringify(memoJsonValue(memo)));
    expect(json.claims.map((c: { verdict: { checkedText: string | null } }) => c.verdict.checkedText)).toEqual(["Bus fares rose 20% in 2024.", "The levy raised $4m.", null]);
  });
});

describe("a claim whose words an edit removed", () => {
  const memo: MemoInput = { ...memoFixture(), corrections: [], claims: [claim("l1", { verdict: accurate({}), lost: true }), claim("l2", { verdict: accurate({}) })] };
  const STATUS = "Status: Approved — no longer in the article's text";

  test("every format says so beside its status; the summary leaves it out of its counts and says so", async () => {
    expect(memoToMarkdown(memo).replace(/\*\*/g, "")).toContain(`- ${STATUS}\n`);
    const doc = parseHTML(memoToHtml(memo)).document;
    const dt = [...doc.querySelectorAll("#claim-l1 dt")].find((d) => d.textContent === "Status");
    expect(`${dt?.textContent}: ${dt?.nextElementSibling?.textContent}`).toBe(STATUS);
    expect(docxParagraphs(await memoToDocx(memo)).filter((p) => p.startsWith("Status:"))).toEqual([STATUS, "Status: Approved"]);
    const [header, ...rows] = parseCsv(memoToCsv(memo));
    expect(rows.map((r) => r[header.indexOf("in_article")])).toEqual(["false", "true"]);
    expect(JSON.parse(JSON.stringify(memoJsonValue(memo))).claims.map((c: { lost: boolean }) => c.lost)).toEqual([true, false]);
    // The summary counts the article's own claims and says how many more left it.
    expect(summarizeMemo(memo)).toMatchObject({ total: 1, settled: 1, lost: 1 });
    expect(summarizeMemo(memo).verdictCounts.find((r) => r.key === "accurate")?.count).toBe(1);
    expect(memoToMarkdown(memo)).toContain("1 of 1 claims settled. 1 more is no longer in the article's text.");
  });
});

describe("an article not online yet (no source address)", () => {
  const memo: MemoInput = { ...memoFixture(), article: { ...memoFixture().article, sourceUrl: "" }, corrections: [] };

  test("Markdown and Word show a dash, not an empty link; HTML has no empty href", async () => {
    const md = memoToMarkdown(memo);
    expect(md).toContain("- **Source:** —\n");
    expect(md).not.toContain("(<>)");
    expect(docxParagraphs(await memoToDocx(memo))).toContain("Source: —");
    expect(memoToHtml(memo)).not.toContain('href=""');
  });
});
