/**
 * Shared test inputs. Hand-written so the golden files read like a real memo,
 * with one claim of hostile text: quotes, commas, a newline, emoji and
 * right-to-left scripts, which every format must carry through unchanged.
 */
import { DEFAULT_VERDICT_SCALE } from "@/lib/verdicts/scale";
import type { CorrectionsLogInput, ExportCorrection, MemoInput } from "../types";

export const HOSTILE_TEXT = 'He said "no, never, ever",\nthen left 😀👍🏽 — שלום "עולם", مرحبا بكم, <b>&amp;</b>';
export const FORMULA_TEXT = "=HYPERLINK(\"http://evil.example\",\"click\")";

export const NEWSROOM = { name: "The Riverside Ledger", url: "https://ledger.example" };
const ARTICLE_URL = "https://ledger.example/news/city-budget";

export const CORRECTIONS: ExportCorrection[] = [
  {
    id: "cor-2", type: "clarification", status: "draft", originalText: "Rents doubled.", correctedText: "Median rents doubled since 2015.",
    note: "An earlier version of this article said rents doubled. To clarify: median rents doubled since 2015.",
    publishedAt: null, createdAt: "2025-03-02T09:00:00Z", article: { title: "City budget", url: ARTICLE_URL },
  },
  {
    id: "cor-1", type: "correction", status: "published", originalText: "The city has 169 schools.", correctedText: "The city has 196 schools.",
    note: "An earlier version of this article misstated the number of schools. It is 196.",
    publishedAt: "2025-03-01T18:30:00Z", createdAt: "2025-03-01T17:00:00Z", article: { title: "City budget", url: ARTICLE_URL },
  },
];

export function memoFixture(): MemoInput {
  return {
    newsroom: NEWSROOM,
    article: { id: "art-1", title: "City budget", byline: "Dana Reyes", sourceUrl: ARTICLE_URL, deadline: "2025-03-01T20:00:00Z", publishedAt: "2025-03-01T21:00:00+00:00" },
    generatedAt: "2025-03-03T08:15:00Z",
    timeZone: "UTC",
    scale: DEFAULT_VERDICT_SCALE,
    // Deliberately out of position order: the exporters must sort.
    claims: [
      {
        id: "c3", position: 3, text: "Crime fell 12% last year.", claimant: null, status: "submitted", evidence: [],
        verdict: { key: "mixed", label: "Needs context", ratingValue: 3, rationale: "Fell 12% in one category only.", reviewer: { name: "Sam Okafor" }, approver: null, submittedAt: "2025-03-01T12:00:00Z", approvedAt: null, version: 1 },
      },
      {
        id: "c1", position: 1, text: "The city has 169 schools.", claimant: "Mayor Ana Lopez", status: "approved",
        verdict: { key: "inaccurate", label: "Inaccurate", ratingValue: 1, rationale: "The education department lists 196.", reviewer: { name: "Sam Okafor" }, approver: { name: "Lee Park" }, submittedAt: "2025-03-01T10:00:00Z", approvedAt: "2025-03-01T11:00:00Z", version: 2 },
        evidence: [
          { url: "https://edu.example/schools", title: "School directory", publisher: "Dept. of Education", quote: "196 public schools", accessedOn: "2025-03-01", archiveUrl: "https://web.archive.org/web/2025/https://edu.example/schools", stance: "contradicts" },
        ],
      },
      {
        id: "c2", position: 2, text: HOSTILE_TEXT, claimant: "CBP", status: "approved",
        verdict: { key: "unverifiable", label: "Could not be verified", ratingValue: null, rationale: `No record, "anywhere".\n${HOSTILE_TEXT}`, reviewer: { name: "Lee Park" }, approver: { name: "Dana Reyes" }, submittedAt: "2025-03-01T10:30:00Z", approvedAt: "2025-03-01T11:30:00Z", version: 1 },
        evidence: [{ url: "https://cbp.example/a", title: HOSTILE_TEXT, publisher: "CBP", quote: HOSTILE_TEXT, accessedOn: null, archiveUrl: null, stance: "context" }],
      },
      // A reviewer's unsubmitted draft is not in a memo input at all; only that one exists.
      { id: "c4", position: 4, text: FORMULA_TEXT, claimant: "-Anonymous", status: "in_review", verdict: null, evidence: [], draftInProgress: true },
      {
        id: "c5", position: 5, text: "The new plan is the best in decades.", claimant: "Councillor Ben Ode", status: "dismissed", verdict: null, evidence: [],
        dismissal: { reason: "opinion", note: "A judgement, not a checkable fact." },
      },
      // The article was edited after the sign-off: the verdict ruled on the earlier words.
      {
        id: "c6", position: 6, text: "Bus fares rose 30% in 2024.", claimant: "Transit Authority", status: "stale", evidence: [],
        verdict: { key: "accurate", label: "Accurate", ratingValue: 5, rationale: "The fare table shows 20%.", checkedText: "Bus fares rose 20% in 2024.", reviewer: { name: "Lee Park" }, approver: { name: "Dana Reyes" }, submittedAt: "2025-03-01T13:00:00Z", approvedAt: "2025-03-01T13:30:00Z", version: 1 },
      },
    ],
    corrections: CORRECTIONS,
  };
}

export function logFixture(corrections: ExportCorrection[] = [...CORRECTIONS].reverse()): CorrectionsLogInput {
  return {
    newsroom: NEWSROOM,
    range: { from: "2025-03-01T00:00:00Z", to: "2025-03-31T23:59:59Z" },
    generatedAt: "2025-04-01T00:00:00Z",
    timeZone: "UTC",
    corrections,
  };
}

/** The log fixture plus a hostile correction, in log order. */
export function hostileLog(): CorrectionsLogInput {
  const hostile: ExportCorrection = {
    id: "cor-3", type: "editors_note", status: "published", originalText: HOSTILE_TEXT, correctedText: FORMULA_TEXT, note: HOSTILE_TEXT,
    publishedAt: "2025-03-05T00:00:00Z", createdAt: "2025-03-04T00:00:00Z", article: { title: HOSTILE_TEXT, url: "https://ledger.example/x" },
  };
  return logFixture([...[...CORRECTIONS].reverse(), hostile]);
}
