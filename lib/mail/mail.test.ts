import { startSmtpSink, type SmtpSink } from "./test-support/smtp-sink";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildAssignmentEmail, type AssignmentEmailInput } from "./assignment-email";
import { mailNotice } from "./mail-notices";
import { buildNoticeEmail, shortened } from "./notice-email";
import { mailAssignments } from "./notify-assignments";
import { sendMail } from "./send";

const input: AssignmentEmailInput = {
  from: "desk@newsroom.example",
  to: { name: "Rosa \"R\" Reviewer", email: "rosa@desk.test" },
  assignerName: "Edna",
  articleTitle: "Rents <b>doubled</b>",
  claims: [{ id: "c1", text: "Rents rose 98% & more" }, { id: "c2", text: "The bridge opened in 1932." }],
  dueAt: new Date("2030-03-01T09:30:00Z"),
  timeZone: "UTC",
  priority: "high",
  note: "Use the census",
  appUrl: "https://desk.example/",
};

describe("buildAssignmentEmail", () => {
  test("names the work, the due time and links each claim", () => {
    const mail = buildAssignmentEmail(input);
    expect(mail.subject).toBe("2 claims to check: Rents <b>doubled</b>");
    expect(mail.to).toBe('"Rosa \\"R\\" Reviewer" <rosa@desk.test>');
    expect(mail.text).toContain("Edna assigned you 2 claims on “Rents <b>doubled</b>”.");
    expect(mail.text).toContain("Due: 1 Mar 2030, 09:30 UTC. Priority: high.");
    expect(mail.text).toContain("https://desk.example/claims/c1");
    expect(mail.text).toContain("Note: Use the census");
  });

  test("escapes article and claim text in the HTML part", () => {
    const { html } = buildAssignmentEmail(input);
    expect(html).toContain("Rents &lt;b&gt;doubled&lt;/b&gt;");
    expect(html).toContain('<a href="https://desk.example/claims/c1">Rents rose 98% &amp; more</a>');
    expect(html).not.toContain("<b>");
  });

  test("the due time is on the desk's clock", () => {
    expect(buildAssignmentEmail({ ...input, timeZone: "America/New_York" }).text).toContain("Due: 1 Mar 2030, 04:30 EST. Priority: high.");
  });

  test("a single claim without note or due time", () => {
    const mail = buildAssignmentEmail({ ...input, claims: [input.claims[0]], note: "", dueAt: null });
    expect(mail.subject).toBe("A claim to check: Rents <b>doubled</b>");
    expect(mail.text).toContain("Due: no due time.");
    expect(mail.text).not.toContain("Note:");
  });
});

describe("buildNoticeEmail", () => {
  const notice = {
    from: "desk@newsroom.example",
    to: { name: "Rosa \"R\" Reviewer", email: "rosa@desk.test" },
    subject: "Returned to you:\nRents <b>doubled</b>",
    paragraphs: ["Edna returned your verdict on “Rents rose 98% & more”.", "Their comment: “Cite the <census>”"],
    path: "/claims/c1#comment-9",
    linkLabel: "Open the claim",
    appUrl: "https://desk.example/",
  };

  test("says what happened and links the page, absolutely", () => {
    const mail = buildNoticeEmail(notice);
    expect(mail.subject).toBe("Returned to you: Rents <b>doubled</b>");
    expect(mail.to).toBe('"Rosa \\"R\\" Reviewer" <rosa@desk.test>');
    expect(mail.text).toContain("Edna returned your verdict on “Rents rose 98% & more”.");
    expect(mail.text).toContain("Open the claim: https://desk.example/claims/c1#comment-9");
  });

  test("escapes what people wrote in the HTML part", () => {
    const { html } = buildNoticeEmail(notice);
    expect(html).toContain("Cite the &lt;census&gt;");
    expect(html).toContain("98% &amp; more");
    expect(html).toContain('<a href="https://desk.example/claims/c1#comment-9">Open the claim</a>');
    expect(html).not.toContain("<census>");
  });

  test("shortened cuts long text at a word's end with an ellipsis, on one line", () => {
    expect(shortened("short")).toBe("short");
    expect(shortened("a\nb")).toBe("a b");
    expect(shortened("x".repeat(100), 10)).toBe(`${"x".repeat(9)}…`);
  });
});

describe("sendMail", () => {
  let sink: SmtpSink;
  beforeAll(async () => { sink = await startSmtpSink(); });
  afterAll(() => sink.stop());

  test("does nothing without SMTP_HOST", async () => {
    expect(await sendMail({ SMTP_FROM: "x@y.z" }, buildAssignmentEmail(input))).toEqual({ sent: false, reason: "not_configured" });
  });

  test("delivers to the configured server", async () => {
    const outcome = await sendMail({ SMTP_HOST: "127.0.0.1", SMTP_PORT: sink.port, SMTP_FROM: "desk@newsroom.example" }, buildAssignmentEmail(input));
    expect(outcome.sent).toBe(true);
    expect(sink.messages).toHaveLength(1);
    expect(sink.messages[0]).toContain("Subject: 2 claims to check: Rents <b>doubled</b>");
    expect(sink.messages[0]).toContain("rosa@desk.test");
  });

  test("mailAssignments sends one message per reviewer and article", async () => {
    const before = sink.messages.length;
    const item = (claimId: string, reviewer: string) => ({
      claimId, claimText: `Claim ${claimId}`, articleId: "a1", articleTitle: "Rents", previousReviewerId: null, sameHolder: false,
      reviewer: { id: reviewer, name: reviewer, email: `${reviewer}@desk.test` },
    });
    const settings = { SMTP_HOST: "127.0.0.1", SMTP_PORT: sink.port, SMTP_FROM: "desk@newsroom.example", APP_URL: "https://desk.example" };
    const terms = { assignerName: "Edna", dueAt: null, priority: "normal", note: "", timeZone: "UTC" };
    expect(await mailAssignments([item("c1", "rosa"), item("c2", "sam"), item("c3", "rosa")], terms, settings)).toBe(2);
    expect(sink.messages.slice(before).map((m) => /Subject: (.*)/.exec(m)?.[1])).toEqual(["2 claims to check: Rents", "A claim to check: Rents"]);
    expect(await mailAssignments([item("c1", "rosa")], terms, { ...settings, SMTP_HOST: undefined })).toBe(0);
    // Reassigned to its own holder (new due time, say): no "claim to check" e-mail.
    expect(await mailAssignments([{ ...item("c1", "rosa"), sameHolder: true }], terms, settings)).toBe(0);
  });

  test("mailNotice sends one message a person, and nothing without SMTP", async () => {
    const before = sink.messages.length;
    const settings = { SMTP_HOST: "127.0.0.1", SMTP_PORT: sink.port, SMTP_FROM: "desk@newsroom.example", APP_URL: "https://desk.example" };
    const notice = { subject: "Returned to you: Rents rose", paragraphs: ["Edna returned your verdict."], path: "/claims/c1", linkLabel: "Open the claim" };
    const people = [{ name: "Rosa", email: "rosa@desk.test" }, { name: "Sam", email: "sam@desk.test" }];
    expect(await mailNotice(people, notice, settings)).toBe(2);
    expect(sink.messages.slice(before).map((m) => /^To: (.*)$/m.exec(m)?.[1])).toEqual(["Rosa <rosa@desk.test>", "Sam <sam@desk.test>"]);
    expect(sink.messages.at(-1)).toContain("https://desk.example/claims/c1");
    expect(await mailNotice(people, notice, { ...settings, SMTP_HOST: undefined })).toBe(0);
    expect(await mailNotice([], notice, settings)).toBe(0);
  });

  test("a refused connection is reported, not thrown", async () => {
    const outcome = await sendMail({ SMTP_HOST: "127.0.0.1", SMTP_PORT: 1, SMTP_FROM: "desk@newsroom.example" }, buildAssignmentEmail(input));
    expect(outcome).toMatchObject({ sent: false, reason: "failed" });
  });
});
