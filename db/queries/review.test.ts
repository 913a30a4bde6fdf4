import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import type { Database } from "../index";
import { claims, verdicts } from "../schema";
import { createOneClaimArticle, createTestDatabase } from "../testing";
import { createArticle } from "./articles";
import { assignClaims } from "./assignments";
import { getClaim, insertClaims } from "./claims";
import { addComment, listComments } from "./comments";
import { listNotifications } from "./notifications";
import { canViewClaim, claimParagraph, countAwaitingSignOff, decideVerdict, listAwaitingSignOff, listClaimHistory, reviseApprovedClaim, withdrawVerdict } from "./review";
import { createFirstAdministrator, createUser, updateUser } from "./users";
import { listVerdictVersions, saveVerdict, type VerdictContent } from "./verdicts";

let db: Database;
const ids = { admin: "", rosa: "", edna: "", sam: "", claim: "" };

const evidence = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    url: `https://stats.example/table-${i + 1}`, title: `Table ${i + 1}`, publisher: "Statistics Office", quote: "Rents rose 98%",
    accessedOn: "2026-01-02", archiveUrl: null, stance: i === 0 ? ("supports" as const) : ("context" as const),
  }));
const content = (rationale: string, n = 2): VerdictContent => ({ verdictKey: "mostly_accurate", rationale, evidence: evidence(n) });

async function person(name: string, role: "reviewer" | "editor") {
  const result = await createUser(db, { name, email: `${name.toLowerCase()}@desk.test`, role, passwordHash: "h", actorId: ids.admin });
  if (!result.ok) throw new Error("setup");
  return result.user.id;
}

beforeEach(async () => {
  db = await createTestDatabase();
  const admin = await createFirstAdministrator(db, { name: "Ada Admin", email: "ada@desk.test", passwordHash: "h" });
  if (!admin.ok) throw new Error("setup");
  ids.admin = admin.user.id;
  ids.rosa = await person("Rosa", "reviewer");
  ids.edna = await person("Edna", "editor");
  ids.sam = await person("Sam", "reviewer");
  const text = "Intro line.\n\nThe mayor said rents doubled in ten years. Nobody disputes it.";
  const article = await createArticle(db, { title: "Rents", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: text, authorId: ids.edna });
  const exact = "rents doubled in ten years.";
  const [claim] = await insertClaims(db, [{
    articleId: article.id, start: text.indexOf(exact), end: text.indexOf(exact) + exact.length, exact, prefix: "", suffix: "",
    kind: "statistic", claimant: "the mayor", score: 0.9, checkworthy: true, reasons: [], origin: "manual", status: "open", createdById: ids.edna,
  }]);
  ids.claim = claim.id;
  await assignClaims(db, { claimIds: [claim.id], reviewerId: ids.rosa, actorId: ids.edna, dueAt: null, priority: "normal", note: "" });
});

const fresh = { verdictId: null, version: null };

describe("taking a submitted verdict back", () => {
  test("its reviewer takes it back before anyone decided it: a draft again, in review, off the sign-off list; nobody else can, and not once decided", async () => {
    const sent = await saveVerdict(db, { claimId: ids.claim, actorId: ids.rosa, expected: fresh, content: content("Census"), submit: true });
    if (!sent.ok) throw new Error("setup");
    const token = { verdictId: sent.verdict.id, version: sent.verdict.version };
    expect(await listAwaitingSignOff(db)).toHaveLength(1);
    expect(await withdrawVerdict(db, { claimId: ids.claim, actorId: ids.sam, expected: token })).toEqual({ ok: false, reason: "not_yours" });

    expect(await withdrawVerdict(db, { claimId: ids.claim, actorId: ids.rosa, expected: token })).toMatchObject({ ok: true, replayed: false });
    // The same Take back sent twice (its answer lost): done, and written once.
    expect(await withdrawVerdict(db, { claimId: ids.claim, actorId: ids.rosa, expected: token })).toMatchObject({ ok: true, replayed: true });
    expect(await withdrawVerdict(db, { claimId: ids.claim, actorId: ids.sam, expected: token })).toMatchObject({ ok: false, reason: "conflict" });
    expect((await listClaimHistory(db, ids.claim)).filter((e) => e.action === "verdict.withdrawn")).toHaveLength(1);
    expect((await getClaim(db, ids.claim))?.status).toBe("in_review");
    const [draft] = await listVerdictVersions(db, ids.claim);
    expect(draft).toMatchObject({ state: "draft", submittedAt: null, version: token.version + 1 });
    // Once the draft is edited, an old Take back is someone's stale screen again.
    const edited = await saveVerdict(db, { claimId: ids.claim, actorId: ids.rosa, expected: { verdictId: draft.id, version: draft.version }, content: content("Census, more"), submit: false });
    if (!edited.ok) throw new Error("setup");
    expect(await withdrawVerdict(db, { claimId: ids.claim, actorId: ids.rosa, expected: token })).toMatchObject({ ok: false, reason: "conflict" });
    expect(await listAwaitingSignOff(db)).toEqual([]);
    expect((await listClaimHistory(db, ids.claim)).map((e) => e.action)).toContain("verdict.withdrawn");

    // Submitted again and approved: nothing left to take back.
    const again = await saveVerdict(db, { claimId: ids.claim, actorId: ids.rosa, expected: { verdictId: edited.verdict.id, version: edited.verdict.version }, content: content("Census, table 4"), submit: true });
    if (!again.ok) throw new Error("setup");
    const decided = { verdictId: again.verdict.id, version: again.verdict.version };
    expect(await decideVerdict(db, { claimId: ids.claim, actorId: ids.edna, expected: decided, decision: "approve", comment: "" })).toMatchObject({ ok: true });
    expect(await withdrawVerdict(db, { claimId: ids.claim, actorId: ids.rosa, expected: decided })).toMatchObject({ ok: false, reason: "conflict" });
  });
});

describe("a decision arriving twice (its answer lost, the browser sending it again)", () => {
  test("approving again is the approval done, written once; another editor's approve or a different return is still a conflict", async () => {
    const sent = await saveVerdict(db, { claimId: ids.claim, actorId: ids.rosa, expected: fresh, content: content("Census"), submit: true });
    if (!sent.ok) throw new Error("setup");
    const token = { verdictId: sent.verdict.id, version: sent.verdict.version };
    const approve = (actorId: string) => decideVerdict(db, { claimId: ids.claim, actorId, expected: token, decision: "approve", comment: "" });
    expect(await approve(ids.edna)).toMatchObject({ ok: true, claimStatus: "approved", replayed: false });
    expect(await approve(ids.edna)).toMatchObject({ ok: true, claimStatus: "approved", replayed: true });
    expect((await listClaimHistory(db, ids.claim)).filter((e) => e.action === "verdict.approved")).toHaveLength(1);
    expect(await decideVerdict(db, { claimId: ids.claim, actorId: ids.edna, expected: token, decision: "return", comment: "No." })).toMatchObject({ ok: false, reason: "conflict" });
  });

  test("a return sent again with its comment is done once; with another comment it is a conflict", async () => {
    const sent = await saveVerdict(db, { claimId: ids.claim, actorId: ids.rosa, expected: fresh, content: content("Census"), submit: true });
    if (!sent.ok) throw new Error("setup");
    const token = { verdictId: sent.verdict.id, version: sent.verdict.version };
    const sendBack = (comment: string) => decideVerdict(db, { claimId: ids.claim, actorId: ids.edna, expected: token, decision: "return", comment });
    expect(await sendBack("Cite table 4.")).toMatchObject({ ok: true, replayed: false });
    expect(await sendBack("Cite table 4.")).toMatchObject({ ok: true, replayed: true });
    expect(await sendBack("Something else.")).toMatchObject({ ok: false, reason: "conflict" });
    expect((await listClaimHistory(db, ids.claim)).filter((e) => e.action === "verdict.returned")).toHaveLength(1);
  });

  test("the reviewer's notice of a return says which claim, and a long comment ends with an ellipsis, not mid-word", async () => {
    const sent = await saveVerdict(db, { claimId: ids.claim, actorId: ids.rosa, expected: fresh, content: content("Census"), submit: true });
    if (!sent.ok) throw new Error("setup");
    const comment = `The census table 4 counts households, not people: ${"check the definition change before 2011 ".repeat(5)}`;
    await decideVerdict(db, { claimId: ids.claim, actorId: ids.edna, expected: { verdictId: sent.verdict.id, version: sent.verdict.version }, decision: "return", comment });
    const [notice] = (await listNotifications(db, { userId: ids.rosa })).filter((n) => n.kind === "returned");
    expect(notice.message).toMatch(/^Edna returned your verdict \(“The census table 4 counts households, not people: check the definition .*…”\): rents doubled in ten years\.$/);
    expect(notice.message).not.toContain(comment);
  });
});

describe("recording a verdict", () => {
  test("only the holder writes; a second save over an old screen is a conflict with the current state", async () => {
    expect(await saveVerdict(db, { claimId: ids.claim, actorId: ids.sam, expected: fresh, content: content("x"), submit: false })).toEqual({ ok: false, reason: "not_assigned", spiked: false, wasHolder: false });
    const first = await saveVerdict(db, { claimId: ids.claim, actorId: ids.rosa, expected: fresh, content: content("Census table 4"), submit: false });
    if (!first.ok) throw new Error("save failed");
    expect(first).toMatchObject({ claimStatus: "in_review", verdict: { number: 1, state: "draft", version: 1, rationale: "Census table 4" } });
    expect(first.verdict.evidence.map((e) => e.title)).toEqual(["Table 1", "Table 2"]);

    const second = await saveVerdict(db, { claimId: ids.claim, actorId: ids.rosa, expected: { verdictId: first.verdict.id, version: 1 }, content: content("Tab A", 1), submit: false });
    expect(second.ok && second.verdict.version).toBe(2);
    const stale = await saveVerdict(db, { claimId: ids.claim, actorId: ids.rosa, expected: { verdictId: first.verdict.id, version: 1 }, content: content("Tab B"), submit: false });
    expect(stale).toMatchObject({ ok: false, reason: "conflict", current: { rationale: "Tab A", version: 2 } });
    const [current] = await listVerdictVersions(db, ids.claim);
    expect(current.evidence).toHaveLength(1);
  });

  test("a save names the claim's words the form showed: other words are refused, so no verdict is recorded for words never read", async () => {
    const opened = "rents doubled in ten years.";
    const first = await saveVerdict(db, { claimId: ids.claim, actorId: ids.rosa, expected: fresh, content: content("Census"), submit: false, claimText: opened });
    if (!first.ok) throw new Error("save failed");
    // An editor's edit changes the claim's words while the form is open.
    await db.update(claims).set({ text: "rents tripled in ten years." }).where(eq(claims.id, ids.claim));
    const token = { verdictId: first.verdict.id, version: first.verdict.version };
    expect(await saveVerdict(db, { claimId: ids.claim, actorId: ids.rosa, expected: token, content: content("Census"), submit: true, claimText: opened })).toEqual({
      ok: false,
      reason: "words_changed",
      claimText: "rents tripled in ten years.",
      claimStatus: "in_review",
    });
    expect((await listVerdictVersions(db, ids.claim))[0]).toMatchObject({ state: "draft", version: first.verdict.version });
    // Checked against the new words, the save goes through and the verdict keeps them.
    const again = await saveVerdict(db, { claimId: ids.claim, actorId: ids.rosa, expected: token, content: content("Census"), submit: true, claimText: "rents tripled in ten years." });
    expect(again).toMatchObject({ ok: true, verdict: { state: "submitted", claimText: "rents tripled in ten years." } });
  });

  test("the view a save returns is exactly what a fresh read gives, evidence order included", async () => {
    const first = await saveVerdict(db, { claimId: ids.claim, actorId: ids.rosa, expected: fresh, content: content("One", 3), submit: false });
    if (!first.ok) throw new Error("save failed");
    expect(first.verdict).toEqual((await listVerdictVersions(db, ids.claim))[0]);
    const reordered = { ...content("Two"), evidence: [...evidence(3)].reverse() };
    const edited = await saveVerdict(db, { claimId: ids.claim, actorId: ids.rosa, expected: { verdictId: first.verdict.id, version: 1 }, content: reordered, submit: false });
    if (!edited.ok) throw new Error("save failed");
    expect(edited.verdict).toEqual((await listVerdictVersions(db, ids.claim))[0]);
    expect(Object.keys(edited.verdict)).toEqual(Object.keys(first.verdict)); // the same answer shape, in the same order
    expect(edited.verdict.evidence.map((e) => e.title)).toEqual(["Table 3", "Table 2", "Table 1"]);
    const same = await saveVerdict(db, { claimId: ids.claim, actorId: ids.rosa, expected: { verdictId: first.verdict.id, version: 2 }, content: { ...reordered, rationale: "Three" }, submit: false });
    if (!same.ok) throw new Error("save failed");
    expect(same.verdict).toEqual((await listVerdictVersions(db, ids.claim))[0]);
  });

  test("a verdict that is not on the newsroom's scale is refused and nothing is written", async () => {
    const result = await saveVerdict(db, { claimId: ids.claim, actorId: ids.rosa, expected: fresh, content: { ...content("x"), verdictKey: "pants_on_fire" }, submit: false });
    expect(result).toEqual({ ok: false, reason: "not_on_scale" });
    expect(await listVerdictVersions(db, ids.claim)).toEqual([]);
    const blank = await saveVerdict(db, { claimId: ids.claim, actorId: ids.rosa, expected: fresh, content: { ...content("no verdict yet"), verdictKey: null }, submit: false });
    expect(blank.ok).toBe(true);
  });

  test("submitting hands it over and tells the assigning editor; a submitted verdict cannot be edited", async () => {
    const sent = await saveVerdict(db, { claimId: ids.claim, actorId: ids.rosa, expected: fresh, content: content("Checked"), submit: true });
    expect(sent).toMatchObject({ ok: true, claimStatus: "submitted", verdict: { state: "submitted" } });
    expect((await listNotifications(db, { userId: ids.edna }))[0].message).toContain("Rosa submitted a verdict for sign-off");
    if (!sent.ok) throw new Error("submit failed");
    const again = await saveVerdict(db, { claimId: ids.claim, actorId: ids.rosa, expected: { verdictId: sent.verdict.id, version: sent.verdict.version }, content: content("x"), submit: false });
    expect(again).toEqual({ ok: false, reason: "bad_state", claimStatus: "submitted" });
    expect(await listAwaitingSignOff(db)).toMatchObject([{ claimId: ids.claim, authorName: "Rosa" }]);
  });
});

describe("sign-off", () => {
  test("the author cannot decide their own verdict, even after becoming an editor", async () => {
    const sent = await saveVerdict(db, { claimId: ids.claim, actorId: ids.rosa, expected: fresh, content: content("Checked"), submit: true });
    if (!sent.ok) throw new Error("submit failed");
    await updateUser(db, { userId: ids.rosa, actorId: ids.admin, role: "editor" });
    const token = { verdictId: sent.verdict.id, version: sent.verdict.version };
    for (const decision of ["approve", "return"] as const) {
      expect(await decideVerdict(db, { claimId: ids.claim, actorId: ids.rosa, expected: token, decision, comment: "ok" })).toEqual({ ok: false, reason: "own_verdict" });
    }
    expect((await getClaim(db, ids.claim))?.status).toBe("submitted");
  });

  test("return with a comment, revise as a new version, approve; history shows every step", async () => {
    const v1 = await saveVerdict(db, { claimId: ids.claim, actorId: ids.rosa, expected: fresh, content: content("First pass"), submit: true });
    if (!v1.ok) throw new Error("submit failed");
    const returned = await decideVerdict(db, { claimId: ids.claim, actorId: ids.edna, expected: { verdictId: v1.verdict.id, version: v1.verdict.version }, decision: "return", comment: "@Rosa cite the 2024 table" });
    expect(returned).toMatchObject({ ok: true, claimStatus: "returned", reviewerId: ids.rosa });
    expect((await listComments(db, ids.claim)).map((c) => [c.authorName, c.body])).toEqual([["Edna", "@Rosa cite the 2024 table"]]);
    expect((await listNotifications(db, { userId: ids.rosa })).map((n) => n.kind)).toEqual(expect.arrayContaining(["returned", "mention"]));

    const [returnedVersion] = await listVerdictVersions(db, ids.claim);
    const v2 = await saveVerdict(db, { claimId: ids.claim, actorId: ids.rosa, expected: { verdictId: returnedVersion.id, version: returnedVersion.version }, content: content("Second pass"), submit: true });
    expect(v2).toMatchObject({ ok: true, verdict: { number: 2, state: "submitted" } });
    if (!v2.ok) throw new Error("resubmit failed");
    const oldToken = { verdictId: v1.verdict.id, version: v1.verdict.version };
    expect(await decideVerdict(db, { claimId: ids.claim, actorId: ids.edna, expected: oldToken, decision: "approve", comment: "" })).toMatchObject({ ok: false, reason: "conflict" });
    expect(await decideVerdict(db, { claimId: ids.claim, actorId: ids.edna, expected: { verdictId: v2.verdict.id, version: v2.verdict.version }, decision: "approve", comment: "" })).toMatchObject({ ok: true, claimStatus: "approved" });

    const versions = await listVerdictVersions(db, ids.claim);
    expect(versions.map((v) => [v.number, v.state, v.rationale, v.approverName])).toEqual([[2, "approved", "Second pass", "Edna"], [1, "returned", "First pass", "Edna"]]);
    const history = await listClaimHistory(db, ids.claim);
    expect(history.map((e) => e.action)).toEqual(["claim.assigned", "verdict.submitted", "verdict.returned", "claim.commented", "verdict.submitted", "verdict.approved"]);
    expect(history.at(-1)).toMatchObject({ actorName: "Edna", before: { status: "submitted" }, after: { status: "approved", number: 2 } });
  });

  test("an approved claim can be reopened; the next version supersedes the approved one when approved", async () => {
    const v1 = await saveVerdict(db, { claimId: ids.claim, actorId: ids.rosa, expected: fresh, content: content("One"), submit: true });
    if (!v1.ok) throw new Error("submit failed");
    await decideVerdict(db, { claimId: ids.claim, actorId: ids.edna, expected: { verdictId: v1.verdict.id, version: v1.verdict.version }, decision: "approve", comment: "" });
    const claim = await getClaim(db, ids.claim);
    expect(await reviseApprovedClaim(db, { claimId: ids.claim, actorId: ids.edna, expectedVersion: claim!.version, reason: "The ONS revised the series" })).toMatchObject({ ok: true, holderId: ids.rosa });
    // The holder is told why the approved verdict came back, and the history keeps the reason.
    expect((await listNotifications(db, { userId: ids.rosa }))[0]).toMatchObject({ kind: "reopened", message: expect.stringContaining("reopened your approved verdict for a new version (“The ONS revised the series”)") });
    expect((await listClaimHistory(db, ids.claim)).at(-1)).toMatchObject({ action: "claim.reopened", actorName: "Edna", after: { status: "in_review", reason: "The ONS revised the series" } });
    const [approved] = await listVerdictVersions(db, ids.claim);
    const v2 = await saveVerdict(db, { claimId: ids.claim, actorId: ids.rosa, expected: { verdictId: approved.id, version: approved.version }, content: content("Two"), submit: true });
    if (!v2.ok) throw new Error("resubmit failed");
    await decideVerdict(db, { claimId: ids.claim, actorId: ids.edna, expected: { verdictId: v2.verdict.id, version: v2.verdict.version }, decision: "approve", comment: "" });
    expect((await listVerdictVersions(db, ids.claim)).map((v) => v.state)).toEqual(["approved", "superseded"]);
  });
});

describe("the editors' list of verdicts waiting for sign-off", () => {
  /** A claim of its own article, held by Rosa, submitted with `verdictKey` on `sources` sources at `minute` past midnight. */
  async function submitted(words: string, verdictKey: string, sources: number, minute: number) {
    const { claimId } = await createOneClaimArticle(db, ids.edna, words);
    await assignClaims(db, { claimIds: [claimId], reviewerId: ids.rosa, actorId: ids.edna, dueAt: null, priority: "normal", note: "" });
    const sent = await saveVerdict(db, { claimId, actorId: ids.rosa, expected: fresh, content: { verdictKey, rationale: "Checked", evidence: evidence(sources) }, submit: true });
    if (!sent.ok) throw new Error("setup");
    await db.update(verdicts).set({ submittedAt: new Date(Date.UTC(2026, 0, 5, 0, minute)) }).where(eq(verdicts.id, sent.verdict.id));
    return claimId;
  }

  test("verdicts needing a correction come first, then the longest waiting; each with its label, colour and number of sources", async () => {
    const accurate = await submitted("Rents rose 2% in May.", "accurate", 1, 1);
    const misleading = await submitted("Crime fell by half.", "misleading", 2, 30);
    const mixed = await submitted("Most flats are empty.", "mixed", 0, 5);
    const inaccurate = await submitted("Buses are free on Sundays.", "inaccurate", 3, 20);
    const list = await listAwaitingSignOff(db);
    expect(list.map((item) => [item.claimId, item.verdictLabel, item.verdictColor, item.needsCorrection, item.evidenceCount])).toEqual([
      [inaccurate, "Inaccurate", "#b42318", true, 3],
      [misleading, "Misleading", "#c4510b", true, 2],
      [accurate, "Accurate", "#1a7f37", false, 1],
      [mixed, "Needs context", "#b08800", false, 0],
    ]);
    expect(list[0]).toMatchObject({ claimText: "Buses are free on Sundays.", articleTitle: "Rents", authorId: ids.rosa, authorName: "Rosa", submittedAt: new Date(Date.UTC(2026, 0, 5, 0, 20)) });
  });

  test("a limit shows the first ones in that order; the count is all of them", async () => {
    const accurate = await submitted("Rents rose 2% in May.", "accurate", 1, 1);
    const inaccurate = await submitted("Buses are free on Sundays.", "inaccurate", 1, 20);
    await submitted("Most flats are empty.", "mixed", 1, 5);
    expect((await listAwaitingSignOff(db, { limit: 2 })).map((item) => item.claimId)).toEqual([inaccurate, accurate]);
    expect(await countAwaitingSignOff(db)).toBe(3);
  });
});

describe("comments, visibility, context", () => {
  test("@mentions notify people who may read the claim, never the author or an outsider", async () => {
    await addComment(db, { claimId: ids.claim, authorId: ids.rosa, body: "@Edna @Sam @Rosa is the 2023 figure final?" });
    expect((await listNotifications(db, { userId: ids.edna }))[0]).toMatchObject({ kind: "mention", message: "Rosa mentioned you on “rents doubled in ten years.”: “@Edna @Sam @Rosa is the 2023 figure final?”" });
    expect(await listNotifications(db, { userId: ids.sam })).toEqual([]);
    expect((await listNotifications(db, { userId: ids.rosa })).filter((n) => n.kind === "mention")).toEqual([]);
  });

  test("any comment tells the claim's holder and the editor who assigned it, once each, never the author", async () => {
    await addComment(db, { claimId: ids.claim, authorId: ids.admin, body: "Is the 2023 figure final?" });
    expect(await listNotifications(db, { userId: ids.rosa })).toEqual([
      expect.objectContaining({ kind: "comment", message: "Ada Admin commented on “rents doubled in ten years.”, a claim you hold: “Is the 2023 figure final?”" }),
      expect.objectContaining({ kind: "assigned" }),
    ]);
    expect((await listNotifications(db, { userId: ids.edna }))[0]).toMatchObject({ kind: "comment", message: "Ada Admin commented on “rents doubled in ten years.”, a claim you assigned: “Is the 2023 figure final?”" });
    // Named in it: the mention alone. The holder writing: only the assigner hears.
    await addComment(db, { claimId: ids.claim, authorId: ids.rosa, body: "@Edna yes, checked." });
    const edna = await listNotifications(db, { userId: ids.edna });
    expect(edna.map((n) => n.kind)).toEqual(["mention", "comment"]);
    expect((await listNotifications(db, { userId: ids.rosa })).filter((n) => n.kind === "comment")).toHaveLength(1);
    // Someone who may no longer read the claim (the assigner made a reviewer) is not told.
    await updateUser(db, { userId: ids.edna, actorId: ids.admin, role: "reviewer" });
    await addComment(db, { claimId: ids.claim, authorId: ids.admin, body: "Final answer?" });
    expect(await listNotifications(db, { userId: ids.edna })).toHaveLength(2);
  });

  test("reviewers see only claims they hold", async () => {
    expect(await canViewClaim(db, { claimId: ids.claim, userId: ids.rosa, seesAll: false })).toBe(true);
    expect(await canViewClaim(db, { claimId: ids.claim, userId: ids.sam, seesAll: false })).toBe(false);
    expect(await canViewClaim(db, { claimId: ids.claim, userId: ids.sam, seesAll: true })).toBe(true);
  });

  test.each([
    ["middle paragraph", "A.\n\nB said X here. C.\n\nD.", "X here.", { before: "B said ", claim: "X here.", after: " C." }],
    ["first paragraph", "X is true. More.\n\nNext.", "X is true.", { before: "", claim: "X is true.", after: " More." }],
    ["last paragraph, no trailing break", "A.\n\nThen X.", "X.", { before: "Then ", claim: "X.", after: "" }],
  ])("claimParagraph: %s", (_name, text, exact, expected) => {
    const start = text.indexOf(exact);
    expect(claimParagraph(text, start, start + exact.length)).toEqual(expected);
  });

  test("no query module updates or deletes audit events", () => {
    const folder = path.join(__dirname);
    for (const file of readdirSync(folder).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
      const source = readFileSync(path.join(folder, file), "utf8");
      expect(source, file).not.toMatch(/(update|delete)\(\s*auditEvents\b/);
      expect(source, file).not.toMatch(/(update|delete from)\s+"?audit_events/i);
    }
  });
});
