import { describe, expect, test } from "vitest";
import { isArchiveAddress, waybackCopyUrl, waybackSaveUrl } from "./wayback";

describe("Wayback Machine addresses", () => {
  test("saving a copy, and the copy nearest the day the source was read", () => {
    expect(waybackSaveUrl(" https://ons.gov.uk/rents?table=4 ")).toBe("https://web.archive.org/save/https://ons.gov.uk/rents?table=4");
    expect(waybackCopyUrl("https://ons.gov.uk/rents?table=4", "2026-12-05")).toBe("https://web.archive.org/web/20261205/https://ons.gov.uk/rents?table=4");
    expect(waybackCopyUrl("https://ons.gov.uk/", "", new Date("2026-12-07T10:00:00Z"))).toBe("https://web.archive.org/web/20261207/https://ons.gov.uk/");
  });

  test.each([
    ["https://web.archive.org/web/2026/https://x.example/", true],
    ["https://archive.ph/AbCd1", true],
    ["https://archive.today/AbCd1", true],
    ["https://ons.gov.uk/archive.ph", false],
    ["https://myarchive.ph.example/", false],
    ["not a url", false],
  ])("%s is an archived copy: %s", (address, expected) => {
    expect(isArchiveAddress(address)).toBe(expected);
  });
});
