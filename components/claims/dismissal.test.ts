import { describe, expect, test } from "vitest";
import { CHOOSE_REASON, readDismissal, takesNote } from "./dismissal";

describe("readDismissal", () => {
  test("refuses a dismissal with no reason chosen", () => {
    expect(readDismissal({ reason: "", note: "" })).toEqual({ ok: false, error: CHOOSE_REASON });
    expect(readDismissal({ reason: "bogus", note: "" })).toEqual({ ok: false, error: CHOOSE_REASON });
  });

  test("sends the chosen reason", () => {
    expect(readDismissal({ reason: "not_checkable", note: "" })).toEqual({ ok: true, dismissal: { reason: "not_checkable" } });
  });

  test("keeps a trimmed note only for Other", () => {
    expect(readDismissal({ reason: "other", note: "  wire copy, checked upstream " })).toEqual({ ok: true, dismissal: { reason: "other", note: "wire copy, checked upstream" } });
    expect(readDismissal({ reason: "other", note: "   " })).toEqual({ ok: true, dismissal: { reason: "other" } });
    // A note typed under Other, then the reason changed: the note is not sent.
    expect(readDismissal({ reason: "duplicate", note: "left over" })).toEqual({ ok: true, dismissal: { reason: "duplicate" } });
  });

  test("cuts a note to what the server keeps", () => {
    const result = readDismissal({ reason: "other", note: "x".repeat(1200) });
    expect(result.ok && result.dismissal.note?.length).toBe(1000);
  });

  test("only Other takes a note", () => {
    expect(takesNote("other")).toBe(true);
    expect(takesNote("opinion")).toBe(false);
    expect(takesNote("")).toBe(false);
  });
});
