import { describe, expect, it } from "vitest";
import { foundMessage, savedMessage } from "./workspace-messages";

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
