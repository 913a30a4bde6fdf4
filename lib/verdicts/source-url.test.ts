import { describe, expect, test } from "vitest";
import { siteOf, withoutTracking } from "./source-url";

describe("withoutTracking", () => {
  test("drops campaign and click trackers, keeps the rest and the fragment", () => {
    expect(withoutTracking("https://www.ons.gov.uk/economy/gdp?utm_source=newsletter&utm_medium=email&year=2024#table-3"))
      .toBe("https://www.ons.gov.uk/economy/gdp?year=2024#table-3");
    expect(withoutTracking("https://example.org/story?fbclid=IwAR0abc")).toBe("https://example.org/story");
    expect(withoutTracking("  https://example.org/a?gclid=1&UTM_Campaign=x  ")).toBe("https://example.org/a");
  });

  test("the parameters kept stay as written: spaces, plus signs and escapes are not re-encoded", () => {
    expect(withoutTracking("https://example.org/s?q=a%20b&utm_source=x&r=c+d&e=%2F")).toBe("https://example.org/s?q=a%20b&r=c+d&e=%2F");
    expect(withoutTracking("https://example.org/s?utm%5Fsource=x&id=7")).toBe("https://example.org/s?id=7");
  });

  test("leaves an address with nothing to drop as typed (trimmed), and anything else alone", () => {
    expect(withoutTracking("https://example.org/search?q=bridge+cost&page=2")).toBe("https://example.org/search?q=bridge+cost&page=2");
    expect(withoutTracking(" https://example.org/a ")).toBe("https://example.org/a");
    expect(withoutTracking("not a url")).toBe("not a url");
    expect(withoutTracking("ftp://example.org/a?utm_source=x")).toBe("ftp://example.org/a?utm_source=x");
    expect(withoutTracking("javascript:alert(1)?utm_source=x")).toBe("javascript:alert(1)?utm_source=x");
  });
});

describe("siteOf", () => {
  test("the host without www, in lower case", () => {
    expect(siteOf("https://www.ONS.gov.uk/economy")).toBe("ons.gov.uk");
    expect(siteOf("http://www2.example.org/a")).toBe("example.org");
    expect(siteOf("https://data.worldbank.org/indicator")).toBe("data.worldbank.org");
  });
  test("nothing for what is no web address", () => {
    expect(siteOf("")).toBeNull();
    expect(siteOf("ons.gov.uk")).toBeNull();
    expect(siteOf("mailto:press@ons.gov.uk")).toBeNull();
    expect(siteOf("javascript:alert(1)")).toBeNull();
  });
});
