import { describe, expect, it } from "vitest";
import { acceptedAllMessage, foundMessage, savedMessage, undoneAcceptAllMessage } from "./workspace-messages";

describe("savedMessage", () => {
  it("names the revision alone when the save moved no claims", () => {
    expect(savedMessage({ revision: 3, stale: 0, orphaned: 0, restored: 0 })).toBe("Saved revision 3.");
  });

  it("says what happened to claims, singular and plural", () => {
    expect(savedMessage({ revision: 4, stale: 1, orphaned: 0, restored: 0 })).toBe("Saved revision 4. 1 claim turned stale and reopened.");
    expect(savedMessage({ revision: 5, stale: 2, orphaned: 3, restored: 0 })).toBe("Saved revision 5. 2 claims turned stale and reopened; 3 not found in the text.");
    expect(savedMessage({ revision: 6, stale: 0, orphaned: 0, restored: 1 })).toBe("Saved revision 6. 1 back to the words its approved verdict ruled on, approved again.");
    expect(savedMessage({ revision: 7, stale: 0, orphaned: 0, restored: 2 })).toBe("Saved revision 7. 2 back to the words their approved verdict ruled on, approved again.");
  });
});

describe("foundMessage", () => {
  it("says when nothing was found", () => {
    expect(foundMessage(0, 0)).toBe("No new check-worthy claims found.");
  });

  it("counts the claims, and the new ones only when some were found before", () => {
    expect(foundMessage(1, 1)).toBe("Found 1 claim worth checking.");
    expect(foundMessage(5, 5)).toBe("Found 5 claims worth checking.");
    expect(foundMessage(5, 2)).toBe("Found 5 claims worth checking, 2 of them new.");
    expect(foundMessage(5, 0)).toBe("Found 5 claims worth checking, 0 of them new.");
  });
});

describe("Accept all suggested and its Undo", () => {
  it("counts what was accepted", () => {
    expect(acceptedAllMessage(1)).toBe("Accepted 1 suggested claim.");
    expect(acceptedAllMessage(9)).toBe("Accepted 9 suggested claims.");
  });

  it("says how many went back, and names those that changed since", () => {
    expect(undoneAcceptAllMessage(3, [])).toEqual({ ok: true, text: "Put 3 claims back among the suggestions." });
    expect(undoneAcceptAllMessage(2, ["“Fares rose 8%”"])).toEqual({ ok: true, text: "Put 2 claims back among the suggestions. 1 could not be undone, as it changed since: “Fares rose 8%”." });
    expect(undoneAcceptAllMessage(1, ["“A”", "“B”", "“C”", "“D”", "“E”"])).toEqual({ ok: true, text: "Put 1 claim back among the suggestions. 5 could not be undone, as they changed since: “A”, “B”, “C” and 2 more." });
  });

  it("is a refusal when nothing could be undone", () => {
    expect(undoneAcceptAllMessage(0, ["“A”"])).toEqual({ ok: false, text: "Nothing was undone: that claim changed since (“A”)." });
    expect(undoneAcceptAllMessage(0, ["“A”", "“B”"])).toEqual({ ok: false, text: "Nothing was undone: those claims changed since (“A”, “B”)." });
    expect(undoneAcceptAllMessage(0, [])).toEqual({ ok: false, text: "Nothing was undone: those claims are gone." });
  });
});
